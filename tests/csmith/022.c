/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 24 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      24
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int8_t  f0;
};

union U1 {
   int32_t  f0;
   uint8_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 5L;
static int64_t g_5[1][2][8] = {{{0x5AE649F6D4A0D461LL,0xBA095A97963BA20BLL,0xBA095A97963BA20BLL,0x5AE649F6D4A0D461LL,0xC62E08974B666A75LL,0x924C00011151C3C3LL,0xC62E08974B666A75LL,0x5AE649F6D4A0D461LL},{0xBA095A97963BA20BLL,0xC62E08974B666A75LL,0xBA095A97963BA20BLL,(-5L),(-1L),(-1L),(-5L),0xBA095A97963BA20BLL}}};
static int32_t g_6 = 0xC8F0D071L;
static int32_t g_7 = 0xC80FC3A0L;
static uint64_t g_27[3] = {5UL,5UL,5UL};
static uint64_t g_56 = 1UL;
static uint16_t g_73 = 0x8824L;
static int64_t g_79 = 2L;
static int32_t g_80 = 5L;
static uint32_t g_87[10][5] = {{7UL,0xD88186F2L,4294967287UL,0xD88186F2L,7UL},{4294967293UL,0UL,0x5F89738BL,1UL,1UL},{9UL,0xD88186F2L,9UL,0UL,9UL},{4294967293UL,1UL,0UL,0UL,1UL},{7UL,0UL,4294967287UL,0UL,7UL},{1UL,0UL,0UL,1UL,4294967293UL},{9UL,0UL,9UL,0xD88186F2L,9UL},{1UL,1UL,0x5F89738BL,0UL,4294967293UL},{7UL,0xD88186F2L,4294967287UL,0xD88186F2L,7UL},{4294967293UL,0UL,0x5F89738BL,1UL,1UL}};
static int32_t g_104 = 0L;
static int32_t *g_103 = &g_104;
static union U0 g_108 = {0L};
static int32_t g_136 = 0x22B7714DL;
static uint32_t g_161[5] = {18446744073709551613UL,18446744073709551613UL,18446744073709551613UL,18446744073709551613UL,18446744073709551613UL};
static int64_t g_177 = 0x96D93F2D2C60FB40LL;
static uint32_t g_187 = 0xBE786ADAL;
static int16_t g_198 = 0xCBA6L;
static uint8_t g_229 = 0xE0L;
static int8_t g_232 = 0L;
static uint32_t * const *g_242 = (void*)0;
static uint16_t *g_297 = (void*)0;
static uint16_t **g_296 = &g_297;
static uint8_t g_318 = 0xA2L;
static uint16_t g_323 = 0xEBC1L;
static uint64_t *g_354 = &g_56;
static uint64_t **g_353 = &g_354;
static union U0 *g_361[3] = {&g_108,&g_108,&g_108};
static union U0 *g_363 = &g_108;
static union U1 g_433[1] = {{0xC045BC9DL}};
static int32_t g_438 = 1L;
static uint32_t g_512 = 18446744073709551615UL;
static uint64_t g_553[4][5] = {{0x698B661A6796F03CLL,0UL,0x698B661A6796F03CLL,0x698B661A6796F03CLL,0UL},{0UL,0x698B661A6796F03CLL,0x698B661A6796F03CLL,0UL,0x698B661A6796F03CLL},{0UL,0UL,0xB44A564DF0AA5391LL,0UL,0UL},{0x698B661A6796F03CLL,0UL,0x698B661A6796F03CLL,0x698B661A6796F03CLL,0UL}};
static uint32_t g_563[8] = {0x5CB84524L,0x5CB84524L,0x5CB84524L,0x5CB84524L,0x5CB84524L,0x5CB84524L,0x5CB84524L,0x5CB84524L};
static uint16_t g_593 = 0x363DL;
static int16_t g_674 = 0x9A7DL;
static union U1 g_709 = {0x9B653E6DL};
static union U1 ***g_751 = (void*)0;
static int16_t g_768 = (-1L);
static const uint16_t *g_789 = (void*)0;
static const uint16_t **g_788 = &g_789;
static union U0 g_841 = {0L};
static int16_t g_848 = (-6L);
static uint32_t g_849[2] = {0UL,0UL};
static int64_t g_854 = 0L;
static int32_t g_856 = 0xAF3F50CCL;
static uint32_t g_857 = 0xFDD8D635L;
static int32_t g_861 = (-9L);
static int16_t g_862 = 0xF29AL;
static int8_t g_864 = 0L;
static int16_t g_865 = 0x06ADL;
static uint64_t g_867 = 5UL;
static int16_t *g_928 = &g_768;
static int16_t **g_927 = &g_928;
static int32_t g_979 = 2L;
static uint8_t *g_1030 = (void*)0;
static uint8_t **g_1029 = &g_1030;
static int32_t g_1071 = 3L;
static int8_t g_1090 = 0x73L;
static uint64_t g_1091 = 1UL;
static const uint8_t *g_1112 = &g_709.f1;
static const uint8_t **g_1111 = &g_1112;
static union U1 ***g_1184 = (void*)0;
static int16_t ***g_1205 = &g_927;
static int8_t g_1231[3][8] = {{(-1L),0xDFL,(-1L),(-1L),0xDFL,(-1L),(-1L),0xDFL},{0xDFL,(-1L),(-1L),0xDFL,(-1L),(-1L),0xDFL,(-1L)},{0xDFL,0xDFL,0xBDL,0xDFL,0xDFL,0xBDL,0xDFL,0xDFL}};
static int64_t g_1335 = 0x32A4E6575A9D0084LL;
static uint16_t g_1336 = 0UL;
static int32_t g_1412 = 0x956F3E0BL;
static int64_t g_1413 = 1L;
static int32_t g_1414 = 8L;
static uint16_t g_1416 = 65529UL;
static int64_t g_1482 = 0x750CBE1FCE0CCE85LL;
static int16_t g_1483 = 0x7179L;
static uint64_t g_1484 = 0xEC184256BF660523LL;
static uint32_t g_1500 = 0x63EF0AFAL;
static int32_t *g_1554 = &g_856;
static int32_t **g_1553[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static uint16_t g_1560 = 0x94E2L;
static uint8_t **g_1648[6][3][6] = {{{&g_1030,&g_1030,&g_1030,&g_1030,(void*)0,&g_1030},{&g_1030,(void*)0,&g_1030,(void*)0,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030,&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030,&g_1030,(void*)0,&g_1030},{&g_1030,(void*)0,&g_1030,(void*)0,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030,&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030,&g_1030,(void*)0,&g_1030},{&g_1030,(void*)0,&g_1030,(void*)0,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030,&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030,&g_1030,(void*)0,&g_1030},{&g_1030,(void*)0,&g_1030,(void*)0,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030,&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030,&g_1030,(void*)0,&g_1030},{&g_1030,(void*)0,&g_1030,(void*)0,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030,&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030,&g_1030,(void*)0,&g_1030},{&g_1030,(void*)0,&g_1030,(void*)0,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030,&g_1030,&g_1030,&g_1030}}};
static uint64_t g_1677 = 5UL;
static int32_t g_1695 = 0x4BA46E90L;
static int64_t g_1698 = 4L;
static uint32_t g_1699 = 0x3A57AC82L;
static uint8_t g_1703 = 0xF0L;
static const int64_t *g_1906 = &g_79;
static const int64_t **g_1905 = &g_1906;
static uint8_t ***g_1927[4] = {&g_1648[3][2][0],&g_1648[3][2][0],&g_1648[3][2][0],&g_1648[3][2][0]};
static uint16_t g_1987 = 0x62FFL;
static int16_t g_1998[7] = {0x3D8FL,(-5L),(-5L),0x3D8FL,(-5L),(-5L),0x3D8FL};
static uint32_t g_1999 = 4294967295UL;
static int64_t g_2019 = 0x149AC075C3A004D1LL;
static uint64_t g_2022 = 1UL;
static uint32_t g_2039 = 0xE4C6559DL;
static int32_t **g_2047 = &g_103;
static int32_t *** const g_2046 = &g_2047;
static int32_t *** const * const g_2045[5][1][6] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_2046,(void*)0,&g_2046,(void*)0,&g_2046,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_2046,(void*)0,&g_2046,(void*)0,&g_2046,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}}};
static int32_t *** const * const * const g_2044 = &g_2045[4][0][0];
static int8_t *g_2061 = &g_108.f0;
static int8_t **g_2060 = &g_2061;
static uint32_t *g_2096 = &g_87[6][0];
static uint32_t **g_2095[6][1][9] = {{{(void*)0,&g_2096,&g_2096,&g_2096,&g_2096,(void*)0,&g_2096,&g_2096,(void*)0}},{{(void*)0,&g_2096,&g_2096,(void*)0,&g_2096,(void*)0,&g_2096,&g_2096,&g_2096}},{{&g_2096,&g_2096,&g_2096,(void*)0,&g_2096,(void*)0,&g_2096,&g_2096,&g_2096}},{{&g_2096,&g_2096,&g_2096,(void*)0,&g_2096,(void*)0,&g_2096,&g_2096,(void*)0}},{{(void*)0,&g_2096,&g_2096,(void*)0,&g_2096,&g_2096,&g_2096,&g_2096,(void*)0}},{{&g_2096,&g_2096,&g_2096,&g_2096,&g_2096,&g_2096,&g_2096,&g_2096,&g_2096}}};
static uint32_t ***g_2094 = &g_2095[4][0][7];
static uint32_t ****g_2093 = &g_2094;
static uint32_t *****g_2092 = &g_2093;
static uint64_t *g_2182 = (void*)0;
static union U1 *** const *g_2266 = (void*)0;
static union U1 *** const **g_2265[9][5][5] = {{{(void*)0,(void*)0,&g_2266,&g_2266,(void*)0},{&g_2266,&g_2266,&g_2266,&g_2266,&g_2266},{&g_2266,&g_2266,&g_2266,&g_2266,(void*)0},{&g_2266,(void*)0,&g_2266,(void*)0,&g_2266},{(void*)0,&g_2266,(void*)0,&g_2266,(void*)0}},{{&g_2266,(void*)0,&g_2266,&g_2266,(void*)0},{&g_2266,&g_2266,&g_2266,&g_2266,(void*)0},{(void*)0,&g_2266,&g_2266,&g_2266,&g_2266},{(void*)0,(void*)0,(void*)0,&g_2266,(void*)0},{(void*)0,(void*)0,&g_2266,&g_2266,&g_2266}},{{&g_2266,&g_2266,&g_2266,&g_2266,(void*)0},{&g_2266,(void*)0,(void*)0,(void*)0,&g_2266},{(void*)0,(void*)0,(void*)0,&g_2266,&g_2266},{&g_2266,&g_2266,(void*)0,&g_2266,(void*)0},{&g_2266,&g_2266,&g_2266,&g_2266,&g_2266}},{{&g_2266,(void*)0,&g_2266,&g_2266,&g_2266},{(void*)0,&g_2266,(void*)0,&g_2266,&g_2266},{&g_2266,(void*)0,&g_2266,&g_2266,&g_2266},{(void*)0,(void*)0,(void*)0,&g_2266,(void*)0},{&g_2266,&g_2266,&g_2266,(void*)0,&g_2266}},{{(void*)0,(void*)0,&g_2266,&g_2266,&g_2266},{(void*)0,&g_2266,(void*)0,(void*)0,(void*)0},{&g_2266,(void*)0,(void*)0,&g_2266,(void*)0},{&g_2266,&g_2266,&g_2266,&g_2266,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,&g_2266}},{{&g_2266,&g_2266,(void*)0,&g_2266,&g_2266},{(void*)0,&g_2266,&g_2266,(void*)0,&g_2266},{&g_2266,&g_2266,&g_2266,&g_2266,&g_2266},{&g_2266,&g_2266,(void*)0,&g_2266,&g_2266},{&g_2266,&g_2266,&g_2266,(void*)0,&g_2266}},{{&g_2266,&g_2266,(void*)0,&g_2266,&g_2266},{&g_2266,&g_2266,&g_2266,(void*)0,(void*)0},{&g_2266,&g_2266,&g_2266,&g_2266,(void*)0},{&g_2266,&g_2266,&g_2266,&g_2266,(void*)0},{(void*)0,&g_2266,&g_2266,(void*)0,&g_2266}},{{&g_2266,&g_2266,&g_2266,(void*)0,&g_2266},{(void*)0,&g_2266,&g_2266,&g_2266,(void*)0},{&g_2266,&g_2266,&g_2266,(void*)0,&g_2266},{&g_2266,&g_2266,(void*)0,(void*)0,(void*)0},{(void*)0,&g_2266,&g_2266,&g_2266,&g_2266}},{{(void*)0,(void*)0,(void*)0,&g_2266,(void*)0},{&g_2266,&g_2266,&g_2266,(void*)0,&g_2266},{(void*)0,(void*)0,&g_2266,&g_2266,&g_2266},{(void*)0,&g_2266,(void*)0,(void*)0,(void*)0},{&g_2266,(void*)0,(void*)0,&g_2266,(void*)0}}};
static int32_t g_2302[2] = {0xF70004F3L,0xF70004F3L};
static const int8_t ** const **g_2382 = (void*)0;
static int32_t ***g_2512 = &g_1553[1];
static int32_t ***g_2513 = &g_1553[1];
static int8_t g_2701 = 0x4EL;
static int64_t *g_2737[9] = {&g_1335,&g_1413,&g_1413,&g_1335,&g_1413,&g_1413,&g_1335,&g_1413,&g_1413};
static uint64_t ***g_2763 = (void*)0;
static uint64_t ****g_2762 = &g_2763;
static int32_t *****g_2833 = (void*)0;
static uint64_t ****g_2878 = (void*)0;
static int8_t g_2882 = 1L;
static uint32_t g_2886 = 0x395EC055L;
static uint16_t g_2888 = 0xA18BL;
static uint8_t ****g_2944 = &g_1927[2];
static uint8_t *****g_2943[6][8][5] = {{{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{(void*)0,&g_2944,&g_2944,&g_2944,&g_2944},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{(void*)0,(void*)0,&g_2944,&g_2944,(void*)0},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{(void*)0,&g_2944,&g_2944,&g_2944,&g_2944}},{{&g_2944,&g_2944,&g_2944,(void*)0,(void*)0},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{(void*)0,&g_2944,&g_2944,&g_2944,(void*)0},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{(void*)0,&g_2944,(void*)0,&g_2944,&g_2944},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{&g_2944,&g_2944,(void*)0,(void*)0,(void*)0},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944}},{{(void*)0,&g_2944,&g_2944,&g_2944,(void*)0},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{(void*)0,&g_2944,(void*)0,&g_2944,&g_2944},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{&g_2944,&g_2944,(void*)0,(void*)0,(void*)0},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{(void*)0,&g_2944,&g_2944,&g_2944,(void*)0},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944}},{{(void*)0,&g_2944,(void*)0,&g_2944,&g_2944},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{&g_2944,&g_2944,(void*)0,(void*)0,(void*)0},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{(void*)0,&g_2944,&g_2944,&g_2944,(void*)0},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{(void*)0,&g_2944,(void*)0,&g_2944,&g_2944},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944}},{{&g_2944,&g_2944,(void*)0,(void*)0,(void*)0},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{(void*)0,&g_2944,&g_2944,&g_2944,(void*)0},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{(void*)0,&g_2944,(void*)0,&g_2944,&g_2944},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{&g_2944,&g_2944,(void*)0,(void*)0,(void*)0},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944}},{{(void*)0,&g_2944,&g_2944,&g_2944,(void*)0},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944},{(void*)0,&g_2944,(void*)0,&g_2944,&g_2944},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{&g_2944,&g_2944,(void*)0,(void*)0,(void*)0},{(void*)0,&g_2944,&g_2944,(void*)0,&g_2944},{(void*)0,&g_2944,&g_2944,&g_2944,&g_2944},{&g_2944,&g_2944,&g_2944,&g_2944,&g_2944}}};
static uint64_t g_3033 = 1UL;
static int32_t g_3040[6][6] = {{0xBC81B89CL,0xAE154F56L,0x325430EAL,0xF9782FDCL,0L,0xC669A9B6L},{0L,1L,(-1L),1L,0L,0xF4EB8966L},{0xC669A9B6L,0xAE154F56L,(-4L),(-1L),1L,0x325430EAL},{0x325430EAL,0x9862A53AL,0xAE154F56L,0xAE154F56L,0x9862A53AL,0x325430EAL},{(-1L),0xF9782FDCL,(-4L),0L,0x325430EAL,0xF4EB8966L},{0x9862A53AL,0xC669A9B6L,(-1L),0x325430EAL,(-1L),0xC669A9B6L}};
static uint8_t g_3118 = 250UL;
static int16_t **** const g_3160 = &g_1205;
static int16_t **** const *g_3159 = &g_3160;
static uint8_t g_3187[6] = {255UL,255UL,255UL,255UL,255UL,255UL};
static const uint32_t *g_3203[3] = {&g_87[0][2],&g_87[0][2],&g_87[0][2]};
static const uint32_t **g_3202 = &g_3203[2];
static int32_t * const **g_3219 = (void*)0;
static int32_t * const ***g_3218[10] = {&g_3219,&g_3219,&g_3219,&g_3219,&g_3219,&g_3219,&g_3219,&g_3219,&g_3219,&g_3219};
static int32_t * const ****g_3217 = &g_3218[8];
static int32_t g_3315 = 0x73B5B976L;
static uint8_t ***g_3419[10] = {&g_1648[1][1][5],&g_1029,&g_1648[1][1][5],&g_1648[1][1][5],&g_1029,&g_1648[1][1][5],&g_1648[1][1][5],&g_1029,&g_1648[1][1][5],&g_1648[1][1][5]};
static const int32_t *g_3428 = &g_2;
static int32_t ***g_3461 = &g_2047;
static int32_t ****g_3460 = &g_3461;
static int32_t *****g_3459 = &g_3460;
static const uint16_t g_3471[6] = {65526UL,65526UL,65526UL,65526UL,65526UL,65526UL};
static uint32_t g_3563 = 18446744073709551614UL;
static const int8_t g_3646[10][6] = {{0L,0xD3L,0xA5L,0xFFL,1L,(-5L)},{0x4FL,0xFFL,6L,6L,0xFFL,0x4FL},{6L,0xFFL,0x4FL,0x10L,1L,0xA5L},{0xA5L,0xD3L,0L,0xD3L,0xA5L,0xFFL},{0xA5L,6L,0xD3L,0x10L,0x76L,0x76L},{6L,1L,1L,6L,0L,0x76L},{0x4FL,0x76L,0xD3L,0xFFL,0x10L,0xFFL},{0L,1L,0L,(-5L),0x10L,0xA5L},{0xD3L,0x76L,0x4FL,0L,0L,0x4FL},{1L,1L,6L,0L,0x76L,(-5L)}};
static int32_t ***g_3702[3] = {&g_1553[1],&g_1553[1],&g_1553[1]};
static union U1 ****g_3714 = &g_1184;
static const int32_t *g_3827 = (void*)0;
static const int32_t **g_3826 = &g_3827;
static uint16_t g_3830[1] = {65529UL};
static int32_t g_3860 = 6L;
static int64_t g_3868[8] = {(-4L),0L,0L,(-4L),0L,0L,(-4L),0L};
static const int32_t g_3879 = 0xCBF28D54L;


/* --- FORWARD DECLARATIONS --- */
static const uint64_t  func_1(void);
static uint64_t  func_12(int32_t  p_13, int64_t  p_14, uint16_t  p_15, uint64_t  p_16);
static union U0  func_17(uint64_t  p_18, int32_t  p_19, uint16_t  p_20, union U1  p_21);
static uint16_t  func_31(uint64_t  p_32, const uint64_t * p_33);
static uint64_t  func_34(int64_t  p_35, uint64_t * p_36);
static int64_t  func_40(uint16_t  p_41, uint64_t  p_42, uint64_t * p_43, uint64_t * p_44);
static int16_t  func_46(const union U0  p_47, uint32_t  p_48, union U1  p_49, int8_t  p_50, uint64_t * p_51);
static union U0  func_52(uint64_t * p_53, uint64_t * p_54);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_353 g_3428 g_3461 g_2047 g_103 g_104 g_2060 g_2061 g_108.f0 g_1906 g_79 g_3160 g_1205 g_927 g_928 g_768 g_161 g_2022 g_27 g_3702 g_3460 g_2096 g_87 g_1703 g_3159 g_2762 g_2763 g_354 g_56 g_2382 g_2046 g_1231 g_2888 g_3202 g_3203 g_1483 g_73 g_1030 g_3826 g_1112 g_709.f1 g_3830 g_363 g_3860 g_1090 g_3868 g_1111 g_3459 g_3879 g_1905
 * writes: g_2 g_6 g_7 g_79 g_354 g_108.f0 g_80 g_2022 g_161 g_3714 g_87 g_104 g_1703 g_2763 g_1091 g_2888 g_103 g_768 g_56 g_2701 g_1483 g_73 g_27 g_3830 g_108 g_1090 g_2060
 */
static const uint64_t  func_1(void)
{ /* block id: 0 */
    uint64_t *l_55 = &g_56;
    uint32_t l_1487 = 4294967295UL;
    int32_t l_3031 = 0x965B36DEL;
    int32_t l_3083 = 0L;
    int32_t l_3117[7] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
    int16_t ****l_3238 = &g_1205;
    union U1 l_3248 = {0x62B2BDA7L};
    int32_t ****l_3318[3];
    const uint8_t l_3353 = 0xB2L;
    const uint32_t *l_3373 = (void*)0;
    const uint32_t **l_3372[7];
    uint16_t l_3393 = 0xA309L;
    union U1 l_3417 = {-10L};
    int32_t l_3444 = 0L;
    uint16_t l_3448[5] = {0x7FB7L,0x7FB7L,0x7FB7L,0x7FB7L,0x7FB7L};
    int32_t l_3493 = 0xE94E3BD7L;
    int16_t **l_3496 = &g_928;
    uint32_t l_3562 = 0xDDC36445L;
    int32_t l_3683 = 1L;
    const int64_t l_3732 = 0x967A691F51A5FB4FLL;
    uint64_t l_3739 = 0xB4206721A6192BE4LL;
    int32_t *** const * const l_3743[2][2] = {{&g_3461,&g_3461},{&g_3461,&g_3461}};
    int32_t *** const * const *l_3742[9];
    uint64_t l_3752 = 0x60F23A637F33028FLL;
    const uint32_t l_3783 = 0x69A6877AL;
    int32_t l_3784 = 0xADBB0E79L;
    union U0 l_3842 = {0L};
    uint32_t l_3859 = 0UL;
    uint32_t l_3877 = 4294967290UL;
    const int32_t *l_3878 = &g_3879;
    int8_t **l_3888[4][1][6] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}}};
    int8_t ***l_3889 = (void*)0;
    int8_t ***l_3890 = &g_2060;
    int8_t ***l_3891 = (void*)0;
    uint8_t *l_3894 = &g_1703;
    uint16_t l_3897 = 0x08F5L;
    int64_t l_3898 = 0xDC8FC2FFE8179786LL;
    int32_t l_3899 = 0x9D2845BAL;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_3318[i] = &g_2513;
    for (i = 0; i < 7; i++)
        l_3372[i] = &l_3373;
    for (i = 0; i < 9; i++)
        l_3742[i] = &l_3743[1][1];
    for (g_2 = 0; (g_2 == 24); g_2++)
    { /* block id: 3 */
        uint8_t l_30 = 6UL;
        uint32_t l_3036 = 0x3994D139L;
        union U1 *l_3053 = &g_709;
        union U1 **l_3052 = &l_3053;
        int32_t l_3055 = 0L;
        uint8_t **** const l_3068 = &g_1927[0];
        union U1 ****l_3075 = &g_1184;
        uint64_t *l_3081[1][7][8] = {{{(void*)0,&g_553[3][2],&g_27[1],&g_553[3][2],&g_27[1],&g_27[1],&g_553[3][2],&g_27[1]},{&g_553[3][2],&g_553[3][2],(void*)0,&g_553[3][2],&g_553[3][2],(void*)0,&g_553[3][2],&g_553[3][2]},{&g_27[1],&g_553[3][2],&g_27[1],&g_27[1],&g_553[3][2],&g_27[1],&g_27[1],&g_553[3][2]},{&g_553[3][2],&g_27[1],&g_27[1],&g_553[3][2],&g_27[1],&g_27[1],&g_553[3][2],&g_27[1]},{&g_553[3][2],&g_553[3][2],(void*)0,&g_553[3][2],&g_553[3][2],(void*)0,&g_553[3][2],&g_553[3][2]},{&g_27[1],&g_553[3][2],&g_27[1],&g_27[1],&g_553[3][2],&g_27[1],&g_27[1],&g_553[3][2]},{&g_553[3][2],&g_27[1],&g_27[1],&g_553[3][2],&g_27[1],&g_27[1],&g_553[3][2],&g_27[1]}}};
        union U0 l_3082 = {0x87L};
        int8_t l_3086[8] = {0L,0L,0xCDL,0L,0L,0xCDL,0L,0L};
        uint64_t ***l_3114[4][7] = {{&g_353,(void*)0,&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353,(void*)0,&g_353}};
        int32_t l_3116 = 0x7ADF593CL;
        int32_t l_3167[3][8][7] = {{{0x979732D1L,1L,0x84ECE05DL,0x84ECE05DL,1L,0x979732D1L,1L},{0x256BBA6DL,3L,0x5122CAC7L,0xE9CF1489L,0L,0xE9CF1489L,0x5122CAC7L},{0xFAA26C5BL,0xFAA26C5BL,0x979732D1L,0x84ECE05DL,0x979732D1L,0xFAA26C5BL,0xFAA26C5BL},{(-6L),3L,0x8E079A17L,3L,(-6L),1L,0x5122CAC7L},{1L,1L,1L,0x979732D1L,0x979732D1L,1L,1L},{0x5122CAC7L,0x121A2F13L,0x8E079A17L,1L,0L,3L,0L},{1L,0x979732D1L,0x979732D1L,1L,1L,1L,0x979732D1L},{(-6L),1L,0x5122CAC7L,1L,0x5122CAC7L,1L,(-6L)}},{{0xFAA26C5BL,0x979732D1L,0x84ECE05DL,0x979732D1L,0xFAA26C5BL,0xFAA26C5BL,0x979732D1L},{0x256BBA6DL,0x121A2F13L,0x256BBA6DL,3L,0x5122CAC7L,0xE9CF1489L,0L},{0x979732D1L,1L,0x84ECE05DL,0x84ECE05DL,1L,0x979732D1L,1L},{0x256BBA6DL,3L,0x5122CAC7L,0xE9CF1489L,0L,0xE9CF1489L,0x5122CAC7L},{0xFAA26C5BL,0xFAA26C5BL,0x979732D1L,0x84ECE05DL,0x979732D1L,0xFAA26C5BL,0xFAA26C5BL},{(-6L),3L,0x8E079A17L,3L,(-6L),1L,0x5122CAC7L},{1L,1L,0x84ECE05DL,1L,1L,0x84ECE05DL,0xFAA26C5BL},{0x256BBA6DL,1L,0L,0x121A2F13L,(-6L),0xE9CF1489L,(-6L)}},{{0x84ECE05DL,1L,1L,0x84ECE05DL,0xFAA26C5BL,0x84ECE05DL,1L},{0x5122CAC7L,3L,0x256BBA6DL,0x121A2F13L,0x256BBA6DL,3L,0x5122CAC7L},{0x979732D1L,1L,1L,1L,0x979732D1L,0x979732D1L,1L},{0x8E079A17L,1L,0x8E079A17L,0xE9CF1489L,0x256BBA6DL,1L,(-6L)},{1L,0xFAA26C5BL,1L,1L,0xFAA26C5BL,1L,0xFAA26C5BL},{0x8E079A17L,0xE9CF1489L,0x256BBA6DL,1L,(-6L),1L,0x256BBA6DL},{0x979732D1L,0x979732D1L,1L,1L,1L,0x979732D1L,0x979732D1L},{0x5122CAC7L,0xE9CF1489L,0L,0xE9CF1489L,0x5122CAC7L,3L,0x256BBA6DL}}};
        uint32_t l_3176 = 18446744073709551615UL;
        union U1 l_3192 = {0xF45AA949L};
        const uint32_t **l_3206 = &g_3203[2];
        int32_t ****l_3222[5] = {&g_2512,&g_2512,&g_2512,&g_2512,&g_2512};
        int32_t *****l_3221 = &l_3222[0];
        uint32_t l_3374 = 18446744073709551606UL;
        int32_t l_3392 = (-8L);
        union U0 **l_3401 = (void*)0;
        int32_t l_3403 = (-1L);
        int32_t l_3404[5][6][3] = {{{0xF9CD18A7L,0x7804DB60L,(-1L)},{0x86CFD108L,(-1L),0xC0A7A2B1L},{0x7FA9098CL,7L,(-6L)},{0x7FA9098CL,0x873EFDD4L,0xF9CD18A7L},{0x86CFD108L,9L,0x1B5D9788L},{0xF9CD18A7L,0L,0xF9CD18A7L}},{{9L,0x3A0A5DD5L,(-6L)},{0xFB5343D4L,0x3A0A5DD5L,0xC0A7A2B1L},{0x17123835L,0L,(-1L)},{(-1L),9L,0x17123835L},{0x17123835L,0x873EFDD4L,0x86CFD108L},{0xFB5343D4L,7L,0x86CFD108L}},{{9L,(-1L),0x17123835L},{0xF9CD18A7L,0x7804DB60L,(-1L)},{0x86CFD108L,(-1L),0xC0A7A2B1L},{0x7FA9098CL,7L,(-6L)},{0x7FA9098CL,0x873EFDD4L,0xF9CD18A7L},{0x86CFD108L,9L,0x1B5D9788L}},{{0xF9CD18A7L,0L,0xF9CD18A7L},{9L,0x3A0A5DD5L,(-6L)},{0xFB5343D4L,0x3A0A5DD5L,0xC0A7A2B1L},{0x17123835L,0L,(-1L)},{(-1L),9L,0x17123835L},{0x17123835L,0x873EFDD4L,0x86CFD108L}},{{0xFB5343D4L,7L,0x86CFD108L},{9L,(-1L),0x17123835L},{0xF9CD18A7L,0x7804DB60L,(-1L)},{0x86CFD108L,(-1L),0xC0A7A2B1L},{0x7FA9098CL,7L,(-6L)},{0x7FA9098CL,0x873EFDD4L,0xF9CD18A7L}}};
        const int32_t *l_3429 = &l_3117[6];
        int32_t l_3441[3][1];
        uint32_t l_3465 = 0x863FBFC1L;
        uint64_t l_3561 = 0x0423E839FF50C2F8LL;
        uint32_t l_3574 = 0xE00998A4L;
        int64_t l_3575[10] = {0L,0L,0L,0L,0L,0L,0L,0L,0L,0L};
        int16_t ***l_3589 = (void*)0;
        uint16_t l_3648 = 65535UL;
        int64_t l_3736 = 1L;
        uint16_t l_3748[8] = {65535UL,65535UL,0x9210L,65535UL,65535UL,0x9210L,65535UL,65535UL};
        int64_t **l_3751[3][5] = {{&g_2737[1],(void*)0,&g_2737[1],&g_2737[1],(void*)0},{(void*)0,&g_2737[1],&g_2737[1],(void*)0,&g_2737[1]},{&g_2737[1],&g_2737[1],(void*)0,&g_2737[1],&g_2737[1]}};
        union U0 l_3760 = {9L};
        int32_t l_3851 = (-5L);
        int i, j, k;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_3441[i][j] = 0x19A7533DL;
        }
        for (g_6 = 0; (g_6 >= 0); g_6 -= 1)
        { /* block id: 6 */
            int16_t l_3001 = 0x9E75L;
            uint32_t l_3029 = 0x8EEF2F2BL;
            const int16_t l_3035 = 0x3330L;
            int32_t *l_3037 = &l_3031;
            union U1 * const *l_3054 = (void*)0;
            int8_t ***l_3063 = &g_2060;
            union U1 ****l_3074 = (void*)0;
            int32_t l_3084 = 7L;
            int8_t l_3143 = 1L;
            int16_t **** const l_3158[3][5][6] = {{{&g_1205,&g_1205,&g_1205,&g_1205,&g_1205,&g_1205},{&g_1205,&g_1205,&g_1205,&g_1205,&g_1205,&g_1205},{&g_1205,&g_1205,&g_1205,&g_1205,(void*)0,&g_1205},{&g_1205,&g_1205,&g_1205,&g_1205,&g_1205,&g_1205},{&g_1205,&g_1205,&g_1205,&g_1205,&g_1205,&g_1205}},{{&g_1205,(void*)0,&g_1205,&g_1205,&g_1205,&g_1205},{&g_1205,(void*)0,(void*)0,&g_1205,&g_1205,&g_1205},{&g_1205,&g_1205,&g_1205,(void*)0,&g_1205,(void*)0},{&g_1205,&g_1205,&g_1205,&g_1205,(void*)0,&g_1205},{(void*)0,&g_1205,(void*)0,(void*)0,&g_1205,&g_1205}},{{(void*)0,&g_1205,&g_1205,(void*)0,&g_1205,&g_1205},{(void*)0,&g_1205,&g_1205,&g_1205,&g_1205,&g_1205},{&g_1205,&g_1205,&g_1205,(void*)0,&g_1205,&g_1205},{&g_1205,&g_1205,&g_1205,&g_1205,&g_1205,&g_1205},{&g_1205,&g_1205,&g_1205,&g_1205,&g_1205,&g_1205}}};
            int16_t **** const *l_3157 = &l_3158[0][0][1];
            int32_t l_3162 = 1L;
            int32_t l_3170 = 0x5519B99CL;
            int32_t l_3174 = 0xA430604EL;
            int32_t l_3175 = (-5L);
            int32_t l_3200 = 6L;
            int32_t * const *l_3216[1];
            int32_t * const **l_3215[4][8][4] = {{{&l_3216[0],(void*)0,&l_3216[0],&l_3216[0]},{&l_3216[0],(void*)0,(void*)0,&l_3216[0]},{(void*)0,&l_3216[0],&l_3216[0],&l_3216[0]},{(void*)0,&l_3216[0],(void*)0,(void*)0},{&l_3216[0],&l_3216[0],(void*)0,&l_3216[0]},{(void*)0,(void*)0,&l_3216[0],&l_3216[0]},{&l_3216[0],(void*)0,&l_3216[0],&l_3216[0]},{&l_3216[0],&l_3216[0],&l_3216[0],&l_3216[0]}},{{&l_3216[0],&l_3216[0],(void*)0,&l_3216[0]},{(void*)0,&l_3216[0],(void*)0,&l_3216[0]},{&l_3216[0],(void*)0,&l_3216[0],&l_3216[0]},{&l_3216[0],&l_3216[0],&l_3216[0],(void*)0},{&l_3216[0],(void*)0,&l_3216[0],&l_3216[0]},{(void*)0,(void*)0,(void*)0,&l_3216[0]},{&l_3216[0],(void*)0,(void*)0,&l_3216[0]},{(void*)0,&l_3216[0],&l_3216[0],&l_3216[0]}},{{(void*)0,&l_3216[0],(void*)0,&l_3216[0]},{&l_3216[0],&l_3216[0],&l_3216[0],&l_3216[0]},{&l_3216[0],&l_3216[0],&l_3216[0],&l_3216[0]},{&l_3216[0],&l_3216[0],&l_3216[0],&l_3216[0]},{&l_3216[0],(void*)0,(void*)0,&l_3216[0]},{&l_3216[0],(void*)0,&l_3216[0],&l_3216[0]},{&l_3216[0],(void*)0,(void*)0,(void*)0},{&l_3216[0],&l_3216[0],&l_3216[0],&l_3216[0]}},{{&l_3216[0],&l_3216[0],(void*)0,&l_3216[0]},{(void*)0,&l_3216[0],&l_3216[0],(void*)0},{(void*)0,&l_3216[0],(void*)0,&l_3216[0]},{&l_3216[0],(void*)0,(void*)0,&l_3216[0]},{&l_3216[0],&l_3216[0],&l_3216[0],&l_3216[0]},{&l_3216[0],&l_3216[0],&l_3216[0],&l_3216[0]},{(void*)0,(void*)0,&l_3216[0],&l_3216[0]},{&l_3216[0],&l_3216[0],&l_3216[0],&l_3216[0]}}};
            int32_t * const ***l_3214 = &l_3215[2][4][1];
            int32_t * const ****l_3213[9] = {&l_3214,&l_3214,&l_3214,&l_3214,&l_3214,&l_3214,&l_3214,&l_3214,&l_3214};
            int16_t l_3252 = 0xAF7FL;
            int32_t ***l_3329 = &g_2047;
            uint8_t ****l_3355[1];
            uint16_t l_3367 = 0x8FF0L;
            int32_t l_3391 = 0x2E686275L;
            uint16_t l_3405 = 0xCD78L;
            uint64_t *l_3408 = &g_3033;
            union U0 l_3418 = {-9L};
            int32_t ****l_3458 = &l_3329;
            int32_t *****l_3457[9][5] = {{&l_3458,(void*)0,&l_3458,&l_3458,&l_3458},{&l_3458,&l_3458,&l_3458,(void*)0,&l_3458},{&l_3458,&l_3458,&l_3458,&l_3458,&l_3458},{&l_3458,&l_3458,&l_3458,&l_3458,&l_3458},{&l_3458,(void*)0,(void*)0,&l_3458,&l_3458},{&l_3458,&l_3458,&l_3458,(void*)0,&l_3458},{&l_3458,&l_3458,(void*)0,&l_3458,(void*)0},{&l_3458,&l_3458,&l_3458,(void*)0,(void*)0},{&l_3458,&l_3458,&l_3458,&l_3458,&l_3458}};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_3216[i] = &g_1554;
            for (i = 0; i < 1; i++)
                l_3355[i] = (void*)0;
            for (g_7 = 0; (g_7 <= 0); g_7 += 1)
            { /* block id: 9 */
                union U1 l_165 = {-1L};
                uint32_t l_1235 = 0x95486920L;
                int16_t ***l_3032 = &g_927;
                uint8_t * const *l_3067 = &g_1030;
                uint8_t * const **l_3066[5][10][5] = {{{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,(void*)0,&l_3067},{(void*)0,&l_3067,&l_3067,(void*)0,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,(void*)0},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,(void*)0,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067}},{{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,(void*)0},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,(void*)0,&l_3067},{&l_3067,&l_3067,(void*)0,&l_3067,&l_3067}},{{&l_3067,&l_3067,&l_3067,(void*)0,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,(void*)0},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,(void*)0,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,(void*)0,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067}},{{(void*)0,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,(void*)0},{&l_3067,(void*)0,(void*)0,&l_3067,(void*)0},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,(void*)0,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067}},{{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{(void*)0,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,(void*)0,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,(void*)0,&l_3067,(void*)0},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067},{(void*)0,&l_3067,&l_3067,&l_3067,&l_3067},{&l_3067,&l_3067,&l_3067,&l_3067,&l_3067}}};
                uint8_t * const ***l_3065 = &l_3066[4][0][4];
                int i, j, k;
            }
            for (l_3084 = 0; (l_3084 <= 0); l_3084 += 1)
            { /* block id: 1506 */
                int32_t *l_3087[7];
                uint8_t **l_3135[9][3] = {{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,(void*)0},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030}};
                int64_t l_3141 = 0xBF406167BED33911LL;
                int32_t l_3142 = 0x3C590E28L;
                int32_t l_3166 = 0xEC42B142L;
                int32_t l_3169 = 0xEDC25164L;
                int32_t l_3173 = 4L;
                const int8_t l_3251 = 0xA2L;
                int32_t l_3260 = 0x97A596EBL;
                int32_t l_3261 = 0L;
                int i, j;
                for (i = 0; i < 7; i++)
                    l_3087[i] = &g_1414;
            }
            for (g_79 = 0; (g_79 >= 0); g_79 -= 1)
            { /* block id: 1586 */
                int32_t *****l_3267 = &l_3222[0];
                int32_t l_3270[2];
                uint16_t *l_3271 = (void*)0;
                union U0 l_3272[8][9] = {{{0xF4L},{-1L},{0xF4L},{0xF4L},{-1L},{0xF4L},{0xF4L},{-1L},{0xF4L}},{{0xDAL},{2L},{0xDAL},{0xDAL},{2L},{0xDAL},{0xDAL},{2L},{0xDAL}},{{1L},{0xF4L},{1L},{1L},{0xF4L},{1L},{1L},{0xF4L},{1L}},{{-1L},{0xDAL},{-1L},{-1L},{0xDAL},{-1L},{-1L},{0xDAL},{-1L}},{{1L},{0xF4L},{1L},{1L},{0xF4L},{1L},{1L},{0xF4L},{1L}},{{-1L},{0xDAL},{-1L},{-1L},{0xDAL},{-1L},{-1L},{0xDAL},{-1L}},{{1L},{0xF4L},{1L},{1L},{0xF4L},{1L},{1L},{0xF4L},{1L}},{{-1L},{0xDAL},{-1L},{-1L},{0xDAL},{-1L},{-1L},{0xDAL},{-1L}}};
                union U1 l_3296 = {0xD6559991L};
                int32_t * const *l_3328 = &l_3037;
                int32_t * const **l_3327 = &l_3328;
                const uint32_t **l_3370 = (void*)0;
                int8_t l_3390 = 0L;
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_3270[i] = 0xB83C1FFEL;
            }
            for (l_3170 = 0; (l_3170 >= 0); l_3170 -= 1)
            { /* block id: 1666 */
                uint64_t *l_3406[2];
                uint64_t *l_3407 = &g_867;
                uint32_t l_3416[7] = {0x1CB38360L,0UL,0x1CB38360L,0x1CB38360L,0UL,0x1CB38360L,0x1CB38360L};
                int32_t *l_3430 = &l_3174;
                int32_t l_3442 = 0x1C4DE787L;
                int32_t l_3445 = (-1L);
                int32_t l_3446 = (-10L);
                int32_t l_3447 = 0xB5D2E4DDL;
                int8_t l_3451 = 0x92L;
                int i;
                for (i = 0; i < 2; i++)
                    l_3406[i] = &g_27[1];
                l_3392 ^= (l_3353 , (((*g_353) = l_3406[1]) == (l_3408 = l_3407)));
            }
        }
        if ((*l_3429))
            continue;
        if ((safe_lshift_func_int16_t_s_s(((*g_3428) || (safe_mul_func_uint16_t_u_u((safe_div_func_uint32_t_u_u((safe_sub_func_int32_t_s_s((l_3117[3] |= (-9L)), (safe_mod_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u((l_3403 |= (safe_add_func_int32_t_s_s(((***g_3461) <= 0xF816709FL), (safe_rshift_func_int16_t_s_u((-1L), l_3116))))), ((**g_2060) ^= 0x24L))), ((((((safe_mul_func_uint16_t_u_u((safe_add_func_int8_t_s_s((((safe_unary_minus_func_int32_t_s((*g_103))) , (l_3353 >= (-4L))) <= l_1487), (-7L))), l_3248.f1)) , 0xC3L) || 0x9AL) && (*g_1906)) > l_3083) & l_3417.f0))))), l_3493)), 0UL))), (****g_3160))))
        { /* block id: 1704 */
            int32_t l_3507 = 7L;
            int32_t l_3510 = 1L;
            uint64_t l_3521 = 18446744073709551613UL;
            int32_t *** const *l_3527 = (void*)0;
            int32_t *** const **l_3526 = &l_3527;
            const int16_t l_3536 = 0x39C2L;
            uint64_t *****l_3538 = &g_2762;
            uint64_t l_3577 = 1UL;
            int32_t l_3609 = 0L;
            int32_t l_3618 = 0xBAE9401BL;
            uint64_t l_3634[10][7] = {{0x5DE7D8498619C237LL,0x7DA7C4C68228536ALL,18446744073709551608UL,18446744073709551609UL,18446744073709551609UL,18446744073709551608UL,0x7DA7C4C68228536ALL},{18446744073709551608UL,0x170A0FCDCE0FEF00LL,0x7DA7C4C68228536ALL,0UL,0x3DE19CA8D27AE116LL,0x4D15BD9F25722CDCLL,0x5DE7D8498619C237LL},{18446744073709551608UL,18446744073709551615UL,3UL,0x7DA7C4C68228536ALL,3UL,18446744073709551615UL,18446744073709551608UL},{0x5DE7D8498619C237LL,0x4D15BD9F25722CDCLL,0x3DE19CA8D27AE116LL,0UL,0x7DA7C4C68228536ALL,0x170A0FCDCE0FEF00LL,18446744073709551608UL},{0x7DA7C4C68228536ALL,18446744073709551608UL,18446744073709551609UL,18446744073709551609UL,18446744073709551608UL,0x7DA7C4C68228536ALL,0x5DE7D8498619C237LL},{18446744073709551615UL,18446744073709551609UL,0x3DE19CA8D27AE116LL,0x5DE7D8498619C237LL,0UL,0x7DA7C4C68228536ALL,0x7DA7C4C68228536ALL},{0UL,0UL,3UL,0UL,0UL,0x170A0FCDCE0FEF00LL,18446744073709551615UL},{0x8DD8D71FD471B1C7LL,18446744073709551609UL,0x7DA7C4C68228536ALL,0x4D15BD9F25722CDCLL,0UL,18446744073709551615UL,0UL},{7UL,18446744073709551608UL,18446744073709551608UL,7UL,0UL,0x4D15BD9F25722CDCLL,0x8DD8D71FD471B1C7LL},{0x8DD8D71FD471B1C7LL,0x4D15BD9F25722CDCLL,0UL,7UL,18446744073709551608UL,18446744073709551608UL,7UL}};
            int64_t l_3650 = 0xB1BA91FA2AD1DF19LL;
            uint8_t ****l_3674 = &g_3419[2];
            uint8_t ****l_3676 = (void*)0;
            int32_t l_3687 = 1L;
            uint32_t l_3735 = 1UL;
            int8_t * const *** const l_3740 = (void*)0;
            int16_t l_3781 = 0x4C14L;
            int32_t l_3836 = 0L;
            uint16_t *l_3852 = &g_73;
            int i, j;
            for (g_80 = 0; (g_80 == 19); g_80 = safe_add_func_int64_t_s_s(g_80, 7))
            { /* block id: 1707 */
                int32_t l_3502 = 0x940F4E93L;
                uint32_t l_3511 = 0xE3BA1B3AL;
                uint32_t l_3564 = 0UL;
                int32_t *l_3583[2][3][9] = {{{&g_979,&l_3493,&l_3493,&l_3441[0][0],&l_3493,&l_3493,&g_979,&g_2302[1],&l_3441[0][0]},{&l_3404[1][1][1],(void*)0,&g_2302[1],&l_3404[4][1][1],&l_3441[1][0],&g_80,(void*)0,&g_3040[2][5],&g_1414},{&g_80,&l_3441[1][0],&l_3404[4][1][1],&g_2302[1],(void*)0,&l_3404[1][1][1],&g_2302[1],&g_2302[1],&l_3404[1][1][1]}},{{&l_3493,&l_3493,&l_3441[0][0],&l_3493,&l_3493,&g_979,&g_2302[1],&l_3441[0][0],&l_3404[4][1][1]},{&g_1414,&l_3404[3][5][1],&g_861,&g_856,&l_3404[3][5][1],&g_1414,(void*)0,&g_861,(void*)0},{&g_80,&l_3493,&l_3441[1][0],&g_861,&l_3404[4][1][1],&g_979,&g_979,&l_3404[4][1][1],&g_861}}};
                union U1 l_3607 = {0xA33E5D0FL};
                uint8_t *l_3608 = &l_3248.f1;
                int32_t l_3615 = 0xDA1E6258L;
                int8_t *l_3619 = &l_3086[1];
                uint8_t ****l_3677 = &g_3419[7];
                uint64_t l_3688 = 8UL;
                int i, j, k;
            }
            for (g_2022 = 0; (g_2022 <= 2); g_2022 += 1)
            { /* block id: 1799 */
                uint32_t *l_3694 = &g_161[2];
                int32_t ** const *l_3703 = (void*)0;
                int32_t ** const **l_3704 = &l_3703;
                int32_t **l_3711[8][8] = {{(void*)0,&g_103,(void*)0,&g_103,&g_103,(void*)0,(void*)0,&g_103},{(void*)0,&g_103,&g_103,&g_103,&g_103,(void*)0,&g_103,&g_103},{&g_103,&g_103,&g_103,&g_103,&g_103,&g_103,&g_103,(void*)0},{(void*)0,&g_103,&g_103,&g_103,&g_103,&g_103,&g_103,&g_103},{(void*)0,(void*)0,&g_103,(void*)0,&g_103,(void*)0,&g_103,&g_103},{&g_103,(void*)0,&g_103,&g_103,&g_103,&g_103,(void*)0,&g_103},{(void*)0,(void*)0,(void*)0,&g_103,&g_103,(void*)0,&g_103,&g_103},{&g_103,&g_103,(void*)0,&g_103,&g_103,(void*)0,&g_103,&g_103}};
                int16_t l_3712 = (-8L);
                int32_t l_3713 = (-7L);
                int32_t l_3715 = 0x9BAD226DL;
                int8_t **l_3722[10][10] = {{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061},{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061},{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061},{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061},{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061},{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061},{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061},{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061},{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061},{(void*)0,&g_2061,&g_2061,(void*)0,&g_2061,(void*)0,&g_2061,&g_2061,(void*)0,&g_2061}};
                uint8_t **l_3741 = &g_1030;
                int32_t l_3778 = 1L;
                const uint32_t l_3810[9] = {18446744073709551606UL,18446744073709551606UL,18446744073709551606UL,18446744073709551606UL,18446744073709551606UL,18446744073709551606UL,18446744073709551606UL,18446744073709551606UL,18446744073709551606UL};
                int i, j;
                if (((**g_2047) = ((++(*l_3694)) , (+((safe_mul_func_uint16_t_u_u((((safe_mod_func_uint32_t_u_u(g_27[g_2022], ((*g_2096) |= (l_3715 = ((((((1L > (g_3702[2] != ((*l_3704) = l_3703))) ^ ((*g_1906) > 0x968CF3697F936896LL)) , (((g_3714 = (((-5L) <= (((safe_add_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(((((safe_div_func_uint32_t_u_u((l_3713 = (((**g_3460) == (l_3711[3][2] = l_3711[7][5])) ^ l_3712)), 1UL)) >= (*g_1906)) < g_27[g_2022]) , 0x0D2EL), 0x4078L)) && 0x31B1L), 0xB8L)) > l_3083) < 0x6EL)) , &g_751)) == (void*)0) != 255UL)) | (*g_2061)) != l_3353) | l_3609))))) == 1UL) < l_3712), g_27[g_2022])) & 0x57BCL)))))
                { /* block id: 1808 */
                    uint8_t l_3725 = 251UL;
                    uint8_t *l_3734 = &g_1703;
                    union U1 l_3744 = {0x0B612165L};
                    int32_t *l_3753[7][9] = {{&l_3715,(void*)0,(void*)0,(void*)0,&l_3715,&g_136,&l_3392,&l_3510,&g_136},{&l_3403,&l_3744.f0,(void*)0,&g_1071,&l_3392,&g_136,&l_3510,&l_3392,&g_136},{&l_3392,&g_1071,(void*)0,&l_3744.f0,&l_3403,&l_3510,&l_3117[1],&l_3117[1],&l_3510},{&l_3392,&g_136,&l_3392,&g_136,&l_3392,&l_3510,(void*)0,&l_3031,&l_3510},{&l_3744.f0,&l_3248.f0,&l_3392,&l_3248.f0,&g_2,&l_3510,&l_3031,(void*)0,&l_3510},{&g_2,&l_3248.f0,&l_3392,&l_3248.f0,&l_3744.f0,&l_3510,&l_3117[1],&l_3117[1],&l_3510},{&l_3392,&g_136,&l_3392,&g_136,&l_3392,&l_3510,(void*)0,&l_3031,&l_3510}};
                    int i, j;
                    (**l_3538) = ((safe_rshift_func_int16_t_s_u((((((safe_mod_func_int32_t_s_s((((***g_3461) = ((safe_rshift_func_int8_t_s_s(((l_3722[8][8] == (void*)0) , (((safe_add_func_uint8_t_u_u(((l_3725 < 5L) & l_3634[3][3]), ((*l_3734) |= (l_3444 ^= (safe_mul_func_uint16_t_u_u(((l_3510 >= (safe_mul_func_int8_t_s_s(((**g_2060) = (safe_rshift_func_uint8_t_u_u(l_3732, 2))), l_3634[9][2]))) >= (safe_unary_minus_func_int32_t_s((&g_841 != &g_841)))), (**g_927))))))) | (*l_3429)) <= (*l_3429))), l_3735)) == l_3736)) & (*g_3428)), l_3417.f1)) && (*g_1906)) & l_3248.f1) && (***g_3461)) , (*****g_3159)), l_3448[4])) , (*g_2762));
                    for (g_1091 = 0; (g_1091 <= 7); g_1091 += 1)
                    { /* block id: 1816 */
                        if (l_3521)
                            break;
                    }
                    if (((safe_add_func_uint16_t_u_u(l_3353, l_3417.f0)) != (*g_354)))
                    { /* block id: 1819 */
                        if (l_3739)
                            break;
                        (***g_2046) = (l_3740 == g_2382);
                        (*g_103) |= ((void*)0 != l_3741);
                        l_3742[5] = &g_2045[0][0][2];
                    }
                    else
                    { /* block id: 1824 */
                        uint64_t ****l_3747 = &l_3114[3][4];
                        uint16_t *l_3749 = &g_2888;
                        uint8_t ****l_3769 = &g_3419[2];
                        int32_t l_3779 = 0x0A5ECC14L;
                        uint32_t l_3780 = 0x0BE1F805L;
                        int32_t l_3782 = (-1L);
                        l_3752 = (l_3744 , ((***g_2046) |= ((g_1231[2][4] != (safe_div_func_uint16_t_u_u(((l_3747 == (l_3748[3] , l_3747)) , ((*l_3749) &= l_3744.f1)), 0x05D7L))) && ((*l_3429) , (+(l_3751[1][0] == &g_1906))))));
                        if ((*g_3428))
                            continue;
                        l_3753[6][7] = ((***g_3460) = (**g_3461));
                        (*g_103) |= (safe_lshift_func_uint16_t_u_u(7UL, (((safe_add_func_uint32_t_u_u((l_3779 = ((safe_lshift_func_int16_t_s_u(((*****g_3159) = (l_3760 , (safe_lshift_func_uint16_t_u_u(0UL, 1)))), (((safe_mul_func_int16_t_s_s((~(((((safe_unary_minus_func_uint64_t_u((l_3167[2][7][1] = (l_3782 = ((*l_55) = (((safe_mul_func_int16_t_s_s((-1L), ((l_3769 = l_3674) == (void*)0))) == (safe_mul_func_uint16_t_u_u(((((((safe_lshift_func_uint16_t_u_u((((l_3634[0][3] , ((~(!(safe_sub_func_uint16_t_u_u(l_3778, (*l_3429))))) , 0xF01FB98CB253500FLL)) != l_3779) , l_3780), l_3781)) | 0x822D2CC9CF9F66B3LL) > 0x5DL) >= 0x20L) == 1UL) , 0UL), 65526UL))) < l_3782)))))) && l_3783) , l_3780) ^ l_3779) <= 0xEC6564A8E78851F2LL)), l_3521)) ^ l_3735) > (-4L)))) == l_3784)), 9UL)) && (*l_3429)) != l_3507)));
                    }
                }
                else
                { /* block id: 1839 */
                    uint16_t *l_3793[3][2] = {{&l_3448[2],&l_3448[2]},{&l_3448[2],&l_3448[2]},{&l_3448[2],&l_3448[2]}};
                    const union U1 *l_3794 = &g_433[0];
                    int32_t l_3797 = 0xA7F1A45CL;
                    int i, j;
                    for (g_2701 = 0; (g_2701 <= 3); g_2701 += 1)
                    { /* block id: 1842 */
                        (*g_2047) = (**g_2046);
                    }
                    if (((((safe_mul_func_uint8_t_u_u((safe_add_func_uint64_t_u_u(((*l_55) = ((safe_add_func_uint16_t_u_u((&l_3086[1] != (*g_2060)), ((safe_sub_func_int16_t_s_s(((**g_353) <= 0x85DD5760253180ECLL), (g_2888 = l_3536))) , ((((void*)0 != l_3794) , (***g_1205)) || (((*g_103) = (safe_lshift_func_int8_t_s_u(l_3650, 7))) ^ (**g_3202)))))) >= l_3797)), l_3797)), 0UL)) < (*g_928)) | (*l_3429)) < l_3507))
                    { /* block id: 1848 */
                        (*l_3052) = (*l_3052);
                    }
                    else
                    { /* block id: 1850 */
                        const int64_t l_3798 = 0x26D1C87DE39C36E4LL;
                        return l_3798;
                    }
                }
                for (g_1483 = 2; (g_1483 >= 0); g_1483 -= 1)
                { /* block id: 1856 */
                    const int32_t l_3815 = 0x476393FEL;
                    uint16_t *l_3822 = &g_73;
                    int32_t l_3823[1][6][5] = {{{(-1L),1L,0x84B2FB63L,0x83F8EB1FL,0x83F8EB1FL},{(-1L),1L,(-1L),0xCC2B4026L,1L},{0x83F8EB1FL,0x3E40942DL,0xCC2B4026L,0x83F8EB1FL,0xCC2B4026L},{0x83F8EB1FL,0x83F8EB1FL,0x84B2FB63L,1L,(-1L)},{(-1L),(-1L),0xCC2B4026L,0xCC2B4026L,(-1L)},{(-1L),0x3E40942DL,(-1L),(-1L),0xCC2B4026L}}};
                    uint8_t *l_3824[2];
                    int32_t * const *l_3825 = (void*)0;
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_3824[i] = &g_229;
                    if ((safe_mod_func_int16_t_s_s(((safe_add_func_uint8_t_u_u((safe_add_func_int64_t_s_s((safe_mod_func_int32_t_s_s(((safe_lshift_func_int8_t_s_s((-1L), ((~l_3810[1]) || ((safe_mod_func_int64_t_s_s(0x194767DF2E77F023LL, (safe_mod_func_uint64_t_u_u(18446744073709551607UL, 0xA41CFF0049F5B4B6LL)))) >= l_3815)))) || (safe_lshift_func_uint8_t_u_s((((**g_353) = ((safe_mul_func_uint8_t_u_u(((((safe_add_func_int16_t_s_s((l_3823[0][2][4] = ((****l_3238) = (((*l_3822) &= l_3687) & 0xCAFFL))), (l_3192.f0 |= (l_3824[0] == (*l_3741))))) , (****g_3460)) , l_3825) == g_3826), 0xC0L)) && l_3510)) ^ (*l_3429)), 3))), (*l_3429))), l_3815)), (*g_1112))) < 255UL), l_3521)))
                    { /* block id: 1862 */
                        (**g_2047) ^= (safe_rshift_func_uint8_t_u_s((*l_3429), 2));
                        g_3830[0]--;
                    }
                    else
                    { /* block id: 1865 */
                        int16_t l_3833 = 0xA881L;
                        int32_t l_3834 = 0x134DB07CL;
                        int32_t l_3835 = 0xC9CAACC5L;
                        int32_t l_3837 = 0x6238003EL;
                        int32_t l_3838 = 0xA0E6B8B9L;
                        uint64_t l_3839 = 1UL;
                        --l_3839;
                    }
                }
                for (l_3713 = 2; (l_3713 >= 0); l_3713 -= 1)
                { /* block id: 1871 */
                    return (*g_354);
                }
            }
            l_3167[1][1][2] &= ((l_3842 = ((*g_363) = l_3760)) , (safe_add_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u((((((((*g_2096) = (*l_3429)) | (safe_mul_func_int16_t_s_s(0x7FA7L, (safe_rshift_func_uint8_t_u_s(l_3851, 6))))) >= (l_3510 = (++(*l_3852)))) | (safe_mul_func_int8_t_s_s((*l_3429), l_3618))) < ((safe_lshift_func_uint8_t_u_u((l_3859 = l_3735), g_3860)) | ((safe_div_func_uint32_t_u_u(l_3687, (*l_3429))) > (****g_3460)))) , 65529UL), (****g_3160))), (*l_3429))));
            for (l_3507 = 0; l_3507 < 10; l_3507 += 1)
            {
                l_3575[l_3507] = 1L;
            }
        }
        else
        { /* block id: 1883 */
            return (*g_354);
        }
    }
    for (g_1090 = 18; (g_1090 < 25); g_1090++)
    { /* block id: 1889 */
        uint64_t l_3867 = 0x7D8DB2A3B8710146LL;
        int8_t *l_3870 = &g_1231[1][4];
        int32_t l_3883 = 0x4CCB68F4L;
        if (((l_3867 >= g_3868[6]) ^ ((!0xCFD652C1A4C04B92LL) && (((((void*)0 == l_3870) && (safe_lshift_func_uint8_t_u_u((**g_1111), 0))) , (((*g_363) = l_3842) , (*g_2061))) < l_3877))))
        { /* block id: 1893 */
            return (*g_354);
        }
        else
        { /* block id: 1895 */
            const int32_t *l_3880 = &g_6;
            l_3880 = (l_3878 = (****g_3459));
        }
        if ((****g_3460))
            break;
        (**g_2047) = (((safe_lshift_func_int16_t_s_u(((l_3867 > l_3867) & (((-1L) < (l_3883 = l_3867)) , l_3883)), 2)) > 0x85316888L) , (*g_3428));
    }
    l_3899 ^= (safe_add_func_uint32_t_u_u((*l_3878), ((safe_add_func_uint64_t_u_u((*l_3878), (&g_2061 == (l_3888[3][0][2] = ((*l_3890) = l_3888[1][0][0]))))) != ((safe_mod_func_uint64_t_u_u(((((*g_2061) && ((*l_3894) = ((void*)0 == &l_3859))) , (-1L)) && ((((safe_add_func_int8_t_s_s((((**g_1905) && 0xE134064D698DF721LL) || l_3897), (**g_1111))) || (**g_2047)) | l_3898) , (*g_2061))), 0x090E9F4F8E70AE57LL)) & (**g_1905)))));
    return (*l_3878);
}


/* ------------------------------------------ */
/* 
 * reads : g_867 g_563 g_1091 g_1500 g_438 g_80 g_927 g_928 g_848 g_768 g_1482 g_1560 g_353 g_354 g_56 g_856 g_674 g_232 g_1111 g_1112 g_709.f1 g_865 g_1336 g_104 g_1231 g_1648 g_1554 g_1677 g_1699 g_1703 g_27 g_841.f0 g_864 g_187 g_1695 g_1412 g_7 g_1483 g_854 g_73 g_103 g_1414 g_1905 g_512 g_849 g_1906 g_79 g_177 g_1416 g_363 g_108 g_1987 g_229 g_1999 g_2061 g_108.f0 g_2092 g_2060 g_198 g_2047 g_2182 g_2046 g_2093 g_788 g_789 g_2096 g_318 g_2265 g_2302 g_1090 g_2019 g_161 g_1998 g_862 g_2044 g_2045 g_2762 g_1484 g_2094 g_87 g_2878 g_2886 g_2888 g_2882 g_2943 g_2382 g_2095
 * writes: g_867 g_438 g_1416 g_1091 g_1335 g_768 g_1500 g_1090 g_856 g_80 g_1553 g_1560 g_563 g_1412 g_848 g_865 g_104 g_1029 g_323 g_1677 g_56 g_553 g_1699 g_1703 g_841.f0 g_103 g_108.f0 g_1336 g_232 g_27 g_864 g_187 g_1483 g_73 g_433.f0 g_512 g_1927 g_1071 g_849 g_136 g_177 g_593 g_1999 g_2022 g_198 g_2093 g_296 g_87 g_318 g_854 g_2096 g_2019 g_862 g_2762 g_1484 g_229 g_2833 g_1698 g_1482 g_1987 g_674 g_2882 g_2943 g_242
 */
static uint64_t  func_12(int32_t  p_13, int64_t  p_14, uint16_t  p_15, uint64_t  p_16)
{ /* block id: 699 */
    int64_t l_1491 = 0x6A07BEA720E51465LL;
    int32_t l_1493[9][7] = {{(-7L),0L,1L,0L,0L,0xDB0D209EL,1L},{0xA7EBB20EL,0xB30CB0BFL,0xF5BFDB0EL,1L,(-7L),0x6AD6D601L,0x6AD6D601L},{0xF5BFDB0EL,0xE58D4B27L,1L,0xE58D4B27L,0xF5BFDB0EL,0xDAC08493L,0xFA030427L},{0xFA030427L,0xE58D4B27L,1L,0L,0L,1L,(-7L)},{0xE58D4B27L,0xB30CB0BFL,0L,0xE4987F9EL,1L,1L,0xE4987F9EL},{0xFA030427L,0L,0xFA030427L,1L,0xDB0D209EL,0xB30CB0BFL,0xE4987F9EL},{0xF5BFDB0EL,(-6L),1L,0xDAC08493L,0xE4987F9EL,0xFA030427L,(-7L)},{0xA7EBB20EL,0xFA030427L,0xB30CB0BFL,(-6L),(-6L),0xB30CB0BFL,0xFA030427L},{(-7L),0L,1L,0xA7EBB20EL,(-6L),1L,0x6AD6D601L}};
    int8_t l_1559 = (-5L);
    uint8_t *l_1621[10];
    union U0 l_1645 = {7L};
    const int64_t **l_1646 = (void*)0;
    const int32_t *l_1655 = (void*)0;
    const int32_t * const *l_1654 = &l_1655;
    const int32_t * const **l_1653 = &l_1654;
    int32_t l_1675 = 0x70903404L;
    int32_t *l_1764 = &g_7;
    uint64_t l_1778 = 0x9D2D47A8062925C5LL;
    int16_t ***l_1798 = &g_927;
    uint64_t **l_1811 = (void*)0;
    int16_t l_1820 = 8L;
    union U0 l_1824 = {4L};
    union U1 l_1828[10] = {{-1L},{0xD961D04AL},{-1L},{-1L},{-1L},{-1L},{0xD961D04AL},{-1L},{-1L},{-1L}};
    union U0 ** const l_1844 = &g_363;
    uint8_t ***l_1923 = &g_1029;
    uint8_t ***l_1924[5][7][3] = {{{(void*)0,&g_1648[3][0][0],&g_1648[3][0][0]},{(void*)0,&g_1648[2][1][0],&g_1648[2][1][0]},{(void*)0,&g_1648[3][0][0],&g_1648[3][0][0]},{(void*)0,&g_1648[2][1][0],&g_1648[2][1][0]},{(void*)0,&g_1648[3][0][0],&g_1648[3][0][0]},{(void*)0,&g_1648[2][1][0],&g_1648[2][1][0]},{(void*)0,&g_1648[3][0][0],&g_1648[3][0][0]}},{{(void*)0,&g_1648[2][1][0],&g_1648[2][1][0]},{(void*)0,&g_1648[3][0][0],&g_1648[3][0][0]},{(void*)0,&g_1648[2][1][0],&g_1648[2][1][0]},{(void*)0,&g_1648[3][0][0],&g_1648[3][0][0]},{(void*)0,&g_1648[2][1][0],&g_1648[2][1][0]},{(void*)0,&g_1648[3][0][0],&g_1648[3][0][0]},{(void*)0,&g_1648[2][1][0],&g_1648[2][1][0]}},{{&g_1648[3][0][0],&g_1029,&g_1029},{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]},{&g_1648[3][0][0],&g_1029,&g_1029},{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]},{&g_1648[3][0][0],&g_1029,&g_1029},{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]},{&g_1648[3][0][0],&g_1029,&g_1029}},{{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]},{&g_1648[3][0][0],&g_1029,&g_1029},{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]},{&g_1648[3][0][0],&g_1029,&g_1029},{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]},{&g_1648[3][0][0],&g_1029,&g_1029},{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]}},{{&g_1648[3][0][0],&g_1029,&g_1029},{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]},{&g_1648[3][0][0],&g_1029,&g_1029},{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]},{&g_1648[3][0][0],&g_1029,&g_1029},{&g_1648[2][1][0],&g_1648[1][1][2],&g_1648[1][1][2]},{&g_1648[3][0][0],&g_1029,&g_1029}}};
    uint8_t l_2002 = 254UL;
    int32_t l_2015 = 5L;
    uint8_t l_2072 = 0xEBL;
    int16_t l_2083[4][7][2] = {{{0x276DL,0xDFD3L},{0L,0x6CD9L},{6L,0L},{0x9AB2L,0x67F1L},{0x9AB2L,0L},{6L,0x6CD9L},{0L,0xDFD3L}},{{0x276DL,3L},{6L,0xA44FL},{0xA44FL,0xDFD3L},{0x0CA7L,0x9AB2L},{6L,0x0CA7L},{(-10L),0x67F1L},{0x6CD9L,0L}},{{6L,(-10L)},{0L,0xDFD3L},{3L,0x276DL},{6L,0x276DL},{3L,0xDFD3L},{0L,(-10L)},{6L,0L}},{{0x6CD9L,0x67F1L},{(-10L),0x0CA7L},{6L,0x9AB2L},{0x0CA7L,0xDFD3L},{0xA44FL,0xA44FL},{6L,3L},{0x276DL,0xDFD3L}}};
    uint16_t ** const l_2105 = &g_297;
    uint16_t l_2254[4] = {0x6ED4L,0x6ED4L,0x6ED4L,0x6ED4L};
    uint8_t l_2297[6][1] = {{250UL},{1UL},{250UL},{250UL},{1UL},{250UL}};
    uint32_t **l_2306 = &g_2096;
    uint32_t **l_2307 = (void*)0;
    uint32_t *l_2309 = &g_87[6][0];
    uint32_t **l_2308 = &l_2309;
    uint32_t *l_2310[1];
    uint32_t **l_2311 = (void*)0;
    uint32_t *l_2313[3][9][9] = {{{(void*)0,(void*)0,(void*)0,(void*)0,&g_849[1],&g_849[1],(void*)0,&g_849[1],&g_849[1]},{(void*)0,(void*)0,(void*)0,(void*)0,&g_849[1],&g_849[1],(void*)0,&g_849[1],&g_849[1]},{(void*)0,(void*)0,(void*)0,(void*)0,&g_849[1],&g_849[1],(void*)0,&g_849[1],&g_849[1]},{(void*)0,(void*)0,(void*)0,(void*)0,&g_849[1],&g_849[1],(void*)0,&g_849[1],&g_849[1]},{(void*)0,(void*)0,(void*)0,(void*)0,&g_849[1],&g_849[1],(void*)0,&g_849[1],&g_849[1]},{(void*)0,(void*)0,(void*)0,(void*)0,&g_849[1],&g_849[1],(void*)0,&g_849[1],&g_849[1]},{(void*)0,(void*)0,(void*)0,(void*)0,&g_849[1],&g_849[1],(void*)0,&g_849[1],&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]}},{{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]}},{{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]},{(void*)0,&g_187,&g_187,(void*)0,&g_87[0][3],(void*)0,(void*)0,(void*)0,&g_87[0][3]}}};
    uint32_t **l_2312 = &l_2313[0][6][5];
    uint32_t *l_2315 = (void*)0;
    uint32_t **l_2314 = &l_2315;
    int8_t *l_2318[8][3][9] = {{{&g_864,&g_841.f0,&l_1559,(void*)0,&g_1231[1][2],&g_864,&g_864,&g_864,&g_1231[1][2]},{&g_1231[1][4],&l_1645.f0,&l_1559,&g_1090,&l_1824.f0,&g_841.f0,&g_1090,(void*)0,&l_1824.f0},{&g_1231[1][4],&g_232,&g_232,&g_841.f0,&g_232,&l_1559,&g_1231[1][4],&l_1559,&g_232}},{{&l_1559,&l_1559,&l_1559,&l_1559,&l_1824.f0,(void*)0,&g_1090,&g_841.f0,&l_1824.f0},{&l_1559,&g_232,&g_864,&g_841.f0,(void*)0,&l_1559,&l_1559,&l_1559,(void*)0},{&l_1559,&l_1645.f0,&l_1559,&g_1090,&l_1824.f0,&g_841.f0,&g_1090,(void*)0,&l_1824.f0}},{{&g_1231[1][4],&g_232,&g_232,&g_841.f0,&g_232,&l_1559,&g_1231[1][4],&l_1559,&g_232},{&l_1559,&l_1559,&l_1559,&l_1559,&l_1824.f0,(void*)0,&g_1090,&g_841.f0,&l_1824.f0},{&l_1559,&g_232,&g_864,&g_841.f0,(void*)0,&l_1559,&l_1559,&l_1559,(void*)0}},{{&l_1559,&l_1645.f0,&l_1559,&g_1090,&l_1824.f0,&g_841.f0,&g_1090,(void*)0,&l_1824.f0},{&g_1231[1][4],&g_232,&g_232,&g_841.f0,&g_232,&l_1559,&g_1231[1][4],&l_1559,&g_232},{&l_1559,&l_1559,&l_1559,&l_1559,&l_1824.f0,(void*)0,&g_1090,&g_841.f0,&l_1824.f0}},{{&l_1559,&g_232,&g_864,&g_841.f0,(void*)0,&l_1559,&l_1559,&l_1559,(void*)0},{&l_1559,&l_1645.f0,&l_1559,&g_1090,&l_1824.f0,&g_841.f0,&g_1090,(void*)0,&l_1824.f0},{&g_1231[1][4],&g_232,&g_232,&g_841.f0,&g_232,&l_1559,&g_1231[1][4],&l_1559,&g_232}},{{&l_1559,&l_1559,&l_1559,&l_1559,&l_1824.f0,(void*)0,&g_1090,&g_841.f0,&l_1824.f0},{&l_1559,&g_232,&g_864,&g_841.f0,(void*)0,&l_1559,&l_1559,&l_1559,(void*)0},{&l_1559,&l_1645.f0,&l_1559,&g_1090,&l_1824.f0,&g_841.f0,&g_1090,(void*)0,&l_1824.f0}},{{&g_1231[1][4],&g_232,&g_232,&g_841.f0,&g_232,&l_1559,&g_1231[1][4],&l_1559,&g_232},{&l_1559,&l_1559,&l_1559,&l_1559,&l_1824.f0,(void*)0,&g_1090,&g_841.f0,&l_1824.f0},{&l_1559,&g_232,&g_864,&g_841.f0,(void*)0,&l_1559,&l_1559,&l_1559,(void*)0}},{{&l_1559,&l_1645.f0,&l_1559,&g_1090,&l_1824.f0,&g_841.f0,&g_1090,(void*)0,&l_1824.f0},{&g_1231[1][4],&g_232,&l_1824.f0,&g_232,&g_1231[0][7],(void*)0,&g_232,(void*)0,&g_1231[0][7]},{&l_1645.f0,&g_841.f0,&g_841.f0,&l_1645.f0,&g_1231[1][4],(void*)0,&l_1559,&l_1824.f0,&g_1231[1][4]}}};
    int8_t l_2324 = 0xAAL;
    int32_t ****l_2431 = (void*)0;
    uint16_t l_2460 = 4UL;
    uint16_t l_2478 = 0xBE96L;
    const uint32_t l_2488 = 0UL;
    uint32_t * const **l_2498 = &g_242;
    uint32_t * const ***l_2497 = &l_2498;
    int32_t *** const l_2514 = &g_1553[1];
    union U1 *l_2642 = &l_1828[4];
    union U1 **l_2641 = &l_2642;
    int32_t l_2702 = (-10L);
    union U1 ****l_2766 = &g_1184;
    union U1 **** const *l_2765 = &l_2766;
    const union U1 *l_2771 = &l_1828[3];
    const union U1 **l_2770 = &l_2771;
    const union U1 ***l_2769 = &l_2770;
    const union U1 ****l_2768 = &l_2769;
    const union U1 *****l_2767 = &l_2768;
    uint32_t l_2786 = 0xEB9DF2DCL;
    uint32_t l_2895[1][6] = {{7UL,0xE1DEAADFL,0xE1DEAADFL,7UL,0xE1DEAADFL,0xE1DEAADFL}};
    int i, j, k;
    for (i = 0; i < 10; i++)
        l_1621[i] = &g_229;
    for (i = 0; i < 1; i++)
        l_2310[i] = &g_87[5][1];
    for (g_867 = 0; (g_867 <= 7); g_867 += 1)
    { /* block id: 702 */
        int32_t *l_1489 = &g_438;
        int32_t l_1492[8][6] = {{0x9ABC1741L,0L,0x7C8857EBL,0x93494FC0L,0x7C8857EBL,0L},{9L,0x61F96D80L,0L,(-9L),0xC1DB5923L,0L},{9L,0x7C8857EBL,0xC1DB5923L,0x93494FC0L,0x59E646EDL,(-1L)},{0x9ABC1741L,0x7C8857EBL,0x61F96D80L,0xC02F1958L,0xC1DB5923L,0xC1DB5923L},{0x0795CEACL,0x61F96D80L,0x61F96D80L,0x0795CEACL,0x7C8857EBL,(-1L)},{0x93494FC0L,0L,0xC1DB5923L,0x0795CEACL,(-1L),0L},{0x0795CEACL,(-1L),0L,0xC02F1958L,(-1L),0L},{0x9ABC1741L,0L,0x7C8857EBL,0x93494FC0L,0x7C8857EBL,0L}};
        uint16_t **l_1520 = &g_297;
        uint8_t l_1527 = 0x8DL;
        union U1 *l_1544[5][10][3] = {{{(void*)0,&g_709,(void*)0},{&g_433[0],&g_709,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_709,&g_709,&g_709},{&g_433[0],(void*)0,&g_433[0]},{&g_709,&g_433[0],(void*)0},{(void*)0,(void*)0,(void*)0},{&g_433[0],&g_709,(void*)0},{(void*)0,&g_433[0],(void*)0},{&g_433[0],(void*)0,&g_433[0]}},{{&g_433[0],&g_433[0],&g_709},{(void*)0,(void*)0,(void*)0},{&g_709,&g_433[0],(void*)0},{&g_709,&g_709,(void*)0},{&g_709,(void*)0,(void*)0},{&g_709,&g_433[0],&g_709},{(void*)0,(void*)0,&g_709},{&g_433[0],&g_709,&g_709},{&g_433[0],(void*)0,(void*)0},{(void*)0,&g_709,(void*)0}},{{&g_433[0],&g_709,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_709,&g_709,&g_709},{&g_433[0],(void*)0,&g_433[0]},{&g_709,&g_433[0],(void*)0},{(void*)0,(void*)0,(void*)0},{&g_433[0],&g_709,(void*)0},{(void*)0,&g_433[0],(void*)0},{&g_433[0],(void*)0,&g_433[0]},{&g_433[0],&g_433[0],&g_709}},{{(void*)0,(void*)0,(void*)0},{&g_709,&g_433[0],(void*)0},{&g_709,&g_709,(void*)0},{&g_709,(void*)0,(void*)0},{&g_709,&g_433[0],&g_709},{(void*)0,(void*)0,&g_709},{&g_433[0],&g_709,&g_709},{&g_433[0],(void*)0,(void*)0},{(void*)0,&g_709,(void*)0},{&g_433[0],&g_709,(void*)0}},{{(void*)0,&g_433[0],&g_433[0]},{(void*)0,&g_433[0],&g_433[0]},{(void*)0,&g_433[0],(void*)0},{(void*)0,(void*)0,&g_709},{(void*)0,&g_709,&g_709},{&g_433[0],&g_433[0],&g_709},{&g_433[0],(void*)0,&g_709},{&g_433[0],&g_433[0],(void*)0},{&g_433[0],&g_709,&g_433[0]},{(void*)0,&g_433[0],&g_433[0]}}};
        int64_t l_1623 = 9L;
        union U0 *l_1657[3];
        int16_t l_1711 = (-7L);
        int16_t *l_1727 = &g_865;
        uint64_t **l_1813 = (void*)0;
        const uint32_t l_1831 = 0x519CFEC0L;
        const int32_t *l_1832 = &l_1492[4][1];
        int16_t ***l_1845 = &g_927;
        union U1 **l_1848[8][7][4] = {{{(void*)0,(void*)0,&l_1544[0][4][2],&l_1544[3][3][0]},{&l_1544[0][4][2],&l_1544[1][7][1],&l_1544[0][4][2],(void*)0},{&l_1544[0][4][2],&l_1544[4][3][2],&l_1544[0][4][2],&l_1544[4][7][0]},{&l_1544[0][4][2],&l_1544[0][3][1],&l_1544[0][4][2],(void*)0},{(void*)0,(void*)0,&l_1544[4][9][0],&l_1544[3][0][2]},{&l_1544[4][9][0],&l_1544[3][0][2],&l_1544[3][2][2],&l_1544[0][4][2]},{&l_1544[4][1][0],(void*)0,(void*)0,(void*)0}},{{&l_1544[0][4][2],&l_1544[0][4][2],(void*)0,&l_1544[0][4][2]},{&l_1544[4][4][1],&l_1544[0][4][2],(void*)0,&l_1544[0][4][2]},{&l_1544[0][3][1],(void*)0,(void*)0,&l_1544[0][3][1]},{(void*)0,&l_1544[3][0][2],&l_1544[0][4][2],(void*)0},{(void*)0,&l_1544[4][7][0],&l_1544[3][3][0],(void*)0},{(void*)0,&l_1544[4][9][0],&l_1544[0][4][2],(void*)0},{&l_1544[0][4][2],&l_1544[4][7][0],&l_1544[0][1][2],(void*)0}},{{&l_1544[0][4][2],&l_1544[3][0][2],&l_1544[4][4][1],&l_1544[0][3][1]},{&l_1544[0][4][2],(void*)0,&l_1544[0][4][2],&l_1544[0][4][2]},{(void*)0,&l_1544[0][4][2],&l_1544[0][3][1],&l_1544[0][4][2]},{&l_1544[4][6][0],&l_1544[0][4][2],&l_1544[0][4][2],(void*)0},{&l_1544[4][7][0],(void*)0,&l_1544[2][2][1],&l_1544[0][4][2]},{(void*)0,&l_1544[3][0][2],&l_1544[0][4][2],&l_1544[3][0][2]},{&l_1544[0][0][2],(void*)0,&l_1544[3][0][2],(void*)0}},{{(void*)0,&l_1544[0][3][1],&l_1544[0][4][2],&l_1544[4][7][0]},{&l_1544[0][4][2],&l_1544[4][3][2],&l_1544[3][0][2],(void*)0},{&l_1544[0][4][2],&l_1544[1][7][1],&l_1544[0][4][2],&l_1544[3][3][0]},{(void*)0,(void*)0,&l_1544[3][0][2],&l_1544[0][4][2]},{&l_1544[0][0][2],&l_1544[0][4][2],&l_1544[0][4][2],&l_1544[4][6][0]},{(void*)0,&l_1544[0][4][2],&l_1544[2][2][1],&l_1544[1][7][1]},{&l_1544[4][7][0],&l_1544[2][2][1],&l_1544[0][4][2],&l_1544[0][0][2]}},{{&l_1544[4][6][0],&l_1544[0][4][2],&l_1544[0][3][1],&l_1544[0][4][2]},{(void*)0,&l_1544[3][3][0],&l_1544[0][4][2],&l_1544[0][4][2]},{&l_1544[0][4][2],&l_1544[0][4][2],&l_1544[4][4][1],&l_1544[4][1][0]},{&l_1544[0][4][2],&l_1544[0][4][2],&l_1544[0][1][2],&l_1544[3][0][2]},{&l_1544[0][4][2],(void*)0,&l_1544[0][4][2],&l_1544[0][1][2]},{(void*)0,(void*)0,&l_1544[3][3][0],&l_1544[3][0][2]},{(void*)0,&l_1544[0][4][2],&l_1544[0][4][2],&l_1544[4][1][0]}},{{(void*)0,&l_1544[0][4][2],(void*)0,&l_1544[0][4][2]},{&l_1544[0][3][1],&l_1544[3][3][0],(void*)0,&l_1544[0][4][2]},{&l_1544[4][4][1],&l_1544[0][4][2],(void*)0,&l_1544[0][0][2]},{&l_1544[0][4][2],&l_1544[2][2][1],(void*)0,&l_1544[1][7][1]},{&l_1544[4][1][0],&l_1544[0][4][2],&l_1544[3][2][2],&l_1544[4][6][0]},{&l_1544[4][9][0],&l_1544[0][4][2],(void*)0,&l_1544[0][4][2]},{&l_1544[0][4][2],&l_1544[4][6][0],&l_1544[4][4][1],&l_1544[0][4][2]}},{{(void*)0,&l_1544[0][4][2],&l_1544[0][4][2],&l_1544[4][6][0]},{&l_1544[0][4][2],&l_1544[3][0][2],&l_1544[0][4][2],&l_1544[0][4][2]},{(void*)0,&l_1544[0][4][2],&l_1544[4][4][1],(void*)0},{&l_1544[0][4][2],&l_1544[0][4][2],(void*)0,&l_1544[1][7][1]},{(void*)0,&l_1544[1][7][1],&l_1544[0][4][2],&l_1544[0][4][2]},{&l_1544[3][7][1],&l_1544[0][4][2],&l_1544[3][0][2],&l_1544[0][4][2]},{&l_1544[3][2][2],&l_1544[1][9][1],(void*)0,&l_1544[0][1][2]}},{{&l_1544[4][9][2],&l_1544[3][2][2],&l_1544[0][4][2],(void*)0},{&l_1544[0][4][2],&l_1544[0][3][1],&l_1544[0][3][1],&l_1544[0][4][2]},{&l_1544[3][0][2],&l_1544[0][4][2],&l_1544[1][9][1],&l_1544[0][4][2]},{(void*)0,&l_1544[0][4][2],&l_1544[0][4][2],(void*)0},{&l_1544[0][3][1],(void*)0,&l_1544[0][4][2],(void*)0},{&l_1544[2][2][1],&l_1544[0][4][2],(void*)0,&l_1544[0][4][2]},{&l_1544[3][3][0],&l_1544[0][4][2],&l_1544[4][9][2],&l_1544[0][4][2]}}};
        union U1 ***l_1847 = &l_1848[3][1][0];
        int32_t l_1888 = 0xFA8062D4L;
        int32_t l_1889 = 0x6343BE94L;
        uint32_t l_1910 = 0xE9A0DC21L;
        uint32_t *l_1955[7] = {&g_849[0],&g_849[0],&g_87[6][0],&g_849[0],&g_849[0],&g_87[6][0],&g_849[0]};
        int32_t l_2067 = 0xBD6B0A8FL;
        uint64_t l_2181[1][3][3] = {{{0xBCC7730E38DA67AALL,1UL,1UL},{0xBCC7730E38DA67AALL,1UL,1UL},{0xBCC7730E38DA67AALL,1UL,1UL}}};
        union U0 **l_2203 = &l_1657[2];
        union U0 ***l_2202 = &l_2203;
        union U1 *** const * const *l_2223 = (void*)0;
        uint16_t l_2260[8] = {0xE135L,65535UL,65535UL,0xE135L,65535UL,65535UL,0xE135L,65535UL};
        uint16_t l_2267 = 6UL;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_1657[i] = &g_108;
        if (((*l_1489) = g_563[g_867]))
        { /* block id: 704 */
            int8_t l_1494 = 0x9EL;
            int32_t l_1495 = 1L;
            int32_t l_1496 = 0x74BF8828L;
            int32_t l_1497 = 7L;
            int32_t l_1498 = (-7L);
            int32_t l_1499 = (-2L);
            int32_t l_1505 = (-1L);
            uint64_t ***l_1526 = &g_353;
            uint64_t ****l_1525 = &l_1526;
            for (g_1416 = 0; (g_1416 <= 7); g_1416 += 1)
            { /* block id: 707 */
                int32_t *l_1490[5] = {&g_1412,&g_1412,&g_1412,&g_1412,&g_1412};
                uint16_t * const *l_1519 = (void*)0;
                int8_t *l_1523 = (void*)0;
                int8_t *l_1524 = &g_1090;
                int i;
                for (g_1091 = 2; (g_1091 <= 7); g_1091 += 1)
                { /* block id: 710 */
                    int i;
                    for (g_1335 = 3; (g_1335 >= 0); g_1335 -= 1)
                    { /* block id: 713 */
                        (*l_1489) = 0x7D6CC668L;
                    }
                    if (g_563[g_867])
                        continue;
                    for (g_768 = 0; (g_768 >= 0); g_768 -= 1)
                    { /* block id: 719 */
                        int i;
                        if (g_563[g_1091])
                            break;
                    }
                }
                ++g_1500;
                l_1497 ^= (safe_lshift_func_uint16_t_u_u(l_1491, ((l_1505 < (*l_1489)) == (((((*l_1524) = (safe_sub_func_int64_t_s_s(7L, ((((safe_rshift_func_int16_t_s_u((((safe_sub_func_int8_t_s_s((!((safe_add_func_int8_t_s_s(p_15, (safe_div_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((l_1519 == l_1520), (safe_lshift_func_uint8_t_u_s(p_13, 0)))), ((6UL != l_1493[2][4]) || l_1491))))) && p_13)), (-10L))) && 0x7128853520397862LL) >= p_16), 10)) <= 0x8569A2F4L) , l_1491) > g_80)))) , (void*)0) == l_1525) <= l_1496))));
            }
            return l_1527;
        }
        else
        { /* block id: 728 */
            int16_t l_1533 = 0x0CDAL;
            int32_t l_1558[1][1][6] = {{{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)}}};
            uint32_t *l_1624 = &g_187;
            const int32_t *l_1630 = &g_80;
            const int32_t **l_1629 = &l_1630;
            union U0 **l_1656[9][10] = {{(void*)0,&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0},{&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363},{&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0,&g_363},{(void*)0,&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0},{&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363},{&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0,&g_363},{(void*)0,&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0},{&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363,&g_363},{&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0,&g_363,(void*)0,(void*)0,&g_363}};
            int8_t l_1692 = (-1L);
            int8_t l_1710[3];
            int32_t ***l_1762 = (void*)0;
            int32_t ****l_1761 = &l_1762;
            uint64_t ***l_1812[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int32_t *l_1821 = (void*)0;
            int32_t *l_1822[2][3][9] = {{{(void*)0,&g_438,&g_6,&g_136,&g_136,&g_6,&g_438,(void*)0,&l_1558[0][0][2]},{&l_1558[0][0][3],(void*)0,(void*)0,&g_136,&g_2,&l_1558[0][0][2],(void*)0,&l_1492[3][2],&l_1493[0][0]},{&l_1558[0][0][2],&l_1493[7][4],&l_1493[0][0],&l_1493[7][4],&l_1558[0][0][3],&l_1493[7][4],&l_1493[0][0],&l_1493[7][4],&l_1558[0][0][2]}},{{&l_1558[0][0][4],&l_1493[7][4],&g_2,&g_2,&l_1558[0][0][3],(void*)0,(void*)0,&g_6,&g_6},{&l_1492[3][2],&g_6,&g_2,(void*)0,&g_2,&g_2,(void*)0,&g_2,&g_6},{&l_1558[0][0][4],&l_1558[0][0][3],(void*)0,(void*)0,&g_136,&g_2,&l_1558[0][0][2],(void*)0,&l_1492[3][2]}}};
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_1710[i] = 0xF3L;
            for (g_856 = 2; (g_856 <= 7); g_856 += 1)
            { /* block id: 731 */
                uint32_t l_1536 = 0x85326FB6L;
                int32_t *l_1567 = &l_1558[0][0][0];
                int64_t *l_1583 = &g_1413;
                uint8_t *l_1622[2][5][9] = {{{(void*)0,(void*)0,(void*)0,&l_1527,(void*)0,(void*)0,(void*)0,(void*)0,&l_1527},{&l_1527,&g_709.f1,&l_1527,(void*)0,(void*)0,&l_1527,&g_709.f1,&l_1527,(void*)0},{&l_1527,(void*)0,(void*)0,&l_1527,&g_709.f1,&l_1527,(void*)0,(void*)0,&l_1527},{(void*)0,(void*)0,&l_1527,(void*)0,(void*)0,(void*)0,(void*)0,&l_1527,(void*)0},{(void*)0,&g_709.f1,&l_1527,&l_1527,&g_709.f1,(void*)0,&g_709.f1,&l_1527,&l_1527}},{{(void*)0,(void*)0,(void*)0,&l_1527,(void*)0,(void*)0,(void*)0,(void*)0,&l_1527},{&l_1527,&g_709.f1,&l_1527,(void*)0,(void*)0,&l_1527,&g_709.f1,&l_1527,(void*)0},{&l_1527,(void*)0,(void*)0,&l_1527,&g_709.f1,&l_1527,(void*)0,(void*)0,&l_1527},{(void*)0,(void*)0,&l_1527,(void*)0,(void*)0,(void*)0,(void*)0,&l_1527,(void*)0},{(void*)0,&g_709.f1,&l_1527,&l_1527,&g_709.f1,(void*)0,&g_709.f1,&l_1527,&l_1527}}};
                const int32_t ***l_1631 = (void*)0;
                const int32_t ***l_1632 = &l_1629;
                int i, j, k;
                for (g_80 = 0; (g_80 <= 7); g_80 += 1)
                { /* block id: 734 */
                    const int64_t l_1549 = 0x9EF7C844D8E09902LL;
                    int64_t *l_1550 = &l_1491;
                    int32_t *l_1557 = &g_1412;
                    uint64_t l_1563 = 0xD455088972AF04E0LL;
                    int64_t **l_1582[4][10] = {{&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550},{&l_1550,&l_1550,(void*)0,&l_1550,&l_1550,(void*)0,&l_1550,&l_1550,(void*)0,&l_1550},{&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550},{&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550,&l_1550}};
                    int16_t ** const *l_1587 = &g_927;
                    int16_t ** const **l_1586 = &l_1587;
                    int16_t *l_1625 = (void*)0;
                    int16_t *l_1626 = (void*)0;
                    int16_t *l_1627 = &g_865;
                    int32_t *l_1628 = &g_104;
                    int i, j;
                    if ((((~((safe_sub_func_int8_t_s_s((l_1533 <= 1L), (safe_lshift_func_uint16_t_u_s(l_1536, p_14)))) > (!(safe_sub_func_int64_t_s_s(((*l_1550) = ((((safe_mod_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u((l_1544[0][4][2] != (void*)0), (safe_rshift_func_uint16_t_u_s(((p_13 != ((l_1536 || l_1536) > l_1549)) < 0L), (**g_927))))), l_1493[8][5])) || p_16) , g_1482) >= l_1491)), l_1493[0][0]))))) >= p_15) & l_1533))
                    { /* block id: 736 */
                        int32_t *l_1552 = &g_1414;
                        int32_t **l_1551[10][1][5] = {{{&l_1552,&l_1552,&l_1552,&l_1552,&l_1552}},{{&l_1552,&l_1552,&l_1552,&l_1552,&l_1552}},{{&l_1552,&l_1552,(void*)0,(void*)0,&l_1552}},{{&l_1552,&l_1552,&l_1552,&l_1552,&l_1552}},{{&l_1552,&l_1552,&l_1552,(void*)0,(void*)0}},{{(void*)0,(void*)0,&l_1552,&l_1552,&l_1552}},{{&l_1552,&l_1552,&l_1552,&l_1552,&l_1552}},{{(void*)0,(void*)0,(void*)0,&l_1552,&l_1552}},{{(void*)0,&l_1552,&l_1552,&l_1552,&l_1552}},{{&l_1552,&l_1552,&l_1552,(void*)0,&l_1552}}};
                        int32_t **l_1555 = (void*)0;
                        int32_t **l_1556[1];
                        int i, j, k;
                        for (i = 0; i < 1; i++)
                            l_1556[i] = (void*)0;
                        g_1553[1] = l_1551[0][0][1];
                        l_1557 = &p_13;
                        --g_1560;
                        l_1563--;
                    }
                    else
                    { /* block id: 741 */
                        int32_t **l_1566[4][4] = {{(void*)0,&g_103,(void*)0,&g_103},{(void*)0,&g_103,(void*)0,&g_103},{(void*)0,&g_103,(void*)0,&g_103},{(void*)0,&g_103,(void*)0,&g_103}};
                        int i, j;
                        l_1567 = &l_1493[6][1];
                    }
                    for (l_1533 = 0; (l_1533 <= 7); l_1533 += 1)
                    { /* block id: 746 */
                        uint16_t *l_1570[7][3][6];
                        int i, j, k;
                        for (i = 0; i < 7; i++)
                        {
                            for (j = 0; j < 3; j++)
                            {
                                for (k = 0; k < 6; k++)
                                    l_1570[i][j][k] = &g_1416;
                            }
                        }
                        (*l_1567) = (safe_lshift_func_uint16_t_u_s((++p_15), 1));
                        return (**g_353);
                    }
                    (*l_1489) &= (safe_lshift_func_uint8_t_u_s((safe_mod_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u((~(((g_563[g_856]--) , &g_5[0][0][1]) == (l_1583 = &g_1413))), 7)), (((safe_rshift_func_int16_t_s_u((*l_1567), ((void*)0 == l_1586))) , p_15) | p_13))), 4));
                    (*l_1628) ^= (p_14 < (safe_lshift_func_int8_t_s_s(((safe_lshift_func_int16_t_s_u((safe_sub_func_int8_t_s_s((!(((*l_1557) = ((*l_1550) = g_56)) && p_16)), (safe_lshift_func_uint16_t_u_u(p_14, (*l_1567))))), 5)) || (safe_unary_minus_func_int8_t_s(((safe_sub_func_uint16_t_u_u((+((*l_1627) ^= ((~(safe_rshift_func_uint8_t_u_s(((*l_1489) = (((!(((safe_div_func_int8_t_s_s(((g_674 , (+((((safe_add_func_uint32_t_u_u((((**g_927) = (((((void*)0 != &l_1491) != ((safe_mul_func_uint8_t_u_u((safe_add_func_int32_t_s_s(((*l_1557) = (((safe_div_func_uint16_t_u_u((safe_mod_func_int16_t_s_s((!(safe_div_func_uint16_t_u_u(0UL, p_15))), p_13)), (*l_1489))) , l_1621[7]) != l_1622[0][1][2])), (*l_1489))), l_1623)) & g_232)) < 0x922EAB45L) || p_15)) < 0xC6BEL), 0x3980EF8BL)) | (**g_1111)) , l_1558[0][0][2]) < 0xE3A9L))) > l_1559), p_15)) , l_1624) != (void*)0)) ^ 0UL) && 0x332B1CD502D607B0LL)), 6))) , l_1533))), p_15)) == p_16)))), g_1336)));
                }
                if (p_13)
                    continue;
                (*l_1632) = l_1629;
                if (((safe_add_func_uint16_t_u_u(((((safe_sub_func_uint8_t_u_u(p_15, (((safe_div_func_uint32_t_u_u((((safe_sub_func_uint8_t_u_u((((g_1231[1][6] <= ((p_14 & (safe_div_func_uint64_t_u_u(((safe_add_func_int16_t_s_s((l_1645 , (((*l_1489) <= 2L) <= (l_1646 != (void*)0))), (*l_1489))) , l_1558[0][0][1]), 1L))) != 1UL)) & (*g_928)) ^ p_16), 0UL)) > p_15) >= p_16), 0xBC239044L)) , p_16) , l_1558[0][0][1]))) < p_13) > 0x7E717D59L) && 0x18271112F595E551LL), 0xEC57L)) , g_674))
                { /* block id: 764 */
                    uint8_t l_1647 = 0x17L;
                    return l_1647;
                }
                else
                { /* block id: 766 */
                    if (p_14)
                    { /* block id: 767 */
                        uint8_t ***l_1649 = (void*)0;
                        uint8_t ***l_1650 = &g_1029;
                        (*l_1650) = g_1648[4][2][2];
                    }
                    else
                    { /* block id: 769 */
                        l_1567 = &p_13;
                        (*l_1489) = (safe_rshift_func_uint16_t_u_u(0x7694L, ((((void*)0 == l_1653) & 0xD0F15D75L) != 1L)));
                        return p_15;
                    }
                }
            }
            if ((((*g_1554) , (l_1657[2] = (void*)0)) == (void*)0))
            { /* block id: 777 */
                uint32_t l_1669 = 4UL;
                int32_t l_1672 = 0x0B6D3274L;
                int32_t l_1673 = 0x6CFEC848L;
                int32_t l_1674 = 0x35C9A467L;
                int32_t l_1676 = 0x3D71113AL;
                int64_t l_1693 = (-4L);
                for (g_323 = 0; (g_323 < 33); g_323 = safe_add_func_int8_t_s_s(g_323, 8))
                { /* block id: 780 */
                    int32_t *l_1660 = &g_709.f0;
                    int32_t *l_1661 = &l_1493[7][4];
                    int32_t *l_1662 = (void*)0;
                    int32_t *l_1663 = &g_104;
                    int32_t *l_1664 = &g_104;
                    int32_t *l_1665 = &g_438;
                    int32_t *l_1666 = &l_1492[5][3];
                    int32_t *l_1667 = (void*)0;
                    int32_t *l_1668[10][1][3] = {{{&l_1493[7][4],(void*)0,&g_1071}},{{&l_1558[0][0][1],&g_7,&l_1558[0][0][4]}},{{(void*)0,(void*)0,&g_7}},{{&g_1412,&l_1492[3][2],&l_1558[0][0][4]}},{{&g_1412,(void*)0,&l_1558[0][0][1]}},{{(void*)0,&g_1071,&l_1492[3][2]}},{{&l_1558[0][0][1],&g_1412,&l_1558[0][0][1]}},{{&l_1493[7][4],(void*)0,&l_1558[0][0][4]}},{{&g_7,(void*)0,&g_7}},{{&g_1071,&g_1412,&l_1558[0][0][4]}}};
                    uint64_t *l_1694 = &g_553[1][0];
                    int i, j, k;
                    l_1669++;
                    --g_1677;
                    if ((safe_add_func_int16_t_s_s(((safe_div_func_uint64_t_u_u(((*l_1694) = (g_1091 = (((**g_1111) , (*g_928)) | ((l_1558[0][0][1] ^= 0x28L) || (((!((-4L) != 0xBEL)) < (safe_sub_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u((0xB10C5D13L || (g_1677 > (p_14 <= ((!(((*g_354) = (safe_add_func_uint64_t_u_u(l_1676, 8L))) || g_856)) <= 0x09L)))), l_1692)), l_1693))) >= p_14))))), p_13)) <= 7UL), (*g_928))))
                    { /* block id: 787 */
                        int16_t l_1696 = 8L;
                        int32_t l_1697 = 0L;
                        --g_1699;
                    }
                    else
                    { /* block id: 789 */
                        int32_t l_1702 = (-9L);
                        int32_t **l_1706 = &l_1662;
                        g_1703--;
                        (*l_1706) = &p_13;
                    }
                    for (g_841.f0 = 2; (g_841.f0 >= 0); g_841.f0 -= 1)
                    { /* block id: 795 */
                        int32_t **l_1707 = &g_103;
                        (*l_1707) = &p_13;
                    }
                }
            }
            else
            { /* block id: 799 */
                int8_t *l_1708[8] = {&g_864,(void*)0,&g_864,(void*)0,&g_864,(void*)0,&g_864,(void*)0};
                int32_t l_1726 = 0xBE639E74L;
                int32_t *l_1728 = &g_104;
                int32_t *l_1729 = &g_709.f0;
                int32_t *l_1730[4];
                uint32_t l_1731 = 2UL;
                int i;
                for (i = 0; i < 4; i++)
                    l_1730[i] = &l_1493[8][1];
                if ((((g_108.f0 = (-1L)) == (~(p_16 && l_1710[0]))) && l_1711))
                { /* block id: 801 */
                    int32_t **l_1712 = &g_103;
                    (*l_1712) = &g_7;
                }
                else
                { /* block id: 803 */
                    int32_t l_1713 = 1L;
                    int8_t *l_1724 = &g_108.f0;
                    uint16_t *l_1725 = &g_1336;
                    if ((l_1713 ^ (safe_mul_func_uint16_t_u_u(((((((safe_rshift_func_uint16_t_u_u(((0xB7C8402EL ^ (safe_lshift_func_uint16_t_u_u((p_15 ^= ((*l_1725) = (((safe_mul_func_int8_t_s_s((-8L), (l_1710[0] != ((((void*)0 != l_1544[1][9][1]) == (-1L)) <= (safe_rshift_func_int8_t_s_u(5L, (&g_864 == l_1724))))))) , &g_1553[1]) != &l_1629))), l_1710[1]))) & p_13), l_1726)) , 0x1602E89871D70054LL) , l_1727) != (*g_927)) < (-9L)) >= p_14), p_16))))
                    { /* block id: 806 */
                        return p_13;
                    }
                    else
                    { /* block id: 808 */
                        return (**g_353);
                    }
                }
                --l_1731;
            }
            for (g_232 = 2; (g_232 <= (-6)); g_232 = safe_sub_func_int8_t_s_s(g_232, 4))
            { /* block id: 816 */
                int32_t l_1759 = 0xDE4EF00EL;
                union U1 **** const l_1767[3] = {&g_751,&g_751,&g_751};
                union U0 l_1787 = {-2L};
                int i;
                if ((l_1692 & p_15))
                { /* block id: 817 */
                    int32_t *l_1736 = &l_1558[0][0][1];
                    uint64_t *l_1739 = (void*)0;
                    uint64_t *l_1740 = &g_27[0];
                    uint64_t *l_1748[5] = {&g_1091,&g_1091,&g_1091,&g_1091,&g_1091};
                    int8_t *l_1760 = &g_864;
                    int i;
                    (*l_1736) |= ((*l_1489) = 0x447858F2L);
                    if (((0x844A76AE49F4B3CCLL == (**g_353)) >= (((safe_div_func_uint64_t_u_u(((*l_1740)++), ((p_14 , ((*l_1489) && (safe_mul_func_uint16_t_u_u((p_15 | p_13), ((+(g_841.f0 , (((l_1493[7][4] &= (safe_add_func_uint64_t_u_u((p_16 = 0x61D89795D246BE5CLL), ((safe_mul_func_int16_t_s_s((safe_rshift_func_int8_t_s_s(((*l_1760) ^= (safe_div_func_uint16_t_u_u((safe_sub_func_int8_t_s_s((safe_add_func_int64_t_s_s((p_15 & l_1558[0][0][1]), 1L)), l_1759)), p_15))), 5)), (*l_1736))) && l_1759)))) > 252UL) != 0x5BC9L))) || p_16))))) | p_15))) && l_1759) | 6UL)))
                    { /* block id: 824 */
                        int32_t *****l_1763 = &l_1761;
                        (*l_1763) = l_1761;
                        l_1736 = l_1764;
                    }
                    else
                    { /* block id: 827 */
                        if (p_16)
                            break;
                    }
                    (*l_1489) &= (((safe_add_func_int64_t_s_s(((l_1645 , &g_751) != l_1767[0]), (*g_354))) < 0x8FL) <= (safe_rshift_func_uint16_t_u_u((p_16 >= (p_13 ^= (((*l_1760) = p_15) > (safe_lshift_func_uint16_t_u_s((safe_div_func_int8_t_s_s((safe_add_func_uint8_t_u_u(((safe_div_func_int8_t_s_s(0L, l_1778)) != p_14), 0xA7L)), p_15)), p_14))))), 3)));
                    return (**g_353);
                }
                else
                { /* block id: 834 */
                    uint64_t l_1790[8] = {0x60C3573A5E0DFD74LL,0xB77354A32797CD1ELL,0x60C3573A5E0DFD74LL,0xB77354A32797CD1ELL,0x60C3573A5E0DFD74LL,0xB77354A32797CD1ELL,0x60C3573A5E0DFD74LL,0xB77354A32797CD1ELL};
                    uint16_t *l_1793 = &g_1560;
                    const uint64_t l_1794 = 0x297E5F0CCBF1BCDBLL;
                    int8_t *l_1795 = &l_1559;
                    int i;
                    p_13 = ((((-1L) && (safe_div_func_int8_t_s_s(((*l_1795) = ((p_13 <= ((safe_mod_func_int16_t_s_s(((*g_928) ^= (p_13 && (((*l_1793) = (safe_sub_func_int8_t_s_s((safe_mod_func_uint8_t_u_u(((*l_1489) |= (l_1787 , (((safe_mul_func_int8_t_s_s(p_14, l_1790[6])) < (((--(*l_1624)) | g_27[1]) , p_13)) & p_16))), p_13)), 1UL))) || 4UL))), l_1794)) == 1UL)) == 0x1F53F8F6A6EFD53ALL)), g_1695))) , g_187) < 0xC51D2AE4EEFEE7FDLL);
                }
            }
            (*l_1489) = (safe_mul_func_uint8_t_u_u(((l_1798 == (l_1645 , &g_927)) , (p_16 != (g_104 |= (safe_lshift_func_int8_t_s_s((safe_add_func_uint16_t_u_u(1UL, (safe_div_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_u((safe_sub_func_int8_t_s_s((((**g_353) = (safe_add_func_uint32_t_u_u(((l_1811 = l_1811) != l_1813), ((safe_mul_func_int8_t_s_s((safe_add_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s((*l_1489), ((void*)0 == &g_927))), p_16)), 1L)) & (-1L))))) || (*g_354)), p_14)), l_1820)) < (**g_1111)), (-7L))))), 6))))), 0UL));
        }
        if ((((void*)0 != (*g_353)) , ((safe_unary_minus_func_uint32_t_u(((255UL > (((((((l_1824 , (+((safe_lshift_func_uint16_t_u_u((((l_1828[8] , ((**g_1111) <= (safe_lshift_func_uint16_t_u_s(0x80A9L, l_1831)))) != p_15) != 0xACD0L), p_15)) , p_13))) != g_864) != 0UL) ^ 0x4A7EBA57C1404EDALL) & g_867) != g_1500) < (*g_354))) , g_1412))) >= g_1560)))
        { /* block id: 848 */
            int32_t *l_1835[7][4] = {{(void*)0,&l_1493[4][3],&l_1828[8].f0,&l_1828[8].f0},{(void*)0,(void*)0,&g_104,&g_136},{&g_104,&l_1828[8].f0,(void*)0,&l_1493[3][2]},{&l_1493[4][3],&g_1412,&l_1828[8].f0,(void*)0},{&l_1493[1][4],&g_1412,&l_1493[1][4],&l_1493[3][2]},{&g_1412,&l_1828[8].f0,&g_1071,&g_136},{&g_136,(void*)0,&l_1493[4][3],&l_1828[8].f0}};
            uint8_t l_1915[3];
            int i, j;
            for (i = 0; i < 3; i++)
                l_1915[i] = 255UL;
            l_1832 = (**l_1653);
            if ((((p_15 & (safe_div_func_int64_t_s_s((*l_1764), (-7L)))) >= 0xCB9795AA4E6AB11ELL) , (*l_1764)))
            { /* block id: 850 */
                int32_t **l_1836 = &g_103;
                (*l_1489) |= p_15;
                (*l_1836) = l_1835[0][3];
                for (g_1483 = 2; (g_1483 >= 0); g_1483 -= 1)
                { /* block id: 855 */
                    union U1 **l_1837 = &l_1544[0][4][2];
                    (*l_1837) = &l_1828[8];
                    for (g_864 = 0; (g_864 <= 2); g_864 += 1)
                    { /* block id: 859 */
                        int16_t *** const l_1846 = &g_927;
                        uint8_t **l_1849[1][8][1] = {{{&g_1030},{&l_1621[7]},{&g_1030},{&g_1030},{&l_1621[7]},{&g_1030},{&g_1030},{&l_1621[7]}}};
                        int32_t l_1850[4][2] = {{0x18F6DB45L,0x92A3685DL},{0x18F6DB45L,0x92A3685DL},{0x18F6DB45L,0x92A3685DL},{0x18F6DB45L,0x92A3685DL}};
                        int i, j, k;
                        l_1850[1][0] |= (g_563[g_867] , ((*l_1489) ^= (safe_div_func_int16_t_s_s((((g_27[g_1483] >= (((safe_sub_func_uint32_t_u_u(((safe_lshift_func_uint16_t_u_s((((0x922FF518L < (0L >= (((((void*)0 == l_1844) , l_1845) == l_1846) || g_27[g_864]))) == 0xF2L) == (**g_927)), (**g_927))) & g_854), 0xEA7847C5L)) , l_1847) != (void*)0)) , l_1849[0][3][0]) != (void*)0), 1L))));
                        if (p_16)
                            break;
                        if ((*l_1764))
                            continue;
                        return (*g_354);
                    }
                    for (g_1412 = 0; (g_1412 <= 7); g_1412 += 1)
                    { /* block id: 868 */
                        (*l_1836) = &p_13;
                        (*l_1836) = &p_13;
                    }
                }
            }
            else
            { /* block id: 873 */
                int32_t **l_1851 = (void*)0;
                uint16_t *l_1869 = &g_73;
                uint16_t *l_1872 = (void*)0;
                uint16_t *l_1873 = &g_1560;
                int8_t *l_1884 = (void*)0;
                int16_t *** const *l_1887 = (void*)0;
                int32_t *l_1909 = &g_433[0].f0;
                g_103 = &g_438;
                g_433[0].f0 = (safe_add_func_int16_t_s_s(((safe_mul_func_uint8_t_u_u((l_1828[8].f0 = (((*g_103) = (((void*)0 == &g_751) ^ (((safe_div_func_uint16_t_u_u(((*l_1873) |= ((p_16 , 0x18C7L) | (safe_add_func_uint16_t_u_u(((+65529UL) < (safe_lshift_func_uint8_t_u_u(0xCEL, 0))), (g_563[7] <= (safe_mod_func_uint64_t_u_u(((((**g_927) = (safe_rshift_func_uint16_t_u_u((safe_lshift_func_int8_t_s_u(p_13, ((p_14 = (((--(*l_1869)) <= p_16) & g_848)) != (*g_354)))), p_13))) | p_16) & 0L), 1L))))))), (*l_1489))) , l_1520) == &l_1872))) < p_13)), 0xB7L)) , p_13), p_13));
                if ((safe_mul_func_uint16_t_u_u(65535UL, ((safe_sub_func_int32_t_s_s(((safe_mul_func_uint16_t_u_u(((p_13 = p_13) && (safe_lshift_func_uint16_t_u_s((0UL > ((safe_unary_minus_func_int32_t_s(((p_13 ^ (!((p_15 , ((void*)0 != l_1884)) >= (safe_rshift_func_int8_t_s_u((l_1828[3] , ((*l_1489) = ((l_1887 = &l_1798) != (void*)0))), l_1888))))) & 7UL))) == (**g_1111))), l_1889))), (*g_928))) | 0UL), g_1414)) > (**g_927)))))
                { /* block id: 885 */
                    uint16_t l_1902 = 0x75FDL;
                    for (l_1559 = 0; (l_1559 <= 2); l_1559 += 1)
                    { /* block id: 888 */
                        int32_t l_1897 = 1L;
                        p_13 = ((~(((safe_sub_func_uint16_t_u_u(((8UL != ((*l_1873) ^= (safe_add_func_int32_t_s_s((safe_div_func_uint16_t_u_u((&g_1111 == &g_1648[2][2][2]), ((0UL > l_1897) , (safe_lshift_func_uint8_t_u_u((((safe_rshift_func_uint8_t_u_u((l_1902 = p_15), 3)) == (p_16 <= ((safe_div_func_uint8_t_u_u((0x556E70E6L > ((void*)0 != g_1905)), p_15)) >= (**g_353)))) , (**g_1111)), 4))))), 0x122056D9L)))) ^ 65535UL), 0x09E3L)) || 0x96E329D2483CCE17LL) & p_13)) , (-1L));
                        (*g_103) = (safe_rshift_func_uint8_t_u_s(p_13, 2));
                        l_1909 = &p_13;
                        return p_13;
                    }
                }
                else
                { /* block id: 896 */
                    const uint32_t l_1914 = 0x64352B5AL;
                    for (g_512 = 0; (g_512 <= 2); g_512 += 1)
                    { /* block id: 899 */
                        int32_t **l_1913 = &l_1835[5][2];
                        l_1910--;
                        (*l_1913) = &p_13;
                        if (l_1914)
                            break;
                    }
                }
            }
            if (l_1915[2])
                continue;
        }
        else
        { /* block id: 907 */
            uint32_t l_1916 = 1UL;
            uint8_t ***l_1925 = &g_1648[4][2][2];
            uint8_t ****l_1926 = (void*)0;
            int64_t **l_1928 = (void*)0;
            int64_t *l_1930 = &l_1623;
            int64_t **l_1929 = &l_1930;
            int32_t l_1931 = 0x2F95BFC9L;
            union U0 **l_1941[2];
            uint8_t *l_1967 = &g_318;
            int32_t l_1974 = (-1L);
            union U1 ****l_2010 = &l_1847;
            int32_t l_2038 = (-1L);
            int32_t l_2058 = 0x1D8E3796L;
            uint64_t l_2059 = 1UL;
            int32_t ** const *l_2078[4];
            int32_t ** const **l_2077[3];
            int32_t *l_2087 = &l_1492[5][4];
            int32_t *l_2173 = &l_1828[8].f0;
            const int32_t * const l_2236 = &g_861;
            uint16_t **l_2251 = &g_297;
            int i;
            for (i = 0; i < 2; i++)
                l_1941[i] = &g_361[1];
            for (i = 0; i < 4; i++)
                l_2078[i] = (void*)0;
            for (i = 0; i < 3; i++)
                l_2077[i] = &l_2078[2];
            l_1931 |= (l_1916 | (safe_mul_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u(((((safe_lshift_func_uint8_t_u_s(((l_1924[4][1][1] = l_1923) == (p_13 , (g_1927[1] = l_1925))), g_849[1])) , (*g_1905)) != ((*l_1929) = &g_177)) <= p_16), 2)), 0xC8L)));
            for (g_1071 = 0; (g_1071 <= 2); g_1071 += 1)
            { /* block id: 914 */
                uint16_t l_1971 = 0x8293L;
                int32_t l_1992 = 0x60AAC3EBL;
                union U1 ****l_2007 = &l_1847;
                int32_t l_2017[6];
                uint8_t ****l_2130 = &g_1927[0];
                int i;
                for (i = 0; i < 6; i++)
                    l_2017[i] = 1L;
                for (p_15 = 0; (p_15 <= 2); p_15 += 1)
                { /* block id: 917 */
                    union U1 **l_1933 = &l_1544[0][4][2];
                    union U0 **l_1940 = &l_1657[1];
                    union U0 ***l_1942 = &l_1941[0];
                    union U0 **l_1944[1][4] = {{&g_361[1],&g_361[1],&g_361[1],&g_361[1]}};
                    union U0 ***l_1943 = &l_1944[0][0];
                    int32_t l_1948 = 0x65BD0102L;
                    uint32_t *l_1951 = (void*)0;
                    int32_t ***l_1994[3][7] = {{&g_1553[0],&g_1553[2],&g_1553[2],&g_1553[0],&g_1553[3],&g_1553[0],&g_1553[2]},{&g_1553[1],&g_1553[1],&g_1553[2],&g_1553[1],&g_1553[2],&g_1553[1],&g_1553[1]},{&g_1553[1],&g_1553[2],&g_1553[1],&g_1553[2],&g_1553[1],&g_1553[1],&g_1553[2]}};
                    int32_t ****l_1993 = &l_1994[2][2];
                    int32_t l_1997[7][6] = {{1L,0xF62458ABL,0x93686F0BL,(-1L),0L,0xEB58A554L},{(-1L),0L,0xEB58A554L,0xFCD56AD1L,0xFCD56AD1L,0xEB58A554L},{0xFCD56AD1L,0xFCD56AD1L,0xEB58A554L,0L,(-1L),0xEB58A554L},{0L,(-1L),0xEB58A554L,(-1L),0L,0xEB58A554L},{(-1L),0L,0xEB58A554L,0xFCD56AD1L,0xFCD56AD1L,0xEB58A554L},{0xFCD56AD1L,0xFCD56AD1L,0xEB58A554L,0L,(-1L),0xEB58A554L},{0L,(-1L),0xEB58A554L,(-1L),0L,0xEB58A554L}};
                    int i, j, k;
                    if ((*l_1764))
                    { /* block id: 918 */
                        return (**g_353);
                    }
                    else
                    { /* block id: 920 */
                        int32_t **l_1932 = &g_103;
                        (*l_1932) = (void*)0;
                        l_1933 = (*l_1847);
                        (*l_1489) ^= (-4L);
                    }
                    if (((safe_div_func_uint16_t_u_u((safe_sub_func_int16_t_s_s(p_15, (safe_add_func_int16_t_s_s((((((((((*l_1489) & p_13) , l_1940) == ((*l_1943) = ((*l_1942) = l_1941[0]))) > g_104) != (**g_1905)) & ((safe_div_func_int16_t_s_s((~((((((p_13 >= (**g_353)) > p_14) <= g_177) & (*g_1906)) || l_1948) > 0L)), (*g_928))) <= p_16)) || p_15) == l_1948), 0x09D8L)))), l_1931)) ^ p_14))
                    { /* block id: 927 */
                        uint32_t **l_1952 = &l_1951;
                        uint32_t *l_1954 = &g_849[1];
                        uint32_t **l_1953[3];
                        int32_t **l_1961 = &g_103;
                        uint8_t *l_1966[9][7][4] = {{{&g_1703,(void*)0,&g_709.f1,&g_709.f1},{&l_1527,&g_709.f1,&l_1828[8].f1,&g_709.f1},{&l_1828[8].f1,&g_709.f1,&l_1527,&g_709.f1},{&g_709.f1,(void*)0,&g_1703,&l_1828[8].f1},{(void*)0,&g_1703,&g_1703,(void*)0},{(void*)0,&g_709.f1,&g_1703,(void*)0},{&g_709.f1,(void*)0,&l_1527,&l_1527}},{{&l_1828[8].f1,(void*)0,&l_1828[8].f1,&l_1527},{&l_1527,(void*)0,&g_709.f1,(void*)0},{&g_1703,&g_709.f1,(void*)0,(void*)0},{&g_1703,&g_1703,(void*)0,&l_1828[8].f1},{&g_1703,(void*)0,&g_709.f1,&g_709.f1},{&l_1527,&g_709.f1,&l_1828[8].f1,&g_709.f1},{&l_1828[8].f1,&g_709.f1,&l_1527,&g_709.f1}},{{&g_709.f1,(void*)0,&g_1703,&l_1828[8].f1},{(void*)0,&g_1703,&g_1703,(void*)0},{(void*)0,&g_709.f1,&g_1703,(void*)0},{&g_709.f1,(void*)0,&l_1527,&l_1527},{&l_1828[8].f1,(void*)0,&l_1828[8].f1,&l_1527},{&l_1527,(void*)0,&g_709.f1,(void*)0},{&g_1703,&g_709.f1,(void*)0,(void*)0}},{{&g_1703,&g_1703,(void*)0,&l_1828[8].f1},{&g_1703,(void*)0,&g_709.f1,&g_709.f1},{&l_1527,&g_709.f1,&l_1828[8].f1,&g_709.f1},{&l_1828[8].f1,&g_709.f1,&l_1527,&g_709.f1},{&g_709.f1,(void*)0,&g_1703,&l_1828[8].f1},{(void*)0,&g_1703,&g_1703,(void*)0},{(void*)0,&g_709.f1,&g_1703,(void*)0}},{{&g_709.f1,(void*)0,&l_1527,&l_1527},{&l_1828[8].f1,(void*)0,&l_1828[8].f1,&l_1527},{&l_1527,(void*)0,&g_709.f1,(void*)0},{&g_1703,&g_709.f1,(void*)0,(void*)0},{&g_1703,&g_1703,(void*)0,&l_1828[8].f1},{&g_1703,(void*)0,&g_709.f1,&g_709.f1},{&l_1527,&g_709.f1,&l_1828[8].f1,&g_709.f1}},{{&l_1828[8].f1,&g_709.f1,&l_1527,&g_709.f1},{&g_709.f1,(void*)0,&g_1703,&l_1828[8].f1},{(void*)0,&g_1703,&g_1703,&g_1703},{&g_1703,(void*)0,&l_1828[8].f1,(void*)0},{(void*)0,&g_1703,&g_1703,&g_709.f1},{&g_709.f1,(void*)0,&g_709.f1,&g_709.f1},{&g_1703,&g_1703,(void*)0,(void*)0}},{{&l_1828[8].f1,(void*)0,&g_1703,&g_1703},{&l_1527,&l_1527,&g_1703,&g_709.f1},{&l_1828[8].f1,&l_1527,(void*)0,(void*)0},{&g_1703,(void*)0,&g_709.f1,(void*)0},{&g_709.f1,(void*)0,&g_1703,(void*)0},{(void*)0,&l_1527,&l_1828[8].f1,&g_709.f1},{&g_1703,&l_1527,&l_1527,&g_1703}},{{&g_1703,(void*)0,&l_1828[8].f1,(void*)0},{(void*)0,&g_1703,&g_1703,&g_709.f1},{&g_709.f1,(void*)0,&g_709.f1,&g_709.f1},{&g_1703,&g_1703,(void*)0,(void*)0},{&l_1828[8].f1,(void*)0,&g_1703,&g_1703},{&l_1527,&l_1527,&g_1703,&g_709.f1},{&l_1828[8].f1,&l_1527,(void*)0,(void*)0}},{{&g_1703,(void*)0,&g_709.f1,(void*)0},{&g_709.f1,(void*)0,&g_1703,(void*)0},{(void*)0,&l_1527,&l_1828[8].f1,&g_709.f1},{&g_1703,&l_1527,&l_1527,&g_1703},{&g_1703,(void*)0,&l_1828[8].f1,(void*)0},{(void*)0,&g_1703,&g_1703,&g_709.f1},{&g_709.f1,(void*)0,&g_709.f1,&g_709.f1}}};
                        int i, j, k;
                        for (i = 0; i < 3; i++)
                            l_1953[i] = &l_1954;
                        (*l_1489) = (safe_sub_func_int16_t_s_s(p_16, (((l_1955[3] = ((*l_1952) = l_1951)) != l_1655) != (safe_add_func_int32_t_s_s(p_15, (p_13 = (+(--(*l_1954)))))))));
                        (*l_1961) = &g_438;
                        l_1931 &= (g_136 = (65526UL < ((((-4L) || ((*l_1832) > (safe_mul_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((((l_1967 = l_1966[6][1][3]) != &l_1527) ^ ((*l_1954) = ((((((*l_1489) = 1L) <= ((safe_add_func_int32_t_s_s(((p_14 == (+((((*g_354) = 0UL) > ((((((-10L) & p_15) | g_1416) ^ (*g_928)) >= p_13) ^ l_1948)) > 0xD9L))) < p_14), 1UL)) || p_16)) , p_14) || (**l_1961)) >= (-1L)))), 4)), p_13)))) , l_1971) < l_1948)));
                    }
                    else
                    { /* block id: 940 */
                        p_13 = ((safe_sub_func_uint8_t_u_u(l_1974, (((*g_363) , p_13) <= (safe_add_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_s(((safe_lshift_func_int16_t_s_s(((((*l_1930) = (((((*l_1489) = (((safe_lshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u(18446744073709551615UL, ((((l_1992 = ((safe_sub_func_uint8_t_u_u(g_1987, ((safe_lshift_func_int8_t_s_u(((safe_mod_func_int32_t_s_s(1L, (*l_1489))) , l_1916), 5)) <= ((*l_1727) = ((*l_1489) & 0x180F765C3B8218BFLL))))) > p_15)) <= 0x20L) < l_1931) & g_229))), (**g_927))) | p_14) & 0xDF90L)) && (*l_1489)) & 0xBFL) > 0x29L)) <= 0x4AFA10EFEB740A82LL) == 0x0E32B5C98A46BE71LL), l_1971)) <= p_15), 12)), 0x4E6667FEL))))) >= (*g_354));
                    }
                    (*l_1993) = &g_1553[1];
                    for (g_593 = 0; (g_593 <= 2); g_593 += 1)
                    { /* block id: 950 */
                        int32_t *l_1995 = (void*)0;
                        int32_t *l_1996[3][2];
                        int i, j;
                        for (i = 0; i < 3; i++)
                        {
                            for (j = 0; j < 2; j++)
                                l_1996[i][j] = &g_433[0].f0;
                        }
                        --g_1999;
                        ++l_2002;
                    }
                }
                for (g_177 = 2; (g_177 >= 0); g_177 -= 1)
                { /* block id: 957 */
                    union U1 *****l_2008 = (void*)0;
                    union U1 *****l_2009 = &l_2007;
                    int32_t l_2011 = 8L;
                    int32_t l_2016 = (-2L);
                    int32_t l_2018 = (-4L);
                    int32_t l_2020 = 0x4DD750FDL;
                    int32_t l_2021[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_2021[i] = (-9L);
                }
                for (g_2022 = 0; (g_2022 <= 2); g_2022 += 1)
                { /* block id: 987 */
                    int32_t *l_2064 = (void*)0;
                    int32_t *l_2065 = (void*)0;
                    int32_t *l_2066 = &l_2017[4];
                    int32_t *l_2068 = &l_2058;
                    int32_t l_2069 = 1L;
                    int32_t *l_2070 = &l_1931;
                    int32_t *l_2071[4][9] = {{&g_1071,&g_1412,&g_2,&l_1493[7][4],&g_2,&g_1412,&g_1071,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1493[7][4],&g_104,&l_2015,&g_1412,&l_2015,&g_104,&l_1493[7][4]},{&l_1493[7][4],&l_1493[7][4],&l_2038,&l_2017[5],(void*)0,(void*)0,&g_1412,(void*)0,&g_1412},{&l_1493[7][4],&g_1071,(void*)0,(void*)0,&g_1071,&l_1493[7][4],&l_2017[5],&g_2,(void*)0}};
                    int16_t *l_2084 = &g_198;
                    uint32_t **l_2086 = &l_1955[1];
                    uint32_t ***l_2085 = &l_2086;
                    uint16_t **l_2106 = (void*)0;
                    int32_t **l_2107 = &g_1554;
                    int16_t l_2129 = 1L;
                    int i, j;
                    l_2072--;
                    (*l_2085) = (((*l_2084) = (safe_mul_func_uint16_t_u_u(((l_2077[0] == (void*)0) >= (-1L)), (safe_rshift_func_uint8_t_u_u(((((**g_927) = (*l_1764)) != ((*l_1727) |= (l_2083[0][3][1] ^= ((safe_sub_func_int16_t_s_s((((&p_16 == &p_16) , p_16) != (249UL != ((*g_2061) <= 6L))), 0x68DCL)) < p_14)))) < (*l_2068)), 7))))) , (void*)0);
                    for (g_232 = 2; (g_232 >= 0); g_232 -= 1)
                    { /* block id: 996 */
                        int32_t ***l_2108 = &g_1553[1];
                        int32_t ***l_2109 = &l_2107;
                        union U1 l_2110 = {0x3C67E0A4L};
                        l_1832 = (l_2087 = &p_13);
                        (*l_2066) &= 0xF32EBBE8L;
                        if (p_16)
                            break;
                        (*l_2070) ^= ((*l_2066) = ((*l_2087) = (safe_rshift_func_int16_t_s_u((p_16 > (safe_rshift_func_uint8_t_u_s((((((*l_2084) &= (((void*)0 != g_2092) != ((safe_sub_func_int32_t_s_s((((safe_rshift_func_uint16_t_u_u(p_14, ((((((safe_lshift_func_int16_t_s_u(((***l_1845) = (safe_rshift_func_uint8_t_u_u(((l_2105 != l_2106) == (((l_1971 , (&g_1554 == ((*l_2109) = l_2107))) & 4UL) || p_16)), p_13))), p_13)) ^ p_13) || l_2017[2]) | p_15) >= (**g_2060)) ^ 0x9A23516FL))) <= 0L) ^ 0xE6F1L), (*l_2068))) && (*l_2087)))) , l_2110) , 0x0BL) | 7L), 0))), 10))));
                    }
                    (*l_1489) &= (safe_lshift_func_uint8_t_u_u((((*l_2066) , (safe_add_func_uint8_t_u_u((p_13 & (0x26L < (p_14 , p_14))), ((*l_2087) , 0x8CL)))) == ((((safe_rshift_func_int16_t_s_u(((((safe_mul_func_uint16_t_u_u((safe_div_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((+(safe_unary_minus_func_int8_t_s((**g_2060)))), 2)), ((((*l_2070) ^= (safe_add_func_uint16_t_u_u((0x4BB3DB298D3C2B22LL != (*l_2087)), (*l_2068)))) && l_2129) , 1L))), 0x8FA6L)) & (*l_1832)) ^ (*l_1832)) > p_15), 7)) , &l_1924[4][5][0]) != l_2130) & (*l_2066))), 7));
                }
            }
            for (g_80 = 0; (g_80 <= (-1)); g_80--)
            { /* block id: 1014 */
                uint64_t l_2135 = 0x77F50F8122513A78LL;
                int32_t l_2139 = (-1L);
                uint8_t * const **l_2149 = (void*)0;
                uint8_t * const ***l_2148[1];
                uint64_t *l_2180 = &g_867;
                int32_t l_2185 = 0x9556D500L;
                uint64_t l_2189 = 0x2CEC86F97E17F5EELL;
                union U1 l_2204 = {0x1BB70273L};
                union U0 l_2233 = {0L};
                int32_t *l_2237 = &l_1974;
                uint16_t ***l_2252 = &g_296;
                int i;
                for (i = 0; i < 1; i++)
                    l_2148[i] = &l_2149;
                for (p_13 = 0; (p_13 <= 2); p_13 += 1)
                { /* block id: 1017 */
                    uint8_t ****l_2151 = &l_1923;
                    int32_t l_2155 = 0L;
                    int32_t l_2186 = 0x951CB877L;
                    int32_t l_2187 = 1L;
                    uint32_t l_2231[9];
                    int i;
                    for (i = 0; i < 9; i++)
                        l_2231[i] = 0UL;
                    if ((safe_sub_func_int64_t_s_s(l_2135, (*l_1489))))
                    { /* block id: 1018 */
                        union U0 l_2136 = {0xC6L};
                        (*g_2047) = (void*)0;
                        (*l_1489) = ((&p_15 == (void*)0) , ((*l_1764) && p_16));
                        if (p_13)
                            continue;
                        l_2139 = (l_2136 , (safe_mod_func_int64_t_s_s(p_15, 1L)));
                    }
                    else
                    { /* block id: 1023 */
                        uint8_t * const ****l_2150 = &l_2148[0];
                        int32_t l_2156 = (-1L);
                        (*l_1489) &= (-8L);
                        l_2156 = ((*l_1489) |= ((((safe_add_func_int8_t_s_s((*g_2061), (((safe_mul_func_uint8_t_u_u((((safe_mul_func_int8_t_s_s(((((safe_sub_func_int64_t_s_s((*g_1906), (((*l_2150) = l_2148[0]) != l_2151))) || (safe_unary_minus_func_uint8_t_u((p_15 & (0UL && (safe_rshift_func_uint8_t_u_s(p_13, 6))))))) , &g_354) != &g_354), p_16)) > (*g_1112)) < 6L), (**g_2060))) <= (*l_2087)) & l_2155))) & (-1L)) , (*g_354)) != l_2156));
                        if (p_14)
                            continue;
                    }
                    (*l_1489) ^= (l_2155 = (((safe_sub_func_uint16_t_u_u(((*g_2061) < (safe_add_func_int64_t_s_s((safe_rshift_func_uint8_t_u_u(((((safe_sub_func_int32_t_s_s(((safe_div_func_int64_t_s_s((safe_sub_func_uint64_t_u_u((((**g_353) || ((safe_mul_func_uint16_t_u_u((safe_sub_func_int64_t_s_s((&p_13 != l_2173), l_2135)), (((safe_sub_func_uint8_t_u_u((safe_add_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u((((0xB1F2L > (((*g_928) = ((*g_363) , 0x0125L)) >= 0xE55EL)) >= 1UL) < 0L), l_2181[0][2][2])), p_16)), l_2155)) , g_2182) != (*g_353)))) || p_14)) && l_2135), 18446744073709551607UL)), p_13)) || (**g_2060)), l_2135)) && p_16) != (*l_2087)) < p_14), 6)), (*g_354)))), 9UL)) || l_2155) ^ 0x2846E820L));
                    for (l_1645.f0 = 2; (l_1645.f0 >= 0); l_1645.f0 -= 1)
                    { /* block id: 1035 */
                        int32_t *l_2183 = &l_2015;
                        int32_t *l_2184[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        int32_t l_2188 = 5L;
                        int i;
                        l_2189++;
                        l_2155 = ((*l_2183) &= (p_16 > 0xC7A52D5EA8EF6F19LL));
                        return (*g_354);
                    }
                    for (l_2186 = 2; (l_2186 >= 0); l_2186 -= 1)
                    { /* block id: 1043 */
                        int32_t l_2197 = (-10L);
                        union U1 l_2205[3] = {{0L},{0L},{0L}};
                        union U1 *****l_2224 = (void*)0;
                        int i;
                        (**g_2046) = &p_13;
                        (*l_1489) = ((+(safe_mod_func_int16_t_s_s((*g_928), ((p_15 ^ (safe_sub_func_uint8_t_u_u(l_2197, (safe_lshift_func_uint16_t_u_s((safe_mul_func_uint8_t_u_u(((4294967295UL > ((void*)0 == l_2202)) ^ (p_16 <= ((l_2205[2] = l_2204) , (((((*l_1930) = ((safe_mul_func_int8_t_s_s(((*g_2061) = 0xC9L), (*l_1764))) , p_16)) , l_2204.f0) , p_15) <= p_13)))), 3L)), 3))))) & (**g_927))))) <= p_13);
                        (*l_2173) = (0x6B634659L > (safe_mul_func_int16_t_s_s(((safe_sub_func_uint8_t_u_u(l_2205[2].f1, (safe_lshift_func_int16_t_s_u((((*g_2092) = (*g_2092)) == (void*)0), 2)))) , ((safe_mod_func_int16_t_s_s((((*g_2061) = (safe_unary_minus_func_uint16_t_u(((((*g_1554) = (((((safe_lshift_func_uint16_t_u_s(p_14, (safe_lshift_func_uint8_t_u_u(((p_16 & p_15) | ((l_2155 &= (0x6FB80AC6BD58E997LL != ((p_14 >= (**g_353)) <= p_16))) < p_16)), p_13)))) ^ 0x008DBAAFL) , l_2223) != l_2224) != (**g_1111))) , (*l_2087)) == 0x1AB380672E9E17BELL)))) & 0x84L), p_14)) > l_2204.f0)), p_14)));
                        (*l_1489) = ((safe_sub_func_uint8_t_u_u(((l_2186 & (**g_927)) <= (safe_sub_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s(l_2231[7], (&g_1554 == (void*)0))), (!l_2204.f0)))), ((l_2233 , (*g_788)) != (((safe_lshift_func_uint16_t_u_u((l_2236 == l_2237), p_13)) >= (*l_1489)) , (void*)0)))) || 0x52D175F8L);
                    }
                }
                (*l_2173) &= ((safe_add_func_uint64_t_u_u((safe_add_func_int8_t_s_s(p_14, (safe_add_func_uint8_t_u_u(1UL, ((l_2204.f1 > ((safe_sub_func_int16_t_s_s((safe_mod_func_uint16_t_u_u((((((*g_2096) = ((safe_add_func_int32_t_s_s(((+(((*l_1727) &= ((***l_1845) = ((((l_1520 == ((*l_2252) = l_2251)) , (*l_1764)) ^ ((void*)0 == l_1655)) != 18446744073709551615UL))) == 0xC5A3L)) , 0x3FDF1448L), 0xE2ADD4E7L)) != (*l_1489))) <= 0xBF74D9B4L) < 1L) > (*g_354)), 0xED30L)), 1UL)) && 0x142943A3L)) < (*l_1832)))))), (**g_1905))) , 1L);
                if ((*l_2173))
                    break;
                (*g_2047) = &p_13;
            }
        }
        for (g_318 = 0; (g_318 <= 9); g_318 += 1)
        { /* block id: 1068 */
            uint64_t l_2270 = 18446744073709551615UL;
            int32_t l_2286 = 0x91D2185DL;
            int32_t l_2293[8][5][3] = {{{0xA899E641L,(-3L),1L},{0x2EA4471EL,(-5L),2L},{1L,(-3L),0x492B14EEL},{(-3L),0x1D87C408L,0x1B4D3338L},{0xA6172041L,2L,(-3L)}},{{0xA6172041L,0L,(-1L)},{(-3L),1L,0xDE66079EL},{1L,0x492B14EEL,(-7L)},{0x2EA4471EL,(-7L),0xDE66079EL},{0xA899E641L,0x69730BC0L,(-1L)}},{{(-10L),0x6D2DE7EBL,(-3L)},{0x0E36765CL,0x6D2DE7EBL,0x1B4D3338L},{0xBF6768B2L,0x69730BC0L,0x492B14EEL},{(-1L),(-7L),1L},{0L,0x973D4C30L,0xB8B6EB88L}},{{0x492B14EEL,8L,8L},{(-3L),0xE24E72DDL,0xE24E72DDL},{1L,1L,0xE24E72DDL},{0x122E2E9CL,0x82E42773L,8L},{1L,3L,0xB8B6EB88L}},{{0x18678A98L,4L,1L},{0x1B4D3338L,3L,0x973D4C30L},{0x1D87C408L,0x82E42773L,0x9F85DB49L},{0L,1L,3L},{0L,0xE24E72DDL,0x8AC8925FL}},{{0x1D87C408L,8L,0x3AFC2D90L},{0x1B4D3338L,0x973D4C30L,(-1L)},{0x18678A98L,(-1L),0x3AFC2D90L},{1L,(-1L),0x8AC8925FL},{0x122E2E9CL,4L,3L}},{{1L,4L,0x9F85DB49L},{(-3L),(-1L),0x973D4C30L},{0x492B14EEL,(-1L),1L},{0L,0x973D4C30L,0xB8B6EB88L},{0x492B14EEL,8L,8L}},{{(-3L),0xE24E72DDL,0xE24E72DDL},{1L,1L,0xE24E72DDL},{0x122E2E9CL,0x82E42773L,8L},{1L,3L,0xB8B6EB88L},{0x18678A98L,4L,1L}}};
            int i, j, k;
            for (l_1559 = 9; (l_1559 >= 2); l_1559 -= 1)
            { /* block id: 1071 */
                return (**g_353);
            }
            for (g_841.f0 = 0; (g_841.f0 <= 9); g_841.f0 += 1)
            { /* block id: 1076 */
                const int32_t *l_2253 = (void*)0;
                union U1 *l_2275 = &l_1828[8];
                int32_t l_2276 = 0x95652E36L;
                int32_t l_2280 = 0xAE621FE8L;
                int32_t l_2284 = (-1L);
                int32_t l_2285 = 1L;
                int32_t l_2289 = 8L;
                int64_t *l_2303 = &g_854;
                l_2253 = (**l_1653);
                if (l_2254[1])
                    continue;
                for (l_1778 = 0; (l_1778 <= 9); l_1778 += 1)
                { /* block id: 1081 */
                    uint32_t l_2271[2];
                    int32_t l_2287 = 0xF13D3B72L;
                    int32_t l_2288 = 3L;
                    int32_t l_2290 = (-1L);
                    int32_t l_2291 = 0L;
                    int32_t l_2292 = 0L;
                    int32_t l_2294 = 8L;
                    int32_t l_2295[8] = {1L,1L,1L,1L,1L,1L,1L,1L};
                    int i;
                    for (i = 0; i < 2; i++)
                        l_2271[i] = 18446744073709551613UL;
                    if (((safe_lshift_func_int8_t_s_u(((*g_2061) = (0x80936CB8L & (safe_lshift_func_uint16_t_u_s(p_16, 3)))), 5)) > ((((((l_2271[0] ^= ((p_14 , (safe_unary_minus_func_uint32_t_u(l_2260[0]))) && ((((safe_mul_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u((p_16 <= ((*g_928) = ((((g_2265[5][1][3] != (void*)0) & ((*l_1727) |= (((l_2267 | ((safe_lshift_func_uint16_t_u_u(p_15, p_14)) , 0xEEL)) , p_13) & l_2270))) >= 2L) ^ (**g_1905)))), 10)) <= p_13), 0x73EAL)) != 0xBA68C8CBL) ^ p_16) && p_13))) || l_2271[0]) , (**g_353)) | (**g_353)) ^ p_14) , l_2271[0])))
                    { /* block id: 1086 */
                        uint8_t l_2272[4] = {0x96L,0x96L,0x96L,0x96L};
                        int32_t l_2273 = 0x6F08BC37L;
                        union U1 *l_2274 = &g_433[0];
                        int i;
                        l_1489 = ((p_13 = p_16) , &p_13);
                        l_2273 = (l_2272[3] >= 0xCF393BACL);
                        l_2275 = l_2274;
                    }
                    else
                    { /* block id: 1091 */
                        int32_t *l_2277 = &g_1412;
                        int32_t *l_2278 = &g_1412;
                        int32_t *l_2279 = &l_1492[7][4];
                        int32_t *l_2281 = &l_1492[3][2];
                        int32_t *l_2282 = (void*)0;
                        int32_t *l_2283[10];
                        int16_t l_2296 = 0x9DE5L;
                        int i;
                        for (i = 0; i < 10; i++)
                            l_2283[i] = &l_2276;
                        --l_2297[3][0];
                        (*g_2047) = &p_13;
                        (***g_2046) = (safe_lshift_func_uint8_t_u_s(g_2302[0], 2));
                        (*g_2047) = (l_1489 = l_2283[3]);
                    }
                    return l_2295[7];
                }
                p_13 &= ((&g_1029 != &g_1111) | ((((*l_2303) |= (*g_1906)) != ((*g_354) = ((*g_928) <= p_15))) , (&g_1553[1] == &g_1553[1])));
            }
            if (p_13)
                continue;
        }
    }
    if (((l_1493[7][4] |= 1UL) || (safe_mod_func_uint8_t_u_u((((*l_2308) = ((*l_2306) = (void*)0)) == ((*l_2314) = ((*l_2312) = (l_2310[0] = l_2310[0])))), (g_1090 &= ((*g_2061) = (safe_lshift_func_uint16_t_u_u(((l_2015 = (p_13 && 65535UL)) , 65535UL), 14))))))))
    { /* block id: 1116 */
        uint32_t l_2321[2];
        int32_t l_2325[3];
        union U0 l_2342 = {0xD3L};
        int32_t *l_2344 = &l_1675;
        union U1 l_2357 = {0xB378A86EL};
        uint32_t *****l_2359 = &g_2093;
        uint32_t l_2397 = 0xC0731F5BL;
        int32_t *l_2462 = &l_1828[8].f0;
        union U1 *l_2472 = &g_709;
        union U1 **l_2471 = &l_2472;
        uint8_t l_2485 = 1UL;
        const int64_t l_2581 = 0L;
        int i;
        for (i = 0; i < 2; i++)
            l_2321[i] = 0x99EDA3F3L;
        for (i = 0; i < 3; i++)
            l_2325[i] = 0xD7ABCAF1L;
        if ((*l_1764))
        { /* block id: 1117 */
            return p_15;
        }
        else
        { /* block id: 1119 */
            int32_t *l_2346 = &g_979;
            union U0 **l_2368 = (void*)0;
            int32_t l_2377 = 0x6F8F5699L;
            int32_t l_2387 = 0L;
            int32_t l_2388 = 0xCC3F342DL;
            int32_t l_2389 = (-3L);
            int32_t l_2390 = 0x47ECD11EL;
            int32_t l_2393 = (-1L);
            int32_t l_2394 = 0xFBF8EBA4L;
            int32_t l_2396[10][7][3] = {{{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L}},{{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L}},{{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L}},{{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L}},{{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,0x190D3E78L,0x190D3E78L},{0xB663039BL,0xDA2C8554L,0L},{0xA35AEC79L,(-2L),(-2L)},{0L,0xF7950C09L,1L}},{{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)}},{{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L}},{{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)}},{{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L}},{{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)},{0L,0xF7950C09L,1L},{0x190D3E78L,(-2L),(-2L)}}};
            int32_t ***l_2433 = &g_1553[2];
            int32_t ****l_2432[3][6] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
            const union U1 *l_2448 = &g_709;
            union U1 *** const *l_2474 = &g_1184;
            int32_t l_2481 = 0xAD792F17L;
            int32_t l_2482 = 0x3AA296E9L;
            uint32_t * const ***l_2501 = &l_2498;
            uint32_t l_2523[1][1];
            uint16_t l_2580 = 65526UL;
            uint32_t l_2583 = 18446744073709551615UL;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_2523[i][j] = 18446744073709551615UL;
            }
            for (g_2019 = 26; (g_2019 >= (-11)); --g_2019)
            { /* block id: 1122 */
                int8_t l_2351 = 0x34L;
                uint32_t l_2363[7];
                uint32_t ****l_2374 = (void*)0;
                const int8_t *l_2381 = &l_2342.f0;
                const int8_t ** const l_2380 = &l_2381;
                const int8_t ** const *l_2379 = &l_2380;
                const int8_t ** const **l_2378 = &l_2379;
                int32_t l_2391[5][8][6];
                int32_t l_2484[6] = {0L,(-3L),(-3L),0L,(-3L),(-3L)};
                uint32_t * const ****l_2499 = (void*)0;
                uint32_t * const ****l_2500 = &l_2497;
                int i, j, k;
                for (i = 0; i < 7; i++)
                    l_2363[i] = 0x9E6C05CCL;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 8; j++)
                    {
                        for (k = 0; k < 6; k++)
                            l_2391[i][j][k] = (-3L);
                    }
                }
            }
            if ((*l_2462))
            { /* block id: 1208 */
                for (g_1703 = (-17); (g_1703 == 49); g_1703++)
                { /* block id: 1211 */
                    (*l_2471) = (void*)0;
                }
                return (**g_353);
            }
            else
            { /* block id: 1215 */
                int32_t *l_2586 = (void*)0;
                int32_t *l_2587[9][2][9] = {{{(void*)0,&g_1412,&l_2389,&g_2,&l_2015,&g_2,&l_2388,(void*)0,(void*)0},{&l_2388,(void*)0,&l_2015,&l_2396[1][0][1],(void*)0,(void*)0,&l_2396[1][0][1],&l_2015,(void*)0}},{{&l_2389,(void*)0,&l_2396[1][0][1],&l_2377,&l_2482,&l_2394,&l_1828[8].f0,&g_2,(void*)0},{&l_2396[5][1][0],&l_2015,&g_7,(void*)0,&g_2,&l_1828[8].f0,&l_2394,&l_2482,&l_2377}},{{(void*)0,(void*)0,&l_2388,(void*)0,&l_2015,&l_2396[1][0][1],(void*)0,(void*)0,&l_2396[1][0][1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&l_2388,&g_2,&l_2015,&g_2}},{{&l_2377,&g_1412,(void*)0,&l_2389,&g_7,&l_2482,&l_2390,&g_2,&g_2},{&g_2,(void*)0,&g_7,&l_2015,&l_2396[5][1][0],&l_2387,(void*)0,&l_2377,&l_2015}},{{(void*)0,&l_2377,&l_1828[8].f0,(void*)0,(void*)0,(void*)0,&l_1828[8].f0,&l_2377,(void*)0},{&l_2396[1][0][1],&l_2387,&l_2377,&l_2482,&l_2396[1][0][1],(void*)0,&g_1412,&g_2,(void*)0}},{{&l_2377,(void*)0,(void*)0,&g_2,&l_2396[1][0][1],&g_1412,(void*)0,&l_1828[8].f0,&g_136},{&l_2396[1][0][1],&l_2396[1][0][1],&g_1412,&l_2015,(void*)0,&l_2389,&g_136,&l_2389,(void*)0}},{{(void*)0,&g_1412,&g_1412,(void*)0,(void*)0,(void*)0,&l_2396[1][0][1],(void*)0,&l_2482},{&g_2,&l_2394,(void*)0,(void*)0,(void*)0,&l_2390,&l_2396[5][1][0],&l_2482,&l_2387}},{{&l_2015,&g_1412,&l_2377,&g_136,(void*)0,(void*)0,&l_2377,&l_2387,&l_1828[8].f0},{&g_1412,&l_2377,&l_1828[8].f0,(void*)0,(void*)0,&l_1828[8].f0,&l_2377,&g_1412,&g_1412}},{{&l_2390,(void*)0,&g_7,&l_2482,&l_2396[1][0][1],&g_1412,&l_2396[5][1][0],&g_7,&g_2},{&l_2482,&l_2015,(void*)0,&l_2387,&l_2396[1][0][1],(void*)0,&l_2396[1][0][1],&l_2396[5][1][0],&g_1412}}};
                int i, j, k;
                p_13 ^= (*l_2462);
            }
            return (*g_354);
        }
    }
    else
    { /* block id: 1220 */
        uint32_t l_2600 = 0xA22726DFL;
        const union U1 * const l_2608 = (void*)0;
        int32_t *l_2644 = (void*)0;
        int32_t l_2745 = 0x1C993338L;
        uint64_t ***l_2761 = &g_353;
        uint64_t ****l_2760 = &l_2761;
        uint64_t *****l_2764 = &g_2762;
        uint64_t l_2787 = 18446744073709551612UL;
        int8_t l_2788[2];
        union U0 l_2803 = {0L};
        int32_t l_2911[5];
        uint32_t l_2951 = 4294967290UL;
        const int32_t l_2968[6] = {0xED97A231L,0xED97A231L,0xED97A231L,0xED97A231L,0xED97A231L,0xED97A231L};
        uint8_t *l_2977 = (void*)0;
        uint8_t l_2997 = 0x62L;
        int i;
        for (i = 0; i < 2; i++)
            l_2788[i] = 0x56L;
        for (i = 0; i < 5; i++)
            l_2911[i] = (-10L);
        for (l_1675 = 0; (l_1675 <= 4); l_1675 += 1)
        { /* block id: 1223 */
            uint8_t * const **l_2596 = (void*)0;
            union U0 l_2607 = {-1L};
            int32_t *l_2613[5];
            uint16_t *l_2631 = &g_1987;
            union U1 l_2638 = {1L};
            uint32_t l_2653 = 1UL;
            int8_t l_2756 = 0x38L;
            int32_t l_2757 = 2L;
            int i;
            for (i = 0; i < 5; i++)
                l_2613[i] = &g_1695;
            if ((safe_div_func_uint32_t_u_u(g_161[l_1675], g_1998[l_1675])))
            { /* block id: 1224 */
                int64_t *l_2594[8][8][4] = {{{&g_1335,&g_854,&g_1482,&g_1482},{&g_5[0][0][6],(void*)0,&g_1698,(void*)0},{&g_5[0][1][3],&g_1413,(void*)0,(void*)0},{&g_5[0][1][3],&g_1335,&g_1698,&g_5[0][1][3]},{&g_5[0][0][6],(void*)0,&g_1482,&g_1698},{&g_1335,&g_5[0][1][0],&g_177,&g_1335},{&g_1413,&g_1335,&g_1335,(void*)0},{&g_5[0][0][2],&g_1413,&g_1698,&g_1698}},{{&g_1482,&g_1335,&g_177,&g_1335},{(void*)0,&g_1335,&g_1482,&g_1335},{&l_1491,(void*)0,(void*)0,(void*)0},{&g_1698,&g_1698,&g_177,(void*)0},{&g_5[0][1][3],&g_854,&g_1698,(void*)0},{&g_5[0][0][2],(void*)0,&l_1491,&g_1698},{(void*)0,(void*)0,&g_177,(void*)0},{(void*)0,&g_854,&g_1335,(void*)0}},{{&g_5[0][0][6],&g_1698,&g_1335,(void*)0},{&g_1482,(void*)0,(void*)0,&g_1335},{&g_1335,&g_1335,&l_1491,&g_1335},{&g_5[0][0][6],&g_1335,(void*)0,&g_1698},{&g_5[0][0][2],&g_5[0][0][6],&g_1413,&g_854},{&l_1491,&g_177,&g_1698,&l_1491},{(void*)0,&g_1335,(void*)0,&g_1698},{(void*)0,&g_1698,&g_5[0][1][3],&g_1482}},{{&g_1335,(void*)0,(void*)0,&g_1698},{&g_79,&g_5[0][0][6],(void*)0,&g_1413},{&g_1335,&g_1698,&g_5[0][1][3],&g_1698},{(void*)0,&g_177,(void*)0,&g_1698},{(void*)0,&g_1698,&g_1698,&g_1413},{&l_1491,&g_5[0][0][2],&g_1413,&g_1698},{&g_5[0][0][2],&g_177,&g_1413,&l_1491},{(void*)0,&g_1335,&g_79,&g_1413}},{{(void*)0,&g_1335,&g_1335,&g_5[0][0][2]},{&g_1335,(void*)0,(void*)0,&g_1335},{(void*)0,&g_5[0][0][2],(void*)0,&g_1698},{&g_1698,&g_1335,&g_1413,&g_1698},{&g_1698,&g_177,&g_79,&g_1698},{(void*)0,&g_1335,&g_1413,&g_1698},{&g_1482,&g_5[0][0][2],&g_5[0][1][3],&g_1335},{&l_1491,(void*)0,&g_1413,&g_5[0][0][2]}},{{&g_79,&g_1335,&g_79,&g_1413},{&g_1698,&g_1335,&g_5[0][1][3],&l_1491},{&g_1335,&g_177,&g_177,&g_1698},{(void*)0,&g_5[0][0][2],(void*)0,&g_1413},{&g_1335,&g_1698,&g_1413,&g_1698},{&g_1698,&g_177,&g_79,&g_1698},{(void*)0,&g_1698,&g_1698,&g_1413},{&g_1482,&g_5[0][0][6],&g_1335,&g_1698}},{{&g_1482,(void*)0,&g_1698,&g_1482},{(void*)0,&g_1698,&g_79,&g_1698},{&g_1698,&g_1335,&g_1413,&l_1491},{&g_1335,&g_177,(void*)0,&g_854},{(void*)0,&g_5[0][0][6],&g_177,&g_1698},{&g_1335,&g_1698,&g_5[0][1][3],(void*)0},{&g_1698,(void*)0,&g_79,&g_1698},{&g_79,&g_1335,&g_1413,&g_1413}},{{&l_1491,&l_1491,&g_5[0][1][3],&g_854},{&g_1482,&g_177,&g_1413,&g_5[0][0][2]},{(void*)0,&g_1698,&g_79,&g_1413},{&g_1698,&g_1698,&g_1413,&g_5[0][0][2]},{&g_1698,&g_177,(void*)0,&g_854},{(void*)0,&l_1491,(void*)0,&g_1413},{&g_1335,&g_1335,&g_1335,&g_1698},{(void*)0,(void*)0,&g_79,(void*)0}}};
                int32_t l_2595 = 0x86EFADCAL;
                int32_t *l_2598 = &l_1493[0][3];
                int32_t *l_2599[4][8] = {{&g_1071,&g_438,&g_438,&g_438,&g_1071,&g_1071,&g_438,&g_438},{&g_1071,&g_1071,&g_438,&g_438,&g_438,&g_438,&g_438,&g_7},{&g_438,&g_7,&g_7,&g_438,&g_1071,&g_438,&g_7,&g_7},{&g_7,&g_1071,&g_438,&g_438,&g_1071,&g_7,&g_1071,&g_438}};
                int i, j, k;
                p_13 |= (safe_rshift_func_uint8_t_u_s((safe_add_func_int64_t_s_s((g_1335 = (p_15 == 1L)), p_15)), 4));
                l_2595 &= 0xAA79CB20L;
                for (g_1999 = 0; (g_1999 <= 2); g_1999 += 1)
                { /* block id: 1230 */
                    uint8_t * const ***l_2597 = &l_2596;
                    if (p_16)
                        break;
                    (*l_2597) = l_2596;
                    return p_13;
                }
                l_2600--;
            }
            else
            { /* block id: 1236 */
                uint16_t *l_2605 = &l_2460;
                int32_t *l_2612 = &g_438;
                for (g_862 = 0; (g_862 <= 2); g_862 += 1)
                { /* block id: 1239 */
                    int32_t l_2604 = (-1L);
                    int32_t *l_2606[7] = {&g_6,&g_438,&g_438,&g_6,&g_438,&g_438,&g_6};
                    int i;
                    if (p_13)
                        break;
                    for (g_848 = 2; (g_848 >= 0); g_848 -= 1)
                    { /* block id: 1243 */
                        int16_t l_2603 = 0L;
                        if (l_2603)
                            break;
                        return l_2604;
                    }
                    p_13 = ((void*)0 != l_2605);
                    for (l_1491 = 2; (l_1491 >= 0); l_1491 -= 1)
                    { /* block id: 1250 */
                        const union U1 *l_2610[8][6][5] = {{{&g_433[0],&g_433[0],&g_433[0],&g_709,&l_1828[5]},{&l_1828[6],(void*)0,&l_1828[4],&g_709,&g_709},{&l_1828[8],&g_433[0],&g_433[0],&g_433[0],&l_1828[8]},{&g_433[0],(void*)0,&g_433[0],&g_433[0],(void*)0},{(void*)0,&g_433[0],&g_709,&g_433[0],&l_1828[5]},{&l_1828[9],&g_433[0],&g_709,&g_433[0],&g_709}},{{&g_709,&g_433[0],&l_1828[8],&g_433[0],(void*)0},{&l_1828[9],&g_433[0],&l_1828[6],&g_433[0],&l_1828[9]},{(void*)0,&g_433[0],(void*)0,&l_1828[8],&g_433[0]},{&g_433[0],&g_433[0],&g_433[0],&l_1828[8],(void*)0},{&l_1828[8],&l_1828[1],(void*)0,&g_433[0],&g_433[0]},{&l_1828[6],&l_1828[8],&l_1828[8],&l_1828[6],&l_1828[9]}},{{&g_433[0],&g_709,&g_433[0],&l_1828[5],(void*)0},{&g_433[0],&l_1828[9],&g_433[0],&l_1828[8],&g_709},{&g_433[0],&g_433[0],&g_433[0],&l_1828[5],&l_1828[5]},{&g_433[0],&g_433[0],&g_433[0],&l_1828[6],(void*)0},{&g_433[0],&g_709,&l_1828[5],&g_433[0],&l_1828[8]},{&g_433[0],&l_1828[4],&l_1828[9],&l_1828[8],&g_709}},{{&g_433[0],&l_1828[5],&l_1828[5],&l_1828[8],&l_1828[5]},{&g_433[0],&g_433[0],&g_433[0],&g_433[0],&l_1828[8]},{(void*)0,&g_709,&g_433[0],&g_433[0],(void*)0},{(void*)0,&g_709,&g_433[0],&g_433[0],&g_433[0]},{&g_433[0],&g_709,&g_433[0],&g_433[0],&g_709},{&g_709,&g_433[0],&l_1828[8],&g_433[0],&g_433[0]}},{{&l_1828[1],&l_1828[5],(void*)0,&g_433[0],&g_433[0]},{&g_433[0],&l_1828[4],&g_433[0],&g_709,&l_1828[6]},{&l_1828[1],&g_709,(void*)0,&g_709,&l_1828[1]},{&g_709,&g_433[0],&l_1828[6],&g_433[0],&g_433[0]},{&g_433[0],&g_433[0],&l_1828[8],&g_709,&l_1828[8]},{(void*)0,&l_1828[9],&g_709,&g_433[0],&g_433[0]}},{{(void*)0,&g_709,&g_709,(void*)0,&l_1828[1]},{&g_433[0],&l_1828[8],&g_433[0],&g_433[0],&l_1828[6]},{&g_433[0],&l_1828[1],&g_433[0],&l_1828[5],&g_433[0]},{&l_1828[6],&g_709,&g_433[0],&l_1828[8],&l_1828[8]},{(void*)0,&g_433[0],(void*)0,&g_433[0],&g_433[0]},{&g_709,&l_1828[8],&l_1828[9],&l_1828[4],&g_433[0]}},{{(void*)0,&g_433[0],&g_709,&g_433[0],&l_1828[5]},{&l_1828[4],&l_1828[8],&l_1828[9],&g_433[0],&l_1828[9]},{&l_1828[8],&l_1828[8],(void*)0,&g_709,&l_1828[1]},{&g_433[0],&g_709,&g_433[0],&g_709,&g_433[0]},{&l_1828[8],(void*)0,&l_1828[8],&l_1828[8],&g_433[0]},{&g_433[0],&g_709,&l_1828[6],&l_1828[6],&g_709}},{{&l_1828[5],&l_1828[8],&g_433[0],(void*)0,&l_1828[5]},{&g_433[0],&l_1828[8],&g_433[0],&g_433[0],&g_709},{&g_709,&g_433[0],&g_433[0],(void*)0,&g_433[0]},{&g_433[0],&l_1828[8],&g_433[0],&l_1828[8],&g_433[0]},{&l_1828[5],&g_433[0],&g_433[0],&g_433[0],&l_1828[8]},{&g_433[0],&g_709,&g_433[0],&g_433[0],(void*)0}}};
                        const union U1 **l_2609 = &l_2610[0][2][2];
                        int i, j, k;
                        (*l_2609) = (l_2607 , l_2608);
                    }
                    for (l_1820 = 0; (l_1820 <= 2); l_1820 += 1)
                    { /* block id: 1255 */
                        int32_t l_2611 = 0x5D68E89CL;
                        l_2611 = p_15;
                        l_2612 = l_2606[0];
                        (*g_2047) = l_2612;
                        if (p_14)
                            continue;
                    }
                }
                (*g_2047) = l_2613[3];
                (**g_2046) = &p_13;
                if (p_14)
                    continue;
            }
            for (l_2002 = 0; (l_2002 <= 2); l_2002 += 1)
            { /* block id: 1268 */
                int8_t l_2630 = 0x90L;
                const union U1 *l_2652 = &g_433[0];
                const union U1 **l_2651 = &l_2652;
                int32_t ***l_2654 = &g_2047;
                const uint32_t l_2676 = 0x7B2804DBL;
                int32_t l_2677 = 0xC4CFDC26L;
                int32_t l_2678 = 0xD75E7628L;
                union U0 l_2734 = {0x97L};
                if (p_15)
                { /* block id: 1269 */
                    const uint16_t l_2619 = 0xA9EDL;
                    for (g_856 = 0; (g_856 <= 2); g_856 += 1)
                    { /* block id: 1272 */
                        int64_t l_2620 = (-1L);
                        p_13 &= (l_1828[8] , ((((*g_354) = (((~((((safe_sub_func_int64_t_s_s((safe_add_func_uint64_t_u_u(l_2619, ((l_2620 = l_2600) != 0x68L))), (p_16 < ((*l_1764) == (65529UL | (0xC86C0DB86E312B95LL == (*g_1906))))))) | 0UL) | 4294967286UL) || 5L)) >= (*g_354)) & 0UL)) , p_16) >= (**g_927)));
                    }
                }
                else
                { /* block id: 1277 */
                    const int32_t **l_2634 = (void*)0;
                    const int32_t ***l_2633 = &l_2634;
                    const int32_t ****l_2632 = &l_2633;
                    union U1 l_2637[1] = {{-7L}};
                    union U1 *l_2640 = &l_2637[0];
                    union U1 **l_2639 = &l_2640;
                    int32_t l_2643 = 0x245084BBL;
                    int i;
                    l_2643 ^= (safe_mul_func_uint16_t_u_u((+(safe_lshift_func_uint16_t_u_u(((((safe_lshift_func_uint16_t_u_s((safe_rshift_func_int8_t_s_u((((((l_2630 , l_2631) != l_2631) != l_2630) , (*g_2044)) != l_2632), ((safe_sub_func_uint32_t_u_u(0x01E68239L, ((l_2637[0] , l_2638) , p_13))) ^ p_13))), 8)) , l_2639) != l_2641) || p_14), p_14))), (*l_1764)));
                }
                for (g_1412 = 0; (g_1412 <= 2); g_1412 += 1)
                { /* block id: 1282 */
                    int32_t l_2650 = (-2L);
                    union U1 l_2655 = {0L};
                    int32_t ***l_2656 = &g_2047;
                    int64_t l_2668 = 1L;
                    union U1 ***l_2697 = &l_2641;
                    int64_t *l_2736 = &g_1335;
                    int64_t **l_2735[2];
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_2735[i] = &l_2736;
                    (**g_2046) = l_2644;
                }
            }
        }
        if ((p_14 ^ ((g_864 = ((*g_2061) = p_16)) < (safe_div_func_uint64_t_u_u((((l_2760 != ((*l_2764) = g_2762)) | (l_2765 == l_2767)) != p_13), (safe_mod_func_int32_t_s_s(((safe_mul_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s((safe_sub_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s(((l_2786 || ((((0x28620D92L == p_15) ^ 9L) || 0xE8C0162A6EB47831LL) <= 3UL)) > p_16), 4)) >= 4294967291UL), 0x341CL)), (**g_927))), l_2787)), p_16)) != p_14), l_2788[1])))))))
        { /* block id: 1331 */
            uint64_t *l_2789 = (void*)0;
            uint64_t *l_2790 = &g_1484;
            int32_t l_2795 = 1L;
            union U0 l_2806 = {0xD5L};
            int32_t ***l_2811 = &g_2047;
            int32_t ****l_2810[2][6][3] = {{{&l_2811,&l_2811,&l_2811},{&l_2811,&l_2811,&l_2811},{&l_2811,(void*)0,&l_2811},{&l_2811,(void*)0,(void*)0},{&l_2811,&l_2811,&l_2811},{&l_2811,&l_2811,&l_2811}},{{&l_2811,&l_2811,&l_2811},{&l_2811,&l_2811,&l_2811},{&l_2811,&l_2811,&l_2811},{&l_2811,(void*)0,&l_2811},{&l_2811,&l_2811,(void*)0},{&l_2811,&l_2811,&l_2811}}};
            uint8_t *l_2820 = &g_229;
            int8_t ***l_2821 = (void*)0;
            int16_t l_2832 = (-10L);
            uint32_t ***l_2856 = &l_2312;
            int i, j, k;
            p_13 |= ((*g_1112) == ((void*)0 == &l_2105));
            l_2015 |= ((((*l_2790) ^= ((**g_353) &= (*l_1764))) != ((safe_lshift_func_int16_t_s_u((*g_928), 15)) , ((safe_lshift_func_int16_t_s_s(0x130DL, ((l_2795 = 0xCCL) , ((*l_2642) , 0L)))) , (safe_div_func_uint32_t_u_u((l_1493[6][4] ^= ((l_2745 |= (p_13 = (((safe_div_func_int64_t_s_s(l_2795, ((0xD3L == l_2795) , l_2795))) , (**g_1111)) || 254UL))) > p_15)), 0x21F73AB0L))))) , p_13);
            for (g_865 = 3; (g_865 >= 0); g_865 -= 1)
            { /* block id: 1342 */
                int32_t **** const l_2812 = &l_2811;
                int8_t ** const *l_2822 = &g_2060;
                int32_t l_2823 = (-5L);
                p_13 = (((0x3F18L != ((!((safe_add_func_int32_t_s_s((p_16 < (l_2803 , (safe_lshift_func_int8_t_s_s(((l_2806 , &l_2760) == (void*)0), (safe_sub_func_uint32_t_u_u(((((~(l_2810[0][3][0] == l_2812)) ^ (safe_lshift_func_int16_t_s_s(((((**g_927) = (safe_div_func_uint8_t_u_u(((safe_sub_func_int32_t_s_s(((((!(l_2820 != (void*)0)) ^ 0x03L) ^ 5L) & p_15), p_13)) & p_13), (*g_2061)))) , p_15) == 18446744073709551611UL), 11))) , l_2821) == l_2822), p_14)))))), 0x11923D32L)) < (-1L))) < 0x9947CA15L)) < 0xCA15L) , (-1L));
                l_2823 &= (p_13 ^= (l_2015 = l_2787));
                for (l_1675 = 1; (l_1675 >= 0); l_1675 -= 1)
                { /* block id: 1350 */
                    uint8_t l_2848 = 0x95L;
                    int64_t *l_2849 = (void*)0;
                    int64_t *l_2850 = (void*)0;
                    int64_t *l_2851 = &g_1698;
                    int32_t l_2854 = 0x5BFEF924L;
                    int64_t *l_2855 = &g_1482;
                    int i;
                    for (g_1336 = 0; (g_1336 <= 1); g_1336 += 1)
                    { /* block id: 1353 */
                        const int8_t ** const ** const *l_2824 = &g_2382;
                        int i, j, k;
                        l_2824 = (void*)0;
                        l_2823 = ((l_2083[l_1675][(g_865 + 3)][g_1336] > l_2083[l_1675][(g_865 + 3)][g_1336]) && ((safe_div_func_uint16_t_u_u(p_14, ((!(safe_lshift_func_uint8_t_u_s((++(*l_2820)), 2))) , 0x387CL))) < ((*g_354) = l_2832)));
                        g_2833 = (void*)0;
                    }
                    p_13 ^= (((***l_1798) &= ((void*)0 != &g_2266)) != ((safe_add_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(7L, (l_2254[g_865] = ((((((*l_2855) = (safe_mod_func_uint16_t_u_u((safe_mod_func_int16_t_s_s(((p_16 || (safe_lshift_func_uint16_t_u_u(p_14, 10))) & (l_2854 = (safe_sub_func_uint64_t_u_u(((safe_rshift_func_int8_t_s_s((l_2848 = 0x9CL), 2)) >= (0x9CDDAF78F503F601LL & ((*l_2851) = 1L))), (safe_mod_func_int8_t_s_s((*g_2061), p_15)))))), (-1L))), p_16))) , 4L) || p_16) , (**g_2092)) != l_2856)))), p_15)) , 5UL));
                }
            }
            for (g_1987 = 0; (g_1987 < 45); g_1987++)
            { /* block id: 1371 */
                (*g_2047) = &p_13;
            }
        }
        else
        { /* block id: 1374 */
            int8_t **l_2883 = (void*)0;
            int32_t l_2887[8] = {0xC91D79C7L,(-1L),0xC91D79C7L,(-1L),0xC91D79C7L,(-1L),0xC91D79C7L,(-1L)};
            uint32_t l_2923[7] = {4294967295UL,4294967294UL,4294967295UL,4294967295UL,4294967294UL,4294967295UL,4294967295UL};
            uint8_t *l_2976 = &l_1828[8].f1;
            uint8_t l_3000 = 255UL;
            int i;
            for (l_2787 = 0; (l_2787 <= 9); l_2787 += 1)
            { /* block id: 1377 */
                uint32_t l_2876 = 0x4770F5A5L;
                int32_t l_2885 = 0L;
                uint16_t l_2912 = 3UL;
                int32_t l_2919 = (-8L);
                int32_t l_2920 = (-5L);
                int32_t l_2922[3][8] = {{0x0710F4B3L,0x671FC6B6L,0x671FC6B6L,0x0710F4B3L,3L,0x0710F4B3L,0x671FC6B6L,0x671FC6B6L},{0x671FC6B6L,3L,0x544DC155L,0x544DC155L,3L,0x671FC6B6L,3L,0x544DC155L},{0x0710F4B3L,3L,0x0710F4B3L,0x671FC6B6L,0x671FC6B6L,0x0710F4B3L,3L,0x0710F4B3L}};
                uint8_t ****l_2932 = (void*)0;
                int8_t l_2967 = 0x7BL;
                int i, j;
                for (g_674 = 1; (g_674 >= 0); g_674 -= 1)
                { /* block id: 1380 */
                    uint8_t l_2871 = 8UL;
                    union U1 ***l_2902[6] = {&l_2641,&l_2641,&l_2641,&l_2641,&l_2641,&l_2641};
                    int8_t l_2906 = 1L;
                    int32_t l_2910[2][8] = {{0x4B1D3F4DL,0x11A08FE1L,0x9907E119L,0x9907E119L,0x11A08FE1L,0x4B1D3F4DL,0xA220A624L,0x4B1D3F4DL},{0x11A08FE1L,0x4B1D3F4DL,0xA220A624L,0x4B1D3F4DL,0x11A08FE1L,0x9907E119L,0x9907E119L,0x11A08FE1L}};
                    int i, j;
                    for (p_15 = 0; (p_15 <= 1); p_15 += 1)
                    { /* block id: 1383 */
                        uint64_t ****l_2877 = (void*)0;
                        int8_t * const l_2881 = &g_2882;
                        int8_t * const *l_2880 = &l_2881;
                        int8_t * const **l_2879 = &l_2880;
                        int64_t *l_2884[4][5] = {{&g_79,&g_2019,&g_79,(void*)0,(void*)0},{&l_1491,&g_1482,&l_1491,&g_1335,&g_1335},{&g_79,&g_2019,&g_79,(void*)0,(void*)0},{&l_1491,&g_1482,&l_1491,&l_1491,&l_1491}};
                        union U1 *** const l_2901[7] = {&l_2641,&l_2641,&l_2641,&l_2641,&l_2641,&l_2641,&l_2641};
                        uint16_t *l_2905 = &l_2478;
                        int32_t *l_2907 = &l_2015;
                        int32_t *l_2908 = &g_1695;
                        int32_t *l_2909[1];
                        int i, j, k;
                        for (i = 0; i < 1; i++)
                            l_2909[i] = &g_438;
                        p_13 = (l_2745 = (safe_div_func_uint16_t_u_u(((l_2788[g_674] , (~((+(0x3DL && (l_2083[p_15][(g_674 + 4)][p_15] , (l_2887[3] = (safe_add_func_int32_t_s_s((g_87[(p_15 + 8)][p_15] >= (safe_rshift_func_int16_t_s_u((safe_rshift_func_uint8_t_u_s((l_2871 == ((safe_mul_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u(l_2876, (((((*l_2764) = l_2877) != g_2878) | (((p_14 |= (((((*l_2879) = &l_2318[4][1][1]) != l_2883) < 0L) > 0x254CF7B1FD80F594LL)) >= p_16) || (**g_353))) || l_2885))) || (**g_927)) , p_15), p_16)) == g_2886)), (**g_2060))), l_2871))), p_13)))))) >= 0L))) < g_2888), p_16)));
                        (*l_2907) &= (safe_mod_func_int16_t_s_s(p_16, ((safe_sub_func_uint64_t_u_u((((safe_div_func_uint8_t_u_u(p_13, (-3L))) >= ((((l_2788[g_674] || l_2895[0][2]) & (((*g_2061) = ((*g_928) , (((+(l_1493[2][6] = (safe_mul_func_int8_t_s_s(((safe_sub_func_uint8_t_u_u((l_2901[0] != l_2902[5]), ((p_14 = (safe_sub_func_uint16_t_u_u(((*l_2905) ^= (l_2887[5] <= p_13)), 1L))) < l_2871))) && p_15), p_15)))) , 8UL) != l_2871))) ^ p_13)) >= l_2906) || l_2887[3])) , g_87[(p_15 + 8)][p_15]), l_2876)) ^ 0x857A17A5905D4AA7LL)));
                        ++l_2912;
                    }
                    for (g_1412 = 0; (g_1412 >= 0); g_1412 -= 1)
                    { /* block id: 1399 */
                        int32_t *l_2915 = &l_2911[3];
                        int32_t *l_2916 = &g_104;
                        int32_t *l_2917 = &l_1493[7][4];
                        int32_t *l_2918[7][3] = {{&g_7,&g_7,&g_7},{&l_2911[0],&l_2911[0],&l_2911[0]},{&g_7,&g_7,&g_7},{&l_2911[0],&l_2911[0],&l_2911[0]},{&g_7,&g_7,&g_7},{&l_2911[0],&l_2911[0],&l_2911[0]},{&g_7,&g_7,&g_7}};
                        int64_t l_2921 = 0x012F82A0E4634240LL;
                        int i, j, k;
                        ++l_2923[4];
                        p_13 &= (((((((l_2788[g_1412] || (safe_rshift_func_uint8_t_u_s((safe_sub_func_int16_t_s_s(((++(*g_354)) | 0x64D355204E420CF6LL), 0x6086L)), (l_2788[g_674] && (l_2932 != (void*)0))))) >= (safe_mul_func_uint8_t_u_u(l_2788[(g_1412 + 1)], (-3L)))) , (-1L)) == l_2083[g_1412][(g_1412 + 1)][g_674]) > l_2083[(g_1412 + 1)][(g_674 + 5)][g_674]) || 0xFCL) == p_16);
                    }
                    for (l_1778 = 0; (l_1778 <= 1); l_1778 += 1)
                    { /* block id: 1406 */
                        int i;
                        p_13 = l_2788[l_1778];
                    }
                    p_13 = l_2788[g_674];
                    for (g_2882 = 0; (g_2882 >= 0); g_2882 -= 1)
                    { /* block id: 1412 */
                        int i, j, k;
                        return l_2083[(g_2882 + 3)][g_2882][g_2882];
                    }
                }
                for (l_2786 = 0; (l_2786 <= 1); l_2786 += 1)
                { /* block id: 1418 */
                    int32_t l_2945 = 0xCA420665L;
                    int32_t l_2946 = 0x7A999F8EL;
                    int32_t l_2947 = 1L;
                    int32_t l_2948 = 0x825A3480L;
                    int32_t l_2949 = 3L;
                    int32_t l_2950[7][3][5] = {{{(-1L),(-1L),0x2037781BL,0x9991CAE9L,0x85A905C7L},{0x8BB48499L,0x9991CAE9L,(-6L),6L,0x0CCCB458L},{0x5D3EE2AFL,0x587CBCE0L,0L,0x8E60D8FBL,3L}},{{0L,0x9991CAE9L,1L,(-6L),0x8E60D8FBL},{(-1L),(-1L),6L,0xCCAD6D78L,0x7FDD5676L},{1L,1L,0xCCAD6D78L,0xCCAD6D78L,1L}},{{0x0CCCB458L,0x8E60D8FBL,0x587CBCE0L,(-6L),0L},{0xB75CDF3EL,0x3FB3EEB2L,(-1L),0x8E60D8FBL,0xCCAD6D78L},{0x85A905C7L,1L,1L,6L,0xB75CDF3EL}},{{0xB75CDF3EL,1L,(-9L),0x9991CAE9L,0L},{0x0CCCB458L,0x633B872EL,1L,(-9L),(-6L)},{1L,0L,1L,0L,1L}},{{(-1L),(-9L),(-9L),3L,(-1L)},{0L,0x5D3EE2AFL,1L,0x9265F9B6L,0x2037781BL},{0x5D3EE2AFL,0xB75CDF3EL,(-1L),(-9L),(-1L)}},{{0x8BB48499L,0x9265F9B6L,0x587CBCE0L,(-1L),1L},{(-1L),6L,0xCCAD6D78L,0x7FDD5676L,(-6L)},{(-1L),6L,6L,(-1L),0L}},{{(-9L),0x9265F9B6L,1L,0x8BB48499L,0xB75CDF3EL},{0x2037781BL,0xB75CDF3EL,0L,0L,0xCCAD6D78L},{0x7FDD5676L,0x5D3EE2AFL,(-6L),0x8BB48499L,0L}}};
                    int i, j, k;
                    for (g_1703 = 2; (g_1703 <= 9); g_1703 += 1)
                    { /* block id: 1421 */
                        int i;
                        return l_2788[l_2786];
                    }
                    if (l_2788[l_2786])
                        continue;
                    for (g_187 = 0; (g_187 <= 9); g_187 += 1)
                    { /* block id: 1427 */
                        uint32_t *l_2964 = (void*)0;
                        uint32_t *l_2965 = &g_563[2];
                        const int32_t **l_2969 = (void*)0;
                        const int32_t **l_2970 = &l_1655;
                        int i, j, k;
                        l_2950[1][1][2] = (safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(((((safe_mul_func_int16_t_s_s(((*g_928) = (safe_add_func_int64_t_s_s(l_2083[(l_2786 + 1)][(l_2786 + 2)][l_2786], (l_2788[l_2786] | ((g_2943[2][5][1] = g_2943[2][5][1]) == &g_2944))))), ((l_2951++) < ((safe_add_func_int32_t_s_s(0x968207F7L, (safe_div_func_uint8_t_u_u(((safe_div_func_uint16_t_u_u((safe_add_func_uint32_t_u_u((safe_sub_func_int64_t_s_s((((*l_2965) |= (7UL > p_15)) , (-2L)), ((~p_15) | l_2923[6]))), 4294967286UL)), l_2083[(l_2786 + 1)][(l_2786 + 2)][l_2786])) || p_16), p_13)))) | p_14)))) && l_2912) ^ l_2967) | l_2887[3]), 0x47L)), l_2968[4]));
                        (*g_2047) = &l_2745;
                        (*l_2970) = (*l_1654);
                    }
                }
            }
            for (g_1483 = 0; (g_1483 > (-6)); g_1483 = safe_sub_func_uint32_t_u_u(g_1483, 2))
            { /* block id: 1440 */
                int8_t l_2978 = 0x81L;
                int8_t * const *l_2983[2][6][6] = {{{&g_2061,&g_2061,&l_2318[4][1][1],&g_2061,&g_2061,&l_2318[3][2][2]},{&g_2061,(void*)0,&g_2061,(void*)0,(void*)0,(void*)0},{(void*)0,&l_2318[1][0][3],&l_2318[1][0][3],(void*)0,&l_2318[4][1][1],(void*)0},{&g_2061,(void*)0,&g_2061,&l_2318[3][2][2],(void*)0,&l_2318[3][2][2]},{&l_2318[4][1][1],&g_2061,&l_2318[4][1][1],&l_2318[5][0][5],(void*)0,&g_2061},{&g_2061,(void*)0,&g_2061,&l_2318[4][1][1],&l_2318[4][1][1],&g_2061}},{{&l_2318[1][0][3],&l_2318[1][0][3],(void*)0,&l_2318[4][1][1],(void*)0,&l_2318[5][0][5]},{&g_2061,(void*)0,&g_2061,&l_2318[5][0][5],&g_2061,(void*)0},{&l_2318[4][1][1],&g_2061,&g_2061,&l_2318[3][2][2],&l_2318[1][0][3],&l_2318[5][0][5]},{&g_2061,(void*)0,&l_2318[1][0][3],&l_2318[1][0][3],(void*)0,&l_2318[4][1][1]},{&l_2318[1][0][3],(void*)0,&l_2318[4][1][1],(void*)0,&l_2318[5][0][5],&g_2061},{&g_2061,&g_2061,&l_2318[3][2][2],&g_2061,&g_2061,(void*)0}}};
                int8_t * const **l_2982[10][5][5] = {{{&l_2983[1][1][5],(void*)0,&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[1][5][5]},{&l_2983[0][1][4],&l_2983[0][4][3],(void*)0,&l_2983[0][1][4],&l_2983[0][2][1]},{&l_2983[1][2][4],&l_2983[0][1][4],&l_2983[1][0][1],(void*)0,&l_2983[0][1][4]},{&l_2983[0][4][3],&l_2983[1][2][1],(void*)0,&l_2983[0][3][2],(void*)0},{&l_2983[0][1][3],&l_2983[0][1][3],&l_2983[1][4][3],&l_2983[0][1][4],(void*)0}},{{&l_2983[0][0][0],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][4][3]},{&l_2983[0][1][4],&l_2983[1][5][3],&l_2983[1][5][5],&l_2983[0][1][4],&l_2983[0][1][4]},{&l_2983[0][5][0],&l_2983[0][1][4],&l_2983[1][2][2],&l_2983[1][0][0],&l_2983[0][3][2]},{(void*)0,&l_2983[0][1][3],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][1][4]},{&l_2983[1][0][0],&l_2983[1][2][1],(void*)0,&l_2983[0][1][4],(void*)0}},{{&l_2983[0][1][4],&l_2983[0][1][4],(void*)0,(void*)0,&l_2983[0][1][4]},{(void*)0,&l_2983[0][4][3],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][4][3]},{&l_2983[0][4][4],(void*)0,&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[1][0][1]},{(void*)0,(void*)0,&l_2983[0][1][4],&l_2983[0][2][1],&l_2983[0][1][4]},{&l_2983[0][1][4],&l_2983[0][4][4],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][1][4]}},{{(void*)0,&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][5][0],&l_2983[0][1][4]},{&l_2983[0][4][4],&l_2983[1][1][5],&l_2983[0][1][4],&l_2983[0][1][3],&l_2983[1][2][5]},{(void*)0,&l_2983[0][3][2],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[1][0][3]},{&l_2983[0][1][4],(void*)0,&l_2983[1][5][3],&l_2983[1][2][0],&l_2983[0][1][4]},{&l_2983[1][0][0],&l_2983[0][2][1],&l_2983[0][1][4],&l_2983[0][2][1],&l_2983[1][0][0]}},{{(void*)0,(void*)0,&l_2983[1][0][1],&l_2983[0][1][4],&l_2983[0][1][3]},{&l_2983[0][5][0],(void*)0,&l_2983[1][0][3],&l_2983[0][1][4],&l_2983[0][1][4]},{&l_2983[0][1][4],&l_2983[1][1][5],&l_2983[0][1][4],(void*)0,&l_2983[0][1][3]},{&l_2983[0][0][0],&l_2983[0][1][4],(void*)0,&l_2983[0][1][5],&l_2983[1][0][0]},{&l_2983[0][1][3],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][1][4]}},{{&l_2983[0][4][3],(void*)0,&l_2983[1][3][1],&l_2983[1][0][0],&l_2983[1][0][3]},{&l_2983[1][2][4],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[1][5][3],&l_2983[1][2][5]},{&l_2983[0][1][4],&l_2983[1][0][3],&l_2983[1][0][3],&l_2983[0][1][4],&l_2983[0][1][4]},{&l_2983[1][1][5],&l_2983[0][1][4],&l_2983[1][3][1],&l_2983[0][1][4],&l_2983[0][1][4]},{&l_2983[1][0][3],(void*)0,(void*)0,(void*)0,&l_2983[0][1][4]}},{{&l_2983[0][1][3],&l_2983[0][1][4],&l_2983[1][5][3],&l_2983[0][1][4],&l_2983[1][0][1]},{&l_2983[1][4][2],&l_2983[0][1][4],(void*)0,&l_2983[0][1][4],&l_2983[0][4][3]},{&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[1][5][5],&l_2983[1][5][3],&l_2983[0][1][4]},{&l_2983[0][5][0],&l_2983[0][1][5],&l_2983[0][1][4],&l_2983[1][0][0],(void*)0},{&l_2983[0][1][4],&l_2983[0][1][3],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][1][4]}},{{&l_2983[1][5][4],&l_2983[0][1][4],&l_2983[1][5][4],&l_2983[1][3][3],&l_2983[0][1][4]},{&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[1][4][3],(void*)0,&l_2983[0][1][4]},{&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][4][3],&l_2983[1][0][3],&l_2983[0][1][4]},{(void*)0,&l_2983[1][0][1],&l_2983[1][4][3],&l_2983[0][1][4],&l_2983[1][5][5]},{&l_2983[0][1][4],&l_2983[1][2][2],&l_2983[1][5][4],&l_2983[1][2][1],(void*)0}},{{&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[1][2][0],&l_2983[0][1][4],&l_2983[1][2][4]},{&l_2983[0][4][1],&l_2983[1][0][3],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[1][2][1]},{&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[1][5][3],&l_2983[0][1][4]},{&l_2983[0][1][4],&l_2983[0][1][4],(void*)0,&l_2983[0][1][5],(void*)0},{&l_2983[0][1][4],(void*)0,&l_2983[0][4][4],(void*)0,&l_2983[0][1][4]}},{{&l_2983[0][1][4],(void*)0,(void*)0,&l_2983[1][2][1],&l_2983[1][5][4]},{(void*)0,(void*)0,&l_2983[1][2][5],&l_2983[0][1][4],&l_2983[1][5][3]},{&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][4][1],(void*)0,&l_2983[1][0][3]},{&l_2983[0][1][4],&l_2983[0][1][4],&l_2983[0][1][4],(void*)0,&l_2983[1][4][3]},{(void*)0,&l_2983[1][0][3],&l_2983[0][2][1],&l_2983[0][1][4],&l_2983[0][1][4]}}};
                int8_t * const ***l_2981 = &l_2982[0][2][3];
                int8_t * const ****l_2984 = &l_2981;
                int32_t *l_2990[8] = {&l_2887[3],&g_1695,&l_2887[3],&l_2887[3],&g_1695,&l_2887[3],&l_2887[3],&g_1695};
                int i, j, k;
                if ((safe_add_func_uint32_t_u_u((((0L == (!(l_2978 = (l_2976 != l_2977)))) == (safe_rshift_func_int8_t_s_s(((((*l_2984) = l_2981) == g_2382) ^ (l_2887[7] != ((0x53L || ((l_2887[4] < (*g_1112)) | l_2887[3])) <= p_16))), 1))) , p_16), 0x1018154DL)))
                { /* block id: 1443 */
                    int32_t l_2988 = 0xAA9814ACL;
                    for (g_1090 = 0; (g_1090 >= 0); g_1090 -= 1)
                    { /* block id: 1446 */
                        int32_t *l_2989 = &g_438;
                        int i;
                        p_13 = (l_2788[g_1090] , (~l_2988));
                        (*l_2498) = (***g_2092);
                        l_2990[3] = l_2989;
                    }
                }
                else
                { /* block id: 1451 */
                    for (g_848 = 2; (g_848 >= 0); g_848 -= 1)
                    { /* block id: 1454 */
                        if (p_13)
                            break;
                        if (p_14)
                            break;
                    }
                }
                for (g_867 = 16; (g_867 <= 14); g_867 = safe_sub_func_int32_t_s_s(g_867, 9))
                { /* block id: 1461 */
                    int32_t l_2993 = 0x34CB3948L;
                    if (l_2887[3])
                    { /* block id: 1462 */
                        return p_14;
                    }
                    else
                    { /* block id: 1464 */
                        return l_2993;
                    }
                }
                l_2887[3] |= (safe_div_func_int32_t_s_s((+0xA4L), (--l_2997)));
                l_2887[3] = l_3000;
            }
        }
    }
    l_2015 |= (p_13 = 7L);
    return p_16;
}


/* ------------------------------------------ */
/* 
 * reads : g_79 g_73 g_848 g_353 g_354 g_56 g_563 g_709 g_104 g_927 g_553 g_709.f1 g_854 g_198 g_928 g_862 g_849 g_593 g_1091 g_1336 g_363 g_108 g_1029 g_1030 g_1071 g_6 g_2 g_1111 g_1112 g_187 g_857 g_768 g_1484 g_27
 * writes: g_79 g_73 g_103 g_848 g_104 g_928 g_593 g_56 g_709.f1 g_512 g_854 g_1336 g_1335 g_864 g_187 g_867 g_433.f0 g_1071 g_433.f1 g_768 g_1484 g_27
 */
static union U0  func_17(uint64_t  p_18, int32_t  p_19, uint16_t  p_20, union U1  p_21)
{ /* block id: 556 */
    int64_t l_1246 = 0x9A1894CD6CD2E566LL;
    int32_t l_1249 = (-1L);
    int32_t **l_1251[4][7] = {{&g_103,&g_103,&g_103,&g_103,&g_103,&g_103,&g_103},{&g_103,&g_103,&g_103,&g_103,&g_103,&g_103,&g_103},{&g_103,&g_103,&g_103,&g_103,&g_103,&g_103,&g_103},{&g_103,&g_103,&g_103,&g_103,&g_103,&g_103,&g_103}};
    union U0 l_1317 = {0x1EL};
    int32_t l_1319 = 1L;
    const int64_t l_1349 = (-10L);
    int16_t *l_1389 = (void*)0;
    int32_t **l_1406 = (void*)0;
    int32_t l_1461[7] = {0xE5532258L,0xE5532258L,0xE5532258L,0xE5532258L,0xE5532258L,0xE5532258L,0xE5532258L};
    int i, j;
lbl_1250:
    for (g_79 = (-18); (g_79 == (-15)); g_79++)
    { /* block id: 559 */
        const int64_t l_1240 = 0L;
        uint16_t *l_1243 = &g_73;
        int32_t *l_1247 = (void*)0;
        int32_t *l_1248 = (void*)0;
        l_1249 = (safe_div_func_int32_t_s_s(l_1240, ((safe_rshift_func_int8_t_s_s((p_20 > (--(*l_1243))), l_1246)) || l_1246)));
        if (l_1240)
            goto lbl_1250;
    }
    g_103 = &l_1249;
    for (g_848 = (-10); (g_848 == 13); g_848 = safe_add_func_int64_t_s_s(g_848, 8))
    { /* block id: 567 */
        int64_t l_1256[7];
        int i;
        for (i = 0; i < 7; i++)
            l_1256[i] = (-1L);
        l_1256[6] = (safe_sub_func_uint64_t_u_u((**g_353), g_563[0]));
        g_104 |= ((g_709 , &g_1071) != (g_103 = (void*)0));
    }
    for (p_20 = 10; (p_20 == 32); p_20++)
    { /* block id: 574 */
        int64_t *l_1267[1];
        int32_t l_1268 = 0xC65E50CDL;
        int16_t *l_1269 = &g_848;
        union U1 l_1270 = {-7L};
        union U0 l_1272 = {0xD5L};
        uint16_t *l_1273[4][4][1] = {{{&g_593},{&g_593},{&g_323},{&g_593}},{{&g_593},{&g_323},{&g_593},{&g_593}},{{&g_323},{&g_593},{&g_593},{&g_323}},{{&g_593},{&g_593},{&g_323},{&g_593}}};
        int32_t l_1274 = 0x42F62D51L;
        const uint32_t l_1325 = 8UL;
        int32_t *l_1363 = &g_1071;
        uint8_t *l_1370[4];
        uint32_t *l_1454 = &g_187;
        uint16_t l_1473 = 0xA9DFL;
        int32_t l_1479[3];
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_1267[i] = &g_177;
        for (i = 0; i < 4; i++)
            l_1370[i] = &g_433[0].f1;
        for (i = 0; i < 3; i++)
            l_1479[i] = 1L;
        if ((((l_1274 = (safe_div_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_s((g_709.f1 |= (safe_div_func_int64_t_s_s(((((*g_354) = (safe_rshift_func_uint16_t_u_u(((l_1268 |= 0x148EA848A5819A9ELL) , (l_1268 = (g_593 = (g_73 = ((((*g_927) = l_1269) != l_1269) < (((((l_1270 = p_21) , g_73) & g_553[1][0]) <= (((~l_1268) && 0x83L) & (l_1272 , 0x610E41EAL))) , 0x90303DABL)))))), 4))) <= p_21.f0) | p_20), p_21.f0))), p_18)) && 0x30L), (-1L)))) && 1UL) >= p_20))
        { /* block id: 584 */
            int32_t *l_1275 = &l_1270.f0;
            uint32_t l_1311 = 0UL;
            int32_t l_1332 = (-1L);
            int32_t l_1334 = (-1L);
            int16_t l_1350 = 0L;
            union U0 l_1361[1] = {{0xB7L}};
            int i;
            l_1275 = (void*)0;
            if (p_21.f1)
                break;
            for (g_512 = (-14); (g_512 > 59); g_512 = safe_add_func_uint64_t_u_u(g_512, 8))
            { /* block id: 589 */
                int32_t l_1280 = (-3L);
                int32_t l_1300 = (-6L);
                union U0 l_1326 = {-1L};
                int32_t *l_1359 = &g_433[0].f0;
                int32_t *l_1360 = &l_1334;
                if ((p_20 == (safe_rshift_func_int16_t_s_u(p_20, l_1280))))
                { /* block id: 590 */
                    uint16_t l_1299 = 1UL;
                    uint32_t *l_1301[8] = {&g_87[4][2],&g_849[1],&g_87[4][2],&g_849[1],&g_87[4][2],&g_849[1],&g_87[4][2],&g_849[1]};
                    int32_t l_1331[4][2];
                    union U0 *l_1355 = &l_1317;
                    int i, j;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 2; j++)
                            l_1331[i][j] = (-5L);
                    }
                    if (((l_1274 = (((!(g_553[1][0] && (~(((((((((safe_div_func_uint16_t_u_u((p_18 >= (**g_353)), (safe_mod_func_uint16_t_u_u(((safe_rshift_func_uint8_t_u_u(((0UL < (safe_mod_func_uint64_t_u_u((*g_354), (l_1280 = (g_854 &= p_19))))) < ((safe_mul_func_int16_t_s_s((safe_sub_func_int32_t_s_s(l_1270.f1, (safe_add_func_int32_t_s_s(((g_198 < (((safe_lshift_func_uint16_t_u_s(p_21.f0, (**g_927))) , p_19) > p_21.f0)) | 255UL), g_73)))), p_18)) && p_21.f1)), 7)) > (-10L)), 0x0EA1L)))) != l_1299) , g_848) , 0x7710L) && 0x8AD5L) & 0x1DL) > g_73) , 18446744073709551610UL) > p_18)))) < l_1300) ^ g_862)) > p_20))
                    { /* block id: 594 */
                        int32_t l_1318 = 0xE32B64A5L;
                        int32_t l_1324 = 0x247AC2D0L;
                        int32_t l_1333 = 0xE5F844D5L;
                        p_19 = ((((safe_rshift_func_uint16_t_u_s((((((((p_21.f1 >= (safe_unary_minus_func_int16_t_s(((void*)0 != &g_927)))) == (safe_div_func_uint16_t_u_u(0xF15CL, (safe_div_func_int64_t_s_s((safe_div_func_int64_t_s_s(l_1311, ((~l_1300) ^ l_1270.f0))), (safe_mod_func_int8_t_s_s((((safe_lshift_func_int16_t_s_s((p_18 ^ (l_1317 , 7L)), p_18)) >= p_21.f0) > l_1270.f1), l_1299))))))) == p_21.f0) <= p_21.f0) >= l_1280) == 1L) == 0UL), (**g_927))) <= p_19) == l_1318) != g_849[1]);
                        if (l_1319)
                            break;
                        p_21.f0 = (((l_1318 = (g_593--)) == p_21.f0) > ((safe_lshift_func_int16_t_s_s((((l_1326 = l_1272) , l_1299) , ((safe_lshift_func_int16_t_s_u((l_1324 = ((*l_1269) |= (safe_div_func_uint16_t_u_u(((p_20 | 0x10F340885A65EA6BLL) >= 18446744073709551615UL), p_20)))), 3)) < p_21.f1)), 0)) <= g_1091));
                        g_1336++;
                    }
                    else
                    { /* block id: 604 */
                        int32_t l_1346[5];
                        int8_t *l_1358 = &g_864;
                        int i;
                        for (i = 0; i < 5; i++)
                            l_1346[i] = 0xF7A101E3L;
                        l_1331[2][0] ^= (+(l_1300 = (p_18 > (safe_rshift_func_uint16_t_u_u((((((((g_1335 = (safe_div_func_uint8_t_u_u(((&g_296 == &g_296) > (((safe_sub_func_int16_t_s_s(((l_1346[4] && ((safe_lshift_func_int16_t_s_s(((*g_363) , ((l_1349 | l_1299) , l_1325)), ((0x666FL <= p_21.f1) & l_1299))) , l_1350)) >= (*g_354)), p_18)) || l_1346[4]) ^ (*g_354))), l_1346[4]))) && 0x54646D24B1C211A5LL) | 0x27102D35C3D0FEC1LL) >= 0x77EFL) ^ 0xC852L) , 65535UL) , 65535UL), p_19)))));
                        g_104 = (safe_div_func_int64_t_s_s((safe_div_func_int32_t_s_s((&g_108 == l_1355), p_20)), ((**g_353) &= (safe_rshift_func_int8_t_s_s(((*l_1358) = p_21.f0), 2)))));
                        l_1280 = ((void*)0 == &p_21);
                    }
                    l_1360 = (l_1359 = &g_2);
                    return l_1361[0];
                }
                else
                { /* block id: 616 */
                    int32_t *l_1362 = &g_433[0].f0;
                    l_1363 = (l_1360 = l_1362);
                }
            }
            if (p_18)
                break;
        }
        else
        { /* block id: 622 */
            int32_t l_1369 = 0x1F2F7BF7L;
            uint64_t ***l_1371 = &g_353;
            int32_t l_1390 = 0xDC66ED35L;
            int32_t l_1409 = 1L;
            int32_t l_1444[8] = {(-1L),2L,2L,(-1L),2L,2L,(-1L),2L};
            int i;
            if (p_21.f0)
            { /* block id: 623 */
                uint32_t *l_1366 = &g_187;
                uint64_t ***l_1372[6][8][5] = {{{&g_353,&g_353,&g_353,&g_353,(void*)0},{&g_353,(void*)0,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{(void*)0,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,(void*)0,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,(void*)0}},{{&g_353,(void*)0,&g_353,&g_353,&g_353},{&g_353,(void*)0,&g_353,&g_353,&g_353},{(void*)0,(void*)0,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,(void*)0,&g_353,&g_353},{&g_353,&g_353,&g_353,(void*)0,&g_353},{(void*)0,&g_353,(void*)0,&g_353,(void*)0},{&g_353,&g_353,&g_353,&g_353,&g_353}},{{&g_353,(void*)0,&g_353,&g_353,(void*)0},{&g_353,&g_353,(void*)0,(void*)0,&g_353},{&g_353,(void*)0,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,(void*)0,(void*)0,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353}},{{&g_353,(void*)0,&g_353,&g_353,&g_353},{&g_353,(void*)0,&g_353,&g_353,&g_353},{&g_353,(void*)0,&g_353,(void*)0,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,(void*)0,&g_353,&g_353},{&g_353,(void*)0,&g_353,&g_353,&g_353},{&g_353,&g_353,(void*)0,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353}},{{&g_353,&g_353,&g_353,&g_353,&g_353},{(void*)0,&g_353,(void*)0,(void*)0,&g_353},{&g_353,&g_353,&g_353,&g_353,(void*)0},{(void*)0,&g_353,(void*)0,&g_353,&g_353},{&g_353,&g_353,&g_353,(void*)0,(void*)0},{&g_353,(void*)0,&g_353,&g_353,&g_353},{&g_353,&g_353,(void*)0,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353}},{{&g_353,&g_353,(void*)0,(void*)0,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{(void*)0,&g_353,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,(void*)0},{(void*)0,(void*)0,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353},{&g_353,(void*)0,&g_353,&g_353,&g_353},{&g_353,&g_353,&g_353,&g_353,&g_353}}};
                uint64_t ****l_1373 = &l_1372[5][4][2];
                int32_t *l_1374 = &l_1249;
                int16_t *l_1388 = &g_862;
                int32_t l_1393 = 0x8169AAEDL;
                int32_t l_1410 = 0x81629678L;
                int32_t l_1411[2];
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_1411[i] = 0x9D498780L;
                p_21.f0 = ((((*l_1366) = (safe_lshift_func_int16_t_s_s(p_18, 14))) != ((((*l_1269) |= l_1369) & (l_1370[0] == (*g_1029))) | (l_1317 , (*g_354)))) && p_21.f0);
                l_1374 = &g_104;
                p_19 &= (+(((*l_1374) = (((*l_1363) >= ((*l_1374) <= (safe_sub_func_uint32_t_u_u(1UL, (safe_sub_func_int16_t_s_s((safe_mod_func_uint8_t_u_u(((g_6 > (safe_rshift_func_uint16_t_u_s(l_1369, 12))) && (g_2 , (((((((-1L) | 0x97EF4924510BA5A7LL) | (safe_div_func_uint32_t_u_u(p_21.f0, 0x65382A97L))) ^ p_18) , l_1388) == l_1389) ^ (**g_1111)))), 0x2EL)), (*l_1374))))))) <= l_1390)) && g_187));
                for (l_1249 = 27; (l_1249 <= 27); l_1249++)
                { /* block id: 633 */
                    uint64_t l_1394 = 0xD1FC71DE86717002LL;
                    int32_t *l_1397[7][7] = {{&g_80,&l_1369,&g_80,&g_861,&l_1319,&g_80,(void*)0},{&g_856,&l_1369,&g_80,(void*)0,&g_80,&l_1369,&g_856},{&g_979,(void*)0,&l_1369,(void*)0,&g_80,&l_1369,&l_1369},{(void*)0,&l_1369,&g_861,&g_80,&l_1319,&l_1319,&g_80},{&l_1369,&g_861,&l_1369,(void*)0,&g_80,(void*)0,&l_1369},{&l_1369,(void*)0,&g_80,&l_1369,&l_1369,&g_861,(void*)0},{(void*)0,&g_979,&g_80,&g_80,&g_979,(void*)0,&g_856}};
                    int32_t **l_1402 = &l_1363;
                    int32_t ***l_1405 = &l_1251[0][4];
                    int32_t **l_1408 = (void*)0;
                    int32_t ***l_1407 = &l_1408;
                    int32_t l_1443 = 0x0D1F27D5L;
                    int i, j;
                    l_1394++;
                }
            }
            else
            { /* block id: 662 */
                for (g_867 = 0; (g_867 <= 2); g_867 += 1)
                { /* block id: 665 */
                    return l_1317;
                }
            }
            g_103 = &p_19;
            return l_1272;
        }
        (*l_1363) = p_18;
        if ((safe_mul_func_int16_t_s_s((safe_add_func_int64_t_s_s(0x35BE6494FBE7DE66LL, (p_18 = (((safe_add_func_uint32_t_u_u((--(*l_1454)), (safe_unary_minus_func_uint64_t_u(18446744073709551615UL)))) > ((((safe_mul_func_int8_t_s_s(g_849[0], (~((((p_20 ^ (l_1270.f0 <= l_1461[3])) || g_857) || (l_1268 = (l_1274 = ((((safe_sub_func_uint64_t_u_u((((~((safe_sub_func_uint64_t_u_u((safe_add_func_uint32_t_u_u((((safe_add_func_uint8_t_u_u((g_433[0].f1 = p_21.f0), 0x43L)) > p_21.f1) & p_21.f1), p_20)), p_20)) != p_19)) , l_1268) && p_21.f0), p_21.f1)) <= p_18) , (void*)0) != &g_927)))) | 0L)))) , 2UL) || p_20) <= 0xDFL)) || p_19)))), p_21.f1)))
        { /* block id: 678 */
            int16_t l_1471 = 1L;
            int32_t l_1472 = 0x4291C386L;
            int32_t l_1480[5];
            int i;
            for (i = 0; i < 5; i++)
                l_1480[i] = 0L;
            if (p_19)
                break;
            for (l_1270.f1 = 0; (l_1270.f1 <= 0); l_1270.f1 += 1)
            { /* block id: 682 */
                p_21.f0 = 1L;
                if (p_21.f0)
                    break;
            }
            l_1473++;
            for (g_768 = 0; (g_768 <= 3); g_768 += 1)
            { /* block id: 689 */
                int32_t *l_1476 = &g_136;
                int32_t l_1477 = 0L;
                int32_t l_1478 = 0x4175AF9BL;
                int32_t l_1481 = 0L;
                int i, j;
                g_103 = l_1476;
                g_1484--;
            }
        }
        else
        { /* block id: 693 */
            return l_1317;
        }
    }
    return (*g_363);
}


/* ------------------------------------------ */
/* 
 * reads : g_318 g_1111 g_928 g_768 g_862 g_2 g_79 g_87 g_867 g_354 g_56 g_104 g_865 g_363 g_108 g_751 g_1184 g_232 g_1071 g_674 g_103 g_438 g_854 g_927 g_6
 * writes: g_1111 g_841.f0 g_862 g_177 g_79 g_318 g_296 g_849 g_104 g_361 g_751 g_232 g_1071 g_103 g_674 g_1205 g_1090 g_438
 */
static uint16_t  func_31(uint64_t  p_32, const uint64_t * p_33)
{ /* block id: 478 */
    int32_t l_1094 = 1L;
    int32_t l_1095 = 1L;
    uint32_t *l_1110 = (void*)0;
    uint32_t **l_1109 = &l_1110;
    uint32_t ***l_1108 = &l_1109;
    const uint8_t ***l_1113 = (void*)0;
    const uint8_t ***l_1114 = &g_1111;
    uint8_t **l_1119[8][9][3] = {{{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,(void*)0},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,(void*)0}},{{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,(void*)0},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030}},{{&g_1030,(void*)0,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,(void*)0,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030}},{{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{&g_1030,&g_1030,&g_1030},{(void*)0,&g_1030,&g_1030},{&g_1030,(void*)0,&g_1030}}};
    int32_t l_1120 = 0x80219523L;
    int8_t *l_1121 = &g_841.f0;
    int32_t l_1122 = 1L;
    union U1 *l_1157 = &g_433[0];
    union U0 *l_1173 = &g_841;
    int32_t l_1187 = 3L;
    int16_t ***l_1201 = &g_927;
    uint64_t ***l_1218 = (void*)0;
    int32_t *l_1228 = &g_709.f0;
    int32_t *l_1229[10][5] = {{&l_1187,&l_1120,&l_1120,&l_1187,&g_7},{&g_2,&l_1187,&l_1122,(void*)0,(void*)0},{&g_2,&l_1122,&g_7,&l_1122,&g_2},{&l_1187,&g_6,(void*)0,(void*)0,&l_1120},{(void*)0,&g_6,&l_1187,&l_1187,&g_6},{&g_7,&l_1122,&g_2,&g_6,&l_1120},{&l_1122,&l_1187,&g_2,(void*)0,&g_2},{&l_1120,&l_1120,&l_1187,&g_7,(void*)0},{&l_1122,(void*)0,(void*)0,&g_7,&g_7},{&g_7,(void*)0,&g_7,(void*)0,(void*)0}};
    int16_t l_1230[5];
    uint64_t l_1232 = 9UL;
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_1230[i] = 0x3ED9L;
    l_1122 = (l_1094 <= ((l_1095 , ((*l_1121) = (safe_mod_func_uint64_t_u_u((safe_mod_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((safe_sub_func_int8_t_s_s((((safe_mod_func_uint8_t_u_u(((safe_mod_func_int64_t_s_s((0x98L | ((l_1120 = (((((((&g_242 == l_1108) , g_318) & (((*l_1114) = g_1111) != (((safe_add_func_uint64_t_u_u((safe_div_func_uint32_t_u_u((l_1094 ^ (p_32 || l_1095)), p_32)), 18446744073709551615UL)) == (*g_928)) , l_1119[1][7][0]))) && p_32) != p_32) > 0UL) >= p_32)) ^ 0x89C4C199L)), 18446744073709551615UL)) , p_32), p_32)) , l_1094) && 255UL), p_32)) > 0xD691L), (-1L))), 0x91CAL)), p_32)))) >= p_32));
    if (p_32)
    { /* block id: 483 */
        int8_t l_1142 = 0x61L;
        int32_t l_1145[5][1][2] = {{{1L,1L}},{{1L,0xB09A570BL}},{{(-7L),0x6AE1C18FL}},{{0xB09A570BL,0x6AE1C18FL}},{{(-7L),0xB09A570BL}}};
        uint8_t l_1167[6][10] = {{252UL,0x53L,0x53L,252UL,0x53L,0x53L,252UL,0x53L,0x53L,252UL},{0x53L,252UL,0x53L,0x53L,252UL,0x53L,0x53L,252UL,0x53L,0x53L},{252UL,252UL,0x34L,252UL,252UL,0x34L,252UL,252UL,0x34L,252UL},{252UL,0x53L,0x53L,252UL,0x53L,0x53L,252UL,0x53L,0x53L,252UL},{0x53L,252UL,0x53L,0x53L,252UL,0x34L,0x34L,0x53L,0x34L,0x34L},{0x53L,0x53L,252UL,0x53L,0x53L,252UL,0x53L,0x53L,252UL,0x53L}};
        union U1 l_1170 = {0L};
        uint64_t ***l_1171 = &g_353;
        int32_t *l_1172 = &g_104;
        int i, j, k;
        for (g_862 = 0; (g_862 > 4); g_862++)
        { /* block id: 486 */
            uint16_t * const * const l_1144 = &g_297;
            uint64_t l_1146 = 0xD7FAB90B33E6AE0DLL;
            int32_t l_1147 = (-4L);
            int32_t *l_1158 = &g_104;
            int32_t *l_1159 = (void*)0;
            int32_t *l_1160 = &g_709.f0;
            int32_t *l_1161 = (void*)0;
            int32_t *l_1162 = &g_709.f0;
            int32_t *l_1163 = &g_1071;
            int32_t *l_1164 = &l_1147;
            int32_t *l_1165 = &g_709.f0;
            int32_t *l_1166[6][2][9] = {{{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071},{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071}},{{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071},{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071}},{{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071},{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071}},{{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071},{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071}},{{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071},{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071}},{{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071},{&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071,&l_1120,&g_1071,&g_1071}}};
            int i, j, k;
            for (g_177 = 21; (g_177 >= 14); g_177--)
            { /* block id: 489 */
                uint16_t l_1135 = 65526UL;
                int64_t *l_1140 = (void*)0;
                int64_t *l_1141 = &g_79;
                uint16_t ***l_1143 = &g_296;
                union U1 * const l_1156 = &g_433[0];
                if ((l_1147 = ((safe_add_func_int64_t_s_s(g_2, (safe_div_func_uint16_t_u_u(((g_849[1] = (safe_mod_func_uint64_t_u_u((safe_div_func_int32_t_s_s(p_32, (l_1145[0][0][1] = ((l_1135 == ((safe_sub_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(p_32, 0)), ((((*l_1141) |= p_32) , 5UL) && ((l_1142 = ((g_318 = 0xC2L) & ((*l_1121) = g_87[6][0]))) | (((((*l_1143) = (void*)0) == l_1144) ^ 0xDE572A8F8D134B84LL) ^ 0xBC7F200AL))))) & 0L)) | g_867)))), (*g_354)))) , l_1145[0][0][1]), p_32)))) | l_1146)))
                { /* block id: 498 */
                    for (g_104 = 0; (g_104 != 20); g_104 = safe_add_func_int64_t_s_s(g_104, 1))
                    { /* block id: 501 */
                        int32_t *l_1152 = &l_1120;
                        const uint32_t *l_1154 = &g_187;
                        const uint32_t * const *l_1153 = &l_1154;
                        const uint32_t * const **l_1155 = &l_1153;
                        (*l_1152) = (safe_mod_func_uint16_t_u_u(0x3B6AL, 0x2E1FL));
                        (*l_1155) = l_1153;
                    }
                    if (g_865)
                        continue;
                }
                else
                { /* block id: 506 */
                    l_1157 = l_1156;
                }
                return l_1135;
            }
            --l_1167[5][7];
        }
        if ((l_1170 , ((*l_1172) = (((*g_363) , l_1171) == l_1171))))
        { /* block id: 514 */
            union U0 **l_1174 = &g_361[2];
            (*l_1174) = l_1173;
            g_361[0] = &g_108;
            (*l_1172) = g_318;
        }
        else
        { /* block id: 518 */
            uint32_t l_1180 = 0x58B2A861L;
            union U1 ****l_1183 = &g_751;
            union U1 **l_1186 = &l_1157;
            union U1 ***l_1185 = &l_1186;
            int8_t *l_1188[1];
            int32_t *l_1189 = &g_1071;
            int i;
            for (i = 0; i < 1; i++)
                l_1188[i] = &g_1090;
            (*l_1189) &= ((((g_232 &= ((*l_1121) = (safe_rshift_func_int8_t_s_u(((((safe_lshift_func_int16_t_s_u((*l_1172), 10)) != p_32) || (((*p_33) , ((+l_1180) & (safe_add_func_uint16_t_u_u((((0xC14B1083L < (((*l_1183) = g_751) == (l_1185 = g_1184))) < (*l_1172)) , (((((*p_33) >= (*g_354)) >= l_1122) , 4294967295UL) > 1L)), l_1187)))) ^ 0UL)) , 0xD1L), p_32)))) < (*l_1172)) || 8UL) , l_1180);
        }
        return (*l_1172);
    }
    else
    { /* block id: 526 */
        int32_t *l_1190 = &g_6;
        g_103 = l_1190;
        for (g_674 = (-26); (g_674 > 26); g_674++)
        { /* block id: 530 */
            int32_t *l_1202 = &l_1187;
            int16_t ***l_1203 = (void*)0;
            int16_t ****l_1204 = (void*)0;
            (*l_1202) &= ((safe_mod_func_int64_t_s_s((safe_rshift_func_int8_t_s_s((-4L), ((safe_sub_func_uint32_t_u_u(0xCED47055L, (l_1122 = (((safe_mul_func_int16_t_s_s(((void*)0 == &p_32), ((&g_927 == l_1201) ^ p_32))) & 0xDBCF62A6ADE9E004LL) ^ (6L || 0xDBAB54ED1EE0293CLL))))) , 0x45L))), (*g_354))) | l_1094);
            g_1205 = l_1203;
            for (g_841.f0 = 0; (g_841.f0 == 13); g_841.f0 = safe_add_func_int64_t_s_s(g_841.f0, 8))
            { /* block id: 536 */
                int32_t l_1208 = 0L;
                return l_1208;
            }
            for (g_1090 = 8; (g_1090 >= 13); g_1090 = safe_add_func_uint16_t_u_u(g_1090, 6))
            { /* block id: 541 */
                int32_t **l_1211 = &g_103;
                uint64_t ***l_1217 = &g_353;
                uint64_t ****l_1216 = &l_1217;
                (*l_1211) = &g_438;
                (*l_1202) = ((p_32 , ((safe_mul_func_int16_t_s_s(3L, (safe_lshift_func_uint16_t_u_s((((((*l_1216) = &g_353) != l_1218) >= ((**l_1211) &= ((void*)0 == &g_1112))) == ((safe_sub_func_uint32_t_u_u(((safe_mod_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((*l_1202), ((void*)0 == &g_789))), g_854)) <= (**g_927)), 0x85D9687FL)) , 0xC24DE305L)), (**g_927))))) > (-1L))) & (*l_1190));
            }
        }
        for (g_104 = 0; (g_104 < (-1)); g_104 = safe_sub_func_uint32_t_u_u(g_104, 4))
        { /* block id: 550 */
            int32_t l_1227[8][4] = {{0xA8048824L,0x1AE6EFE7L,0x1AE6EFE7L,0xA8048824L},{2L,0x1AE6EFE7L,(-5L),0x1AE6EFE7L},{0x1AE6EFE7L,0xDD48E2F0L,(-5L),(-5L)},{2L,2L,0x1AE6EFE7L,(-5L)},{0xA8048824L,0xDD48E2F0L,0xA8048824L,0x1AE6EFE7L},{0xA8048824L,0x1AE6EFE7L,0x1AE6EFE7L,0xA8048824L},{2L,0x1AE6EFE7L,(-5L),0x1AE6EFE7L},{0x1AE6EFE7L,0xDD48E2F0L,(-5L),(-5L)}};
            int i, j;
            return l_1227[4][1];
        }
    }
    --l_1232;
    return p_32;
}


/* ------------------------------------------ */
/* 
 * reads : g_1091 g_56
 * writes: g_1091
 */
static uint64_t  func_34(int64_t  p_35, uint64_t * p_36)
{ /* block id: 475 */
    int32_t l_1084[9] = {1L,1L,1L,1L,1L,1L,1L,1L,1L};
    int32_t *l_1085 = &g_709.f0;
    int32_t *l_1086 = (void*)0;
    int32_t *l_1087 = &g_1071;
    int32_t *l_1088[7][1] = {{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}};
    int8_t l_1089 = 4L;
    int i, j;
    g_1091--;
    return (*p_36);
}


/* ------------------------------------------ */
/* 
 * reads : g_323 g_104 g_553
 * writes: g_296 g_198 g_232 g_104
 */
static int64_t  func_40(uint16_t  p_41, uint64_t  p_42, uint64_t * p_43, uint64_t * p_44)
{ /* block id: 195 */
    union U1 l_452 = {-5L};
    uint16_t **l_457 = &g_297;
    uint16_t ***l_458[10][2][7] = {{{(void*)0,(void*)0,(void*)0,&g_296,(void*)0,(void*)0,(void*)0},{&g_296,(void*)0,(void*)0,&g_296,&g_296,&g_296,(void*)0}},{{&g_296,(void*)0,&l_457,&l_457,(void*)0,&g_296,(void*)0},{&g_296,(void*)0,(void*)0,(void*)0,(void*)0,&l_457,&l_457}},{{&l_457,(void*)0,&g_296,(void*)0,&l_457,(void*)0,&g_296},{&g_296,(void*)0,&l_457,&g_296,&l_457,&g_296,&l_457}},{{&g_296,&l_457,&l_457,&g_296,(void*)0,&g_296,&g_296},{&g_296,&g_296,(void*)0,&g_296,&l_457,&l_457,&g_296}},{{&l_457,&g_296,&l_457,&g_296,&l_457,(void*)0,&g_296},{&g_296,(void*)0,&l_457,(void*)0,&g_296,(void*)0,&l_457}},{{&l_457,&l_457,(void*)0,(void*)0,(void*)0,(void*)0,&g_296},{(void*)0,&l_457,&l_457,(void*)0,(void*)0,&l_457,&l_457}},{{&l_457,(void*)0,&l_457,&l_457,(void*)0,&g_296,(void*)0},{&l_457,&g_296,&g_296,&l_457,&g_296,&g_296,&l_457}},{{(void*)0,&g_296,(void*)0,&l_457,&l_457,(void*)0,&l_457},{&l_457,&l_457,(void*)0,(void*)0,&l_457,&l_457,(void*)0}},{{&g_296,(void*)0,(void*)0,(void*)0,(void*)0,&l_457,&l_457},{&l_457,(void*)0,&g_296,(void*)0,&l_457,(void*)0,&g_296}},{{&g_296,(void*)0,&l_457,&g_296,&l_457,&g_296,&l_457},{&g_296,&l_457,&l_457,&g_296,(void*)0,&g_296,&g_296}}};
    union U0 * const *l_459 = &g_361[2];
    int16_t *l_460 = &g_198;
    int8_t *l_463[4][7][9] = {{{&g_232,&g_232,&g_232,&g_232,&g_232,&g_108.f0,&g_232,&g_108.f0,&g_108.f0},{(void*)0,(void*)0,&g_232,&g_232,&g_232,(void*)0,(void*)0,&g_232,&g_232},{&g_232,(void*)0,&g_232,&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0,&g_232,&g_108.f0},{&g_108.f0,&g_232,&g_232,&g_108.f0,&g_232,&g_232,&g_232,&g_232,&g_232},{&g_108.f0,&g_232,&g_108.f0,&g_232,&g_232,&g_108.f0,&g_232,&g_108.f0,&g_232},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0,&g_232,&g_232,&g_232},{(void*)0,(void*)0,&g_232,&g_232,&g_232,&g_232,&g_108.f0,&g_108.f0,&g_232}},{{&g_232,&g_232,&g_232,&g_108.f0,&g_232,&g_232,&g_232,&g_232,&g_232},{&g_232,&g_108.f0,&g_232,&g_108.f0,&g_232,&g_232,&g_232,&g_232,&g_232},{&g_232,&g_108.f0,&g_232,&g_108.f0,&g_232,&g_232,&g_232,&g_108.f0,&g_108.f0},{&g_232,&g_232,&g_108.f0,&g_232,&g_108.f0,&g_232,&g_232,&g_108.f0,&g_232},{&g_232,&g_108.f0,&g_232,&g_232,&g_232,&g_232,&g_108.f0,&g_232,&g_108.f0},{&g_232,&g_108.f0,&g_232,&g_232,&g_108.f0,&g_232,&g_108.f0,&g_232,&g_108.f0},{&g_232,&g_232,&g_232,&g_232,&g_232,&g_108.f0,&g_232,&g_108.f0,&g_232}},{{&g_232,&g_232,&g_232,&g_108.f0,&g_108.f0,&g_232,&g_232,&g_232,&g_232},{&g_232,(void*)0,&g_232,&g_108.f0,&g_232,&g_108.f0,&g_232,&g_108.f0,&g_108.f0},{&g_232,&g_232,&g_232,&g_108.f0,&g_108.f0,&g_232,&g_232,&g_108.f0,&g_108.f0},{&g_232,&g_232,&g_232,&g_232,&g_232,&g_108.f0,&g_232,&g_232,&g_232},{&g_108.f0,&g_232,&g_232,&g_108.f0,&g_108.f0,&g_232,&g_232,&g_232,&g_232},{&g_232,&g_108.f0,&g_232,&g_232,&g_232,&g_232,&g_232,&g_108.f0,&g_108.f0},{&g_108.f0,&g_232,&g_108.f0,&g_108.f0,&g_232,&g_108.f0,&g_232,&g_108.f0,&g_108.f0}},{{&g_232,&g_232,&g_232,&g_108.f0,&g_108.f0,&g_232,&g_232,&g_232,&g_232},{&g_232,(void*)0,&g_108.f0,&g_108.f0,&g_232,&g_232,&g_232,&g_232,&g_108.f0},{&g_108.f0,&g_108.f0,&g_232,&g_232,&g_108.f0,&g_232,&g_232,&g_108.f0,&g_232},{&g_108.f0,&g_232,&g_108.f0,&g_232,&g_232,&g_232,&g_232,&g_108.f0,&g_232},{&g_232,&g_232,&g_232,&g_232,&g_108.f0,&g_232,&g_232,&g_232,&g_108.f0},{&g_232,&g_232,&g_232,&g_232,&g_108.f0,&g_232,&g_232,&g_108.f0,&g_108.f0},{&g_232,&g_232,&g_232,&g_108.f0,&g_232,&g_108.f0,&g_232,&g_232,&g_232}}};
    int32_t *l_464 = &g_104;
    int32_t *l_465 = &l_452.f0;
    int32_t *l_466 = &g_104;
    int32_t *l_467 = &g_136;
    int32_t *l_468 = &g_136;
    int32_t *l_469 = &g_433[0].f0;
    int32_t *l_470 = (void*)0;
    int32_t l_471 = 0L;
    int32_t *l_472[1];
    uint16_t l_473 = 0xC539L;
    union U1 *l_557[9];
    uint16_t *l_581[5][10] = {{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73}};
    int32_t l_586[7][10][3] = {{{0x4D6BBBBBL,1L,(-6L)},{0x173AEEC9L,0x363A8CA5L,0x8E18C88AL},{(-6L),0L,0x173AEEC9L},{0xDE0973A1L,0x853DA0F1L,0x8E18C88AL},{1L,(-1L),(-6L)},{0L,0x37B7406EL,0L},{1L,0x37B7406EL,0x7950D2E7L},{0x7950D2E7L,(-1L),0xCAD2FD9DL},{0x47AA6B28L,0x853DA0F1L,0x4D6BBBBBL},{0x688A32F2L,0L,(-8L)}},{{0x47AA6B28L,0x363A8CA5L,0x5FF20CE9L},{0x7950D2E7L,1L,(-9L)},{1L,0L,(-9L)},{0L,(-1L),0x5FF20CE9L},{1L,0x07A452E0L,(-8L)},{0xDE0973A1L,0x79373BE7L,0x4D6BBBBBL},{(-6L),0x07A452E0L,0xCAD2FD9DL},{0x173AEEC9L,(-1L),0x7950D2E7L},{0x4D6BBBBBL,0L,0L},{0x4D6BBBBBL,1L,(-6L)}},{{0x173AEEC9L,0x363A8CA5L,0x8E18C88AL},{(-6L),0L,0x173AEEC9L},{0xDE0973A1L,0x853DA0F1L,0x8E18C88AL},{1L,(-1L),(-6L)},{0L,0x37B7406EL,0L},{1L,0x37B7406EL,0x7950D2E7L},{0x7950D2E7L,(-1L),0xCAD2FD9DL},{0x47AA6B28L,0x853DA0F1L,0x4D6BBBBBL},{0x688A32F2L,0L,(-8L)},{0x47AA6B28L,0x363A8CA5L,0x5FF20CE9L}},{{0x7950D2E7L,1L,(-9L)},{1L,0L,(-9L)},{0L,(-1L),0x5FF20CE9L},{1L,0x07A452E0L,(-8L)},{0xDE0973A1L,0x79373BE7L,0x4D6BBBBBL},{(-6L),0x07A452E0L,0xCAD2FD9DL},{0x173AEEC9L,(-1L),0x7950D2E7L},{0x4D6BBBBBL,0L,0L},{0x4D6BBBBBL,1L,(-6L)},{0x173AEEC9L,0x363A8CA5L,0x8E18C88AL}},{{(-6L),0L,0x173AEEC9L},{0xDE0973A1L,0x853DA0F1L,0x8E18C88AL},{1L,(-1L),(-6L)},{0L,0x37B7406EL,0L},{1L,0x37B7406EL,0x7950D2E7L},{0x7950D2E7L,(-1L),0xCAD2FD9DL},{0x47AA6B28L,0x853DA0F1L,0x4D6BBBBBL},{0x688A32F2L,0L,(-8L)},{0x47AA6B28L,0x363A8CA5L,0x5FF20CE9L},{0x7950D2E7L,1L,(-9L)}},{{1L,0xDE0973A1L,(-1L)},{0L,(-9L),(-1L)},{0x8DFB3080L,1L,(-8L)},{0L,0x8E18C88AL,(-1L)},{0L,1L,0xB4D52016L},{0x4C4FB27DL,(-9L),0xFD2F16D1L},{(-1L),0xDE0973A1L,0L},{(-1L),0x4D6BBBBBL,0L},{0x4C4FB27DL,0x5FF20CE9L,1L},{0L,1L,0x4C4FB27DL}},{{0L,0x688A32F2L,1L},{0x8DFB3080L,(-1L),0L},{0L,0xCAD2FD9DL,0L},{1L,0xCAD2FD9DL,0xFD2F16D1L},{0xFD2F16D1L,(-1L),0xB4D52016L},{0xA3140D22L,0x688A32F2L,(-1L)},{0xB6C1D49DL,1L,(-8L)},{0xA3140D22L,0x5FF20CE9L,(-1L)},{0xFD2F16D1L,0x4D6BBBBBL,(-1L)},{1L,0xDE0973A1L,(-1L)}}};
    uint64_t *l_615 = &g_553[1][2];
    uint8_t l_672 = 0xA0L;
    int32_t l_921 = 7L;
    int16_t ***l_984 = &g_927;
    uint16_t l_1036 = 0x6EF2L;
    uint32_t l_1083 = 0UL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_472[i] = (void*)0;
    for (i = 0; i < 9; i++)
        l_557[i] = &l_452;
    (*l_464) ^= (safe_add_func_uint64_t_u_u(0x13B07E92FE9CAD12LL, (safe_mod_func_uint8_t_u_u(p_41, (safe_unary_minus_func_uint64_t_u((safe_mul_func_int16_t_s_s(((*l_460) = (l_452 , (safe_mul_func_int16_t_s_s((safe_sub_func_int8_t_s_s((&g_297 == (g_296 = l_457)), l_452.f1)), ((void*)0 == l_459))))), ((g_232 = (((safe_mul_func_int16_t_s_s((l_452 , p_42), 0x6C16L)) || g_323) & l_452.f1)) | l_452.f1)))))))));
    l_473++;
    return g_553[3][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_104 g_161 g_73 g_56 g_103 g_6 g_79 g_136 g_2 g_5 g_177 g_242 g_80 g_108 g_87 g_7 g_229 g_296 g_297 g_318 g_198 g_433
 * writes: g_79 g_177 g_187 g_104 g_136 g_87 g_198 g_229 g_56 g_232 g_242 g_73 g_108 g_80 g_103
 */
static int16_t  func_46(const union U0  p_47, uint32_t  p_48, union U1  p_49, int8_t  p_50, uint64_t * p_51)
{ /* block id: 38 */
    int32_t l_188[7][10][3] = {{{0L,(-4L),0L},{7L,0L,0x557E69CCL},{0L,(-7L),4L},{0xBB3BD2D3L,0x7CD55F75L,0xEC57C898L},{0xD1A421FDL,0L,0x3AA86CCDL},{0x3AA86CCDL,0x0BA58DE8L,0L},{0x0BA58DE8L,1L,1L},{0xBBDF8323L,0x3AA86CCDL,0xAE0A69A7L},{(-2L),0L,0xBE3FE1ABL},{0x2AA995ADL,4L,9L}},{{1L,0x0A6EEA41L,0x7FDBCA6FL},{0x15C3DA0FL,4L,0L},{0x3AA86CCDL,0L,0x2AA995ADL},{0x13F8C49FL,0x3AA86CCDL,0xC2A9FDACL},{1L,1L,0xEC57C898L},{2L,0x0BA58DE8L,0xBE3FE1ABL},{(-7L),0L,0L},{0x0BA58DE8L,0x7CD55F75L,(-1L)},{0xC2A9FDACL,(-7L),0xD1A421FDL},{0L,0L,(-7L)}},{{0x7C7DC251L,(-4L),0x15C3DA0FL},{0xBBDF8323L,2L,0x7FDBCA6FL},{0x264C02D8L,0xD71EDEFAL,0x557E69CCL},{(-7L),0xEE31D69CL,0x557E69CCL},{0x13F8C49FL,7L,0x7FDBCA6FL},{1L,1L,0x15C3DA0FL},{0xD1A421FDL,0x0BA58DE8L,(-7L)},{0x78E13ECEL,0x15C3DA0FL,0xD1A421FDL},{0L,1L,(-1L)},{9L,0x78E13ECEL,0L}},{{0x2AA995ADL,0xEE31D69CL,0xBE3FE1ABL},{0x7C7DC251L,0x44576A33L,0xEC57C898L},{0xC2A9FDACL,1L,0xC2A9FDACL},{0x15C3DA0FL,0xD71EDEFAL,0x2AA995ADL},{0x78E13ECEL,0xAD12C72DL,0L},{0L,0x3AA86CCDL,0x7FDBCA6FL},{0x7CD55F75L,0xBB3BD2D3L,9L},{0L,0L,0xBE3FE1ABL},{0x78E13ECEL,0x264C02D8L,0xAE0A69A7L},{0x15C3DA0FL,1L,1L}},{{0xC2A9FDACL,0x78E13ECEL,0L},{0x7C7DC251L,0xAD12C72DL,0x3AA86CCDL},{0x2AA995ADL,(-4L),0xEC57C898L},{9L,1L,4L},{1L,0xE6D3FFD8L,0xBBDF8323L},{2L,0xAE0A69A7L,4L},{(-2L),(-1L),0x44576A33L},{(-8L),1L,1L},{0L,0x7CD55F75L,0x0A6EEA41L},{(-1L),0x7CD55F75L,0x557E69CCL}},{{(-1L),1L,(-1L)},{(-1L),(-1L),0x2AA995ADL},{0xC2A9FDACL,0xAE0A69A7L,1L},{9L,0xE6D3FFD8L,0x7CD55F75L},{0x44576A33L,0xF1BED506L,(-1L)},{1L,0x264C02D8L,9L},{(-1L),2L,4L},{0L,2L,4L},{0xF4CE8BB6L,0xF4CE8BB6L,1L},{0L,(-1L),1L}},{{0x0A6EEA41L,1L,(-2L)},{0x7CD55F75L,1L,0xF4CE8BB6L},{(-4L),0x0A6EEA41L,(-2L)},{0x92E01139L,2L,1L},{0x7FDBCA6FL,0x15C3DA0FL,1L},{(-1L),3L,4L},{1L,0xEC57C898L,4L},{0x0A6EEA41L,0xA45DBAEAL,9L},{(-2L),2L,(-1L)},{1L,(-8L),0x7CD55F75L}}};
    int32_t l_189 = 0x027B00CAL;
    int32_t l_250 = 0xDBC6560AL;
    uint64_t *l_251 = &g_56;
    const uint32_t *l_267[4][6][2] = {{{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187}},{{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187}},{{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187}},{{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187},{&g_187,&g_187}}};
    int32_t l_290 = 4L;
    uint64_t *l_300 = (void*)0;
    union U0 *l_362 = &g_108;
    uint16_t *l_376[2][8][8] = {{{&g_323,&g_73,&g_323,&g_323,&g_73,&g_323,&g_323,&g_73},{&g_73,&g_323,&g_323,&g_73,&g_323,&g_323,&g_73,&g_323},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_323,&g_73,&g_323,&g_323,&g_73,&g_323,&g_323,&g_73},{&g_73,&g_323,&g_323,&g_73,&g_323,&g_323,&g_73,&g_323},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_323,&g_73,&g_323,&g_323,&g_73,&g_323,&g_323,&g_73},{&g_73,&g_323,&g_323,&g_73,&g_323,&g_323,&g_73,&g_73}},{{&g_323,&g_323,&g_73,&g_323,&g_323,&g_73,&g_323,&g_323},{&g_73,&g_323,&g_73,&g_73,&g_323,&g_73,&g_73,&g_323},{&g_323,&g_73,&g_73,&g_323,&g_73,&g_73,&g_323,&g_73},{&g_323,&g_323,&g_73,&g_323,&g_323,&g_73,&g_323,&g_323},{&g_73,&g_323,&g_73,&g_73,&g_323,&g_73,&g_73,&g_323},{&g_323,&g_73,&g_73,&g_323,&g_73,&g_73,&g_323,&g_73},{&g_323,&g_323,&g_73,&g_323,&g_323,&g_73,&g_323,&g_323},{&g_73,&g_323,&g_73,&g_73,&g_323,&g_73,&g_73,&g_323}}};
    int32_t **l_442 = (void*)0;
    int32_t **l_443 = &g_103;
    int i, j, k;
    for (p_48 = (-18); (p_48 <= 7); p_48++)
    { /* block id: 41 */
        int64_t l_168 = 0x8A79AF8E2B3D635DLL;
        int32_t l_199 = 0xD33459E8L;
        uint32_t *l_241[1][9][9] = {{{&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187},{&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187},{&g_87[6][0],&g_187,(void*)0,&g_187,&g_87[6][0],&g_87[6][0],&g_187,(void*)0,&g_187},{&g_187,&g_187,(void*)0,(void*)0,&g_187,&g_187,&g_187,(void*)0,(void*)0},{&g_87[6][0],&g_87[6][0],&g_187,(void*)0,&g_187,&g_87[6][0],&g_87[6][0],&g_187,(void*)0},{&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187},{&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187,&g_187},{&g_87[6][0],&g_187,(void*)0,&g_187,&g_87[6][0],&g_87[6][0],&g_187,(void*)0,&g_187},{&g_187,&g_187,(void*)0,(void*)0,&g_187,&g_187,&g_187,(void*)0,(void*)0}}};
        uint32_t **l_240 = &l_241[0][7][5];
        int32_t l_259 = 0xC29E382DL;
        int32_t l_260 = 1L;
        uint8_t *l_269 = &g_229;
        uint64_t l_270 = 18446744073709551613UL;
        uint16_t *l_304 = &g_73;
        int32_t l_321 = 0xD58738F4L;
        int i, j, k;
        for (g_79 = 4; (g_79 >= 0); g_79 -= 1)
        { /* block id: 44 */
            uint64_t l_234 = 1UL;
            int32_t l_235 = 1L;
            for (p_50 = 1; (p_50 <= 4); p_50 += 1)
            { /* block id: 47 */
                int32_t l_181 = 0xAD579426L;
                int8_t *l_186[9][6][4] = {{{&g_108.f0,(void*)0,(void*)0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{(void*)0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0}},{{&g_108.f0,&g_108.f0,(void*)0,&g_108.f0},{(void*)0,&g_108.f0,(void*)0,&g_108.f0},{&g_108.f0,&g_108.f0,(void*)0,&g_108.f0},{&g_108.f0,(void*)0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,(void*)0}},{{(void*)0,&g_108.f0,&g_108.f0,(void*)0},{&g_108.f0,(void*)0,&g_108.f0,(void*)0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{(void*)0,(void*)0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,(void*)0},{&g_108.f0,(void*)0,&g_108.f0,(void*)0}},{{&g_108.f0,&g_108.f0,&g_108.f0,(void*)0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,(void*)0,(void*)0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0}},{{&g_108.f0,&g_108.f0,&g_108.f0,(void*)0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{(void*)0,&g_108.f0,&g_108.f0,(void*)0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{(void*)0,&g_108.f0,&g_108.f0,&g_108.f0}},{{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{(void*)0,(void*)0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,(void*)0},{(void*)0,&g_108.f0,&g_108.f0,(void*)0},{&g_108.f0,(void*)0,&g_108.f0,(void*)0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0}},{{(void*)0,(void*)0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,(void*)0},{&g_108.f0,(void*)0,&g_108.f0,(void*)0},{&g_108.f0,&g_108.f0,&g_108.f0,(void*)0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,(void*)0,(void*)0,&g_108.f0}},{{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,(void*)0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{(void*)0,&g_108.f0,&g_108.f0,(void*)0}},{{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{(void*)0,&g_108.f0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,&g_108.f0},{(void*)0,(void*)0,&g_108.f0,&g_108.f0},{&g_108.f0,&g_108.f0,&g_108.f0,(void*)0}}};
                uint16_t *l_195 = &g_73;
                int16_t l_202[2];
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_202[i] = 0xE192L;
                if (l_168)
                    break;
                if ((l_189 ^= (safe_mod_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((safe_mod_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u((g_104 >= (((g_177 = 255UL) > 255UL) | (safe_mod_func_int32_t_s_s(((g_161[0] & (((~g_73) ^ ((((g_56 > l_181) , p_50) , (safe_div_func_int8_t_s_s((g_187 = (safe_rshift_func_uint16_t_u_s(g_161[3], p_50))), g_56))) <= 7L)) <= p_48)) >= l_188[6][4][2]), (*g_103))))), 0x5238762AL)) && l_181) > p_49.f1), l_181)) >= 0L), g_161[3])), l_188[0][6][1]))))
                { /* block id: 52 */
                    uint32_t *l_221 = &g_87[6][0];
                    uint32_t **l_220 = &l_221;
                    int32_t l_226 = 0x9D00192FL;
                    int32_t l_227 = 0x131B15F3L;
                    int32_t l_233[2][4][4] = {{{0xDDE3D06CL,(-7L),(-7L),0xDDE3D06CL},{(-7L),0xDDE3D06CL,1L,(-1L)},{(-7L),1L,(-7L),(-2L)},{0xDDE3D06CL,(-1L),(-2L),(-2L)}},{{1L,1L,(-1L),(-2L)},{(-2L),(-7L),1L,(-7L)},{0xDE1A71A3L,(-1L),(-1L),1L},{(-7L),(-1L),(-1L),(-7L)}}};
                    int i, j, k;
                    for (p_49.f1 = 0; (p_49.f1 <= 4); p_49.f1 += 1)
                    { /* block id: 55 */
                        uint16_t **l_196[5];
                        int16_t *l_197[1][4][3] = {{{&g_198,&g_198,&g_198},{&g_198,&g_198,&g_198},{&g_198,&g_198,&g_198},{&g_198,&g_198,&g_198}}};
                        int32_t l_200 = 0x9A44DA63L;
                        int32_t *l_201[5];
                        int i, j, k;
                        for (i = 0; i < 5; i++)
                            l_196[i] = (void*)0;
                        for (i = 0; i < 5; i++)
                            l_201[i] = &l_200;
                        l_202[1] = (p_47.f0 | ((((&p_49 == (void*)0) & (5UL <= ((+(safe_add_func_int16_t_s_s((l_199 = ((p_49.f1 >= ((*g_103) && ((safe_lshift_func_int16_t_s_u((((l_195 = l_195) != (void*)0) ^ 0x53695344L), p_50)) < p_49.f1))) , p_47.f0)), l_168))) < p_49.f1))) < 0x3EL) , l_200));
                        g_104 ^= 0L;
                        return l_188[6][4][2];
                    }
                    for (g_104 = 0; (g_104 <= 2); g_104 += 1)
                    { /* block id: 64 */
                        int32_t *l_224 = &g_136;
                        int16_t *l_225 = &g_198;
                        uint8_t *l_228 = &g_229;
                        uint64_t *l_230 = &g_56;
                        int16_t *l_231[6][10][4] = {{{&l_202[0],(void*)0,&l_202[0],&l_202[1]},{(void*)0,&l_202[0],&l_202[0],&l_202[0]},{&l_202[0],&l_202[1],&l_202[1],&l_202[1]},{&l_202[1],&l_202[1],(void*)0,&l_202[0]},{(void*)0,&l_202[0],&l_202[0],&l_202[1]},{(void*)0,(void*)0,(void*)0,&l_202[0]},{&l_202[1],&l_202[1],&l_202[1],&l_202[0]},{&l_202[0],(void*)0,&l_202[0],&l_202[1]},{(void*)0,&l_202[0],&l_202[0],&l_202[0]},{&l_202[0],&l_202[1],&l_202[1],&l_202[1]}},{{&l_202[1],&l_202[1],(void*)0,&l_202[0]},{(void*)0,&l_202[0],&l_202[0],&l_202[1]},{(void*)0,(void*)0,(void*)0,&l_202[0]},{&l_202[1],&l_202[1],&l_202[1],&l_202[0]},{&l_202[0],(void*)0,&l_202[0],&l_202[1]},{(void*)0,&l_202[0],&l_202[0],&l_202[0]},{&l_202[0],&l_202[1],&l_202[1],&l_202[1]},{&l_202[1],&l_202[1],(void*)0,&l_202[0]},{(void*)0,&l_202[0],&l_202[0],&l_202[1]},{(void*)0,(void*)0,(void*)0,&l_202[0]}},{{&l_202[1],&l_202[1],&l_202[1],&l_202[0]},{&l_202[0],(void*)0,&l_202[0],&l_202[1]},{(void*)0,&l_202[0],&l_202[0],&l_202[0]},{&l_202[0],&l_202[1],&l_202[1],&l_202[1]},{&l_202[1],&l_202[1],(void*)0,&l_202[0]},{(void*)0,&l_202[0],&l_202[0],&l_202[1]},{(void*)0,(void*)0,(void*)0,&l_202[0]},{&l_202[1],&l_202[1],&l_202[1],&l_202[0]},{&l_202[0],(void*)0,&l_202[0],&l_202[1]},{(void*)0,&l_202[0],&l_202[0],&l_202[0]}},{{&l_202[0],&l_202[1],&l_202[1],&l_202[1]},{&l_202[1],&l_202[1],(void*)0,&l_202[0]},{(void*)0,&l_202[0],&l_202[0],&l_202[1]},{(void*)0,(void*)0,(void*)0,&l_202[0]},{&l_202[1],&l_202[1],&l_202[1],&l_202[0]},{&l_202[0],(void*)0,&l_202[0],&l_202[1]},{(void*)0,&l_202[0],&l_202[0],&l_202[0]},{&l_202[0],&l_202[1],&l_202[1],&l_202[1]},{&l_202[1],&l_202[1],(void*)0,&l_202[0]},{(void*)0,&l_202[0],&l_202[0],&l_202[1]}},{{(void*)0,(void*)0,(void*)0,&l_202[0]},{&l_202[1],&l_202[1],&l_202[0],&l_202[1]},{&l_202[0],(void*)0,&l_202[0],&l_202[0]},{&l_202[1],&l_202[1],&l_202[0],&l_202[1]},{&l_202[0],&l_202[1],&l_202[0],(void*)0},{(void*)0,&l_202[1],(void*)0,&l_202[1]},{(void*)0,&l_202[1],&l_202[0],&l_202[0]},{(void*)0,(void*)0,(void*)0,&l_202[1]},{(void*)0,&l_202[0],&l_202[0],&l_202[1]},{&l_202[0],(void*)0,&l_202[0],&l_202[0]}},{{&l_202[1],&l_202[1],&l_202[0],&l_202[1]},{&l_202[0],&l_202[1],&l_202[0],(void*)0},{(void*)0,&l_202[1],(void*)0,&l_202[1]},{(void*)0,&l_202[1],&l_202[0],&l_202[0]},{(void*)0,(void*)0,(void*)0,&l_202[1]},{(void*)0,&l_202[0],&l_202[0],&l_202[1]},{&l_202[0],(void*)0,&l_202[0],&l_202[0]},{&l_202[1],&l_202[1],&l_202[0],&l_202[1]},{&l_202[0],&l_202[1],&l_202[0],(void*)0},{(void*)0,&l_202[1],(void*)0,&l_202[1]}}};
                        int i, j, k;
                        l_235 = (((l_233[0][0][3] = (g_232 = (l_227 = (safe_div_func_uint16_t_u_u((safe_add_func_int8_t_s_s((((((*l_230) ^= (safe_div_func_int64_t_s_s((l_188[g_79][p_50][g_104] , (g_104 | (!(l_189 = ((safe_mod_func_uint16_t_u_u((((*l_228) = (safe_mul_func_int16_t_s_s(((safe_sub_func_int16_t_s_s(((l_226 ^= (safe_sub_func_uint64_t_u_u(0x837AE32BB306596CLL, (p_47.f0 || (((*l_225) = (0x28DD6C4DL != (g_87[(p_50 + 2)][p_50] = (((safe_div_func_uint8_t_u_u(((void*)0 == l_220), p_48)) == (((*l_224) |= ((safe_div_func_int8_t_s_s((((g_161[1] > g_73) == 0xED5A7014L) != p_48), 1UL)) > p_49.f1)) != 0x4585E3A4L)) != p_47.f0)))) & 65535UL))))) & l_227), p_47.f0)) | l_188[6][4][2]), g_2))) < g_5[0][1][3]), l_188[6][4][2])) != g_177))))), g_79))) & 0x7C3E99366D9D4B4ALL) >= g_177) , l_227), g_161[0])), p_50))))) || l_234) < 0xCD5F59C59D2C9FDBLL);
                        return p_49.f1;
                    }
                    if ((*g_103))
                        continue;
                }
                else
                { /* block id: 79 */
                    uint32_t * const **l_243 = &g_242;
                    int32_t *l_244 = &l_189;
                    int64_t *l_247 = (void*)0;
                    int64_t *l_248[6][3][3] = {{{&l_168,&g_177,(void*)0},{&g_79,(void*)0,(void*)0},{&g_5[0][1][3],&g_79,&g_79}},{{&g_5[0][0][5],&g_5[0][0][1],&g_79},{&g_79,&g_79,&g_177},{&g_5[0][0][7],&g_177,&g_5[0][0][0]}},{{&g_177,&g_79,&g_177},{&g_5[0][1][3],&g_5[0][0][1],&g_79},{&g_79,&g_79,&g_79}},{{&g_177,(void*)0,&g_5[0][0][1]},{&g_177,&g_177,&g_5[0][1][3]},{&g_79,&g_5[0][0][0],&g_79}},{{&g_5[0][1][3],&g_79,&g_5[0][1][4]},{&g_177,(void*)0,&g_79},{&g_5[0][0][7],&g_5[0][1][3],&g_5[0][1][4]}},{{&g_79,&g_177,&g_79},{&g_5[0][0][5],&g_177,&g_5[0][1][3]},{&g_5[0][1][3],&g_177,&g_5[0][0][1]}}};
                    int32_t *l_249[5] = {&g_7,&g_7,&g_7,&g_7,&g_7};
                    union U0 *l_252 = &g_108;
                    int i, j, k;
                    p_49.f0 = (safe_lshift_func_uint16_t_u_u(((((((*l_244) = (l_240 != ((*l_243) = g_242))) ^ (l_250 = (g_104 = (((*l_195)--) < (g_80 != (g_177 = p_47.f0)))))) , (p_50 < (((((*l_252) = g_108) , (safe_mul_func_uint8_t_u_u(p_47.f0, l_199))) > p_50) < g_161[3]))) < 0xABD6L) & p_47.f0), 2));
                }
            }
        }
        if (((safe_sub_func_uint64_t_u_u(((((safe_add_func_uint8_t_u_u(((*l_269) = ((*g_103) , (l_199 >= (((g_87[0][2]++) > (safe_mod_func_uint64_t_u_u(((((l_189 , (l_188[6][4][2] < ((safe_mul_func_uint16_t_u_u(g_73, 0xDDC8L)) == ((void*)0 != l_267[3][5][0])))) < (+p_47.f0)) ^ 0x12L) , 0xB4DBD819F3F14628LL), g_7))) < g_80)))), l_199)) < (*g_103)) < l_270) != l_250), l_188[6][4][2])) != g_73))
        { /* block id: 93 */
            int32_t *l_279 = &l_259;
            int32_t *l_280 = &l_260;
            int32_t *l_284 = (void*)0;
            int32_t *l_285[4] = {&g_104,&g_104,&g_104,&g_104};
            uint64_t **l_301[10] = {&l_251,&l_251,&l_251,&l_251,&l_251,&l_251,&l_251,&l_251,&l_251,&l_251};
            int16_t *l_302 = &g_198;
            int32_t **l_303 = &l_284;
            int i;
            l_199 &= ((safe_rshift_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_u((l_189 | (((*l_302) = (safe_div_func_int64_t_s_s(((((safe_div_func_int64_t_s_s((((*l_280) = ((*l_279) = (g_136 = 4L))) <= ((+(safe_add_func_int32_t_s_s((l_250 = (g_104 |= p_50)), (((safe_add_func_uint64_t_u_u((((*l_269)++) == (l_290 = g_73)), (~0x5C353FD0BA7A7D87LL))) ^ (safe_add_func_uint64_t_u_u((safe_sub_func_int8_t_s_s((((((void*)0 != g_296) < (((((safe_div_func_uint16_t_u_u((l_300 != (l_251 = p_51)), p_49.f1)) == p_49.f1) < p_48) & 0x5E24448CL) > 0x79L)) && l_188[2][8][1]) <= p_50), g_6)), g_161[4]))) < l_270)))) , p_50)), l_189)) , l_250) < l_189) > 0x23L), 3UL))) > 0x0AAFL)), 5)) <= 4L), g_7)) ^ 0UL);
            (*l_303) = &l_259;
        }
        else
        { /* block id: 105 */
            int32_t *l_305 = &l_259;
            int32_t l_316 = 1L;
            int64_t l_351 = (-10L);
            union U0 l_369 = {-3L};
            int32_t l_437[1];
            int i;
            for (i = 0; i < 1; i++)
                l_437[i] = 0xB18059FEL;
            (*l_305) = ((*g_296) != l_304);
            for (g_80 = (-9); (g_80 == (-15)); g_80--)
            { /* block id: 109 */
                int32_t *l_308 = &g_104;
                int32_t *l_309 = &l_250;
                int32_t *l_310 = (void*)0;
                int32_t *l_311[8][3][10] = {{{(void*)0,&g_6,(void*)0,&l_189,&l_250,(void*)0,(void*)0,&g_7,&g_6,&l_189},{&g_6,&l_259,&g_136,&l_250,&l_250,(void*)0,(void*)0,&l_260,(void*)0,(void*)0},{&g_2,&l_260,(void*)0,&l_260,&g_2,&l_290,&l_189,&l_189,&g_136,(void*)0}},{{&g_136,&l_290,&l_189,&l_250,(void*)0,&l_199,(void*)0,&g_136,&l_260,(void*)0},{&g_136,&l_250,&g_7,&g_6,&g_7,&l_290,&g_6,&g_7,(void*)0,&l_290},{&l_199,&l_189,&l_189,&g_6,&g_136,&l_260,&l_250,&l_189,(void*)0,&g_7}},{{&g_104,&l_199,&g_2,(void*)0,&l_260,&l_199,&l_260,&l_250,&l_290,&g_104},{&l_290,&l_199,&l_189,&g_7,&g_7,&l_260,&g_6,&l_199,&l_290,&g_2},{&g_136,(void*)0,&l_260,&l_250,&g_136,&l_290,&g_6,&g_6,&l_290,&l_260}},{{&g_6,&l_189,&g_136,&l_189,&g_7,&g_104,&g_136,&g_7,&g_7,&g_136},{&l_250,(void*)0,&g_7,&g_7,(void*)0,&l_250,(void*)0,&g_136,&l_189,&l_290},{&g_6,&g_136,&l_290,&l_250,&l_189,&l_189,&g_7,&g_136,(void*)0,&g_7}},{{&g_6,&g_6,&l_290,(void*)0,(void*)0,&l_250,&g_7,(void*)0,&g_6,(void*)0},{&l_250,&g_7,(void*)0,&g_6,(void*)0,&g_104,&l_189,&g_6,&l_260,&g_7},{&g_6,(void*)0,&l_189,(void*)0,&l_260,&l_290,(void*)0,&l_290,(void*)0,&l_250}},{{&g_136,&l_199,&l_290,(void*)0,(void*)0,&l_260,(void*)0,(void*)0,&l_189,&g_136},{&l_290,&g_136,&g_136,&l_260,&l_189,&l_199,&l_290,&g_6,&l_290,&g_2},{&g_104,&l_290,&l_290,&g_136,&l_199,&l_260,&l_189,(void*)0,&l_290,(void*)0}},{{&l_199,&l_290,(void*)0,&g_7,(void*)0,&l_290,&l_199,&g_7,&g_136,&l_189},{&l_290,&l_260,&g_7,(void*)0,(void*)0,&g_136,(void*)0,&g_104,&g_136,&g_7},{&l_189,&l_260,&l_260,&g_136,&l_290,&l_189,&l_199,&l_189,&l_189,&g_6}},{{&g_7,&l_290,&g_6,&g_7,(void*)0,&l_290,&l_189,&l_250,&g_7,(void*)0},{(void*)0,&l_290,&l_199,&g_6,&l_189,(void*)0,&l_290,&l_189,&l_199,&l_290},{(void*)0,&g_136,&l_189,(void*)0,&l_199,&g_6,&g_136,&g_104,&g_7,&l_290}}};
                uint32_t l_312 = 0xD27760F3L;
                int8_t l_350 = 8L;
                int i, j, k;
                ++l_312;
            }
            for (l_290 = 4; (l_290 == 13); l_290 = safe_add_func_uint16_t_u_u(l_290, 2))
            { /* block id: 166 */
                union U0 l_394 = {-1L};
                int64_t *l_397 = &l_168;
                uint16_t l_421 = 65527UL;
                int32_t l_434[4][5][5] = {{{0xA031D18EL,0xD39890C2L,0xD39890C2L,0xA031D18EL,8L},{3L,0x72AD2322L,1L,3L,0x21F83F74L},{(-1L),2L,0xD39890C2L,(-1L),0xBBB0617DL},{3L,8L,8L,3L,1L},{0xA031D18EL,2L,0x525824C1L,0xA031D18EL,0xBBB0617DL}},{{0x683442A8L,0x72AD2322L,8L,0x683442A8L,0x21F83F74L},{0xA031D18EL,0xD39890C2L,0xD39890C2L,0xA031D18EL,8L},{3L,0x72AD2322L,1L,3L,0x21F83F74L},{(-1L),2L,0xD39890C2L,(-1L),0xBBB0617DL},{3L,8L,8L,3L,1L}},{{0xA031D18EL,2L,0x525824C1L,0xA031D18EL,0xBBB0617DL},{0x683442A8L,0x72AD2322L,8L,0x683442A8L,0x21F83F74L},{0xA031D18EL,0xD39890C2L,0xD39890C2L,0xA031D18EL,8L},{3L,0x72AD2322L,1L,3L,0x21F83F74L},{(-1L),2L,0xD39890C2L,(-1L),0xBBB0617DL}},{{3L,8L,8L,3L,1L},{0xA031D18EL,2L,0x525824C1L,0xA031D18EL,0xBBB0617DL},{0x683442A8L,0x72AD2322L,8L,0x683442A8L,0x21F83F74L},{0xA031D18EL,0xD39890C2L,0xD39890C2L,0xA031D18EL,8L},{3L,0x72AD2322L,1L,3L,0x21F83F74L}}};
                int i, j, k;
                for (l_351 = 0; (l_351 >= 22); l_351 = safe_add_func_int16_t_s_s(l_351, 1))
                { /* block id: 169 */
                    int8_t *l_389[6][6][1] = {{{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0}},{{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0}},{{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0}},{{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0}},{{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0}},{{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0},{&g_108.f0},{&l_369.f0}}};
                    int32_t l_398[1];
                    int64_t *l_399 = (void*)0;
                    uint32_t ***l_417 = (void*)0;
                    int16_t *l_418 = &g_198;
                    int16_t *l_427 = &g_198;
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                        l_398[i] = 0L;
                    (*l_305) |= (((*l_269) = g_73) || (safe_lshift_func_uint8_t_u_s(0xD1L, (p_50 = g_318))));
                    (*l_305) = (safe_add_func_int8_t_s_s(((l_398[0] = ((safe_add_func_int64_t_s_s(((g_161[0] == p_50) , (l_394 , (safe_add_func_uint64_t_u_u(0x285B826F6BB8693ELL, 7UL)))), ((((&l_168 == (l_397 = &g_177)) , (void*)0) != (*g_296)) != (-3L)))) <= l_398[0])) && l_398[0]), p_50));
                    if (((((*l_418) = ((safe_div_func_uint64_t_u_u(18446744073709551615UL, (safe_rshift_func_uint16_t_u_s((safe_sub_func_uint64_t_u_u(0x2EA7C4602C31B24DLL, g_87[6][2])), p_49.f1)))) >= ((safe_rshift_func_int16_t_s_u(g_229, 8)) < (safe_lshift_func_uint8_t_u_s((((((safe_rshift_func_int8_t_s_s(l_259, (safe_unary_minus_func_uint32_t_u(((safe_lshift_func_uint16_t_u_u(l_250, (safe_div_func_uint16_t_u_u((&g_242 != l_417), g_5[0][1][2])))) <= g_177))))) < l_398[0]) > l_188[1][7][1]) ^ 0xD9E0L) && (*g_103)), g_198))))) || 65535UL) && 0xEBAF7094L))
                    { /* block id: 177 */
                        int32_t *l_419 = (void*)0;
                        int32_t *l_420 = (void*)0;
                        (*l_305) = l_188[6][4][2];
                        l_421++;
                    }
                    else
                    { /* block id: 180 */
                        int16_t **l_426 = &l_418;
                        const uint32_t *l_428 = (void*)0;
                        const uint32_t **l_429 = (void*)0;
                        const uint32_t **l_430 = &l_428;
                        int32_t *l_435 = &g_136;
                        int32_t *l_436[1];
                        uint32_t l_439[5][5][4] = {{{0UL,0UL,0x305D6EF3L,1UL},{0xA03617F2L,18446744073709551615UL,0x4C0E27DAL,0xBFE01786L},{18446744073709551614UL,0UL,0x0429A4FDL,0x4C0E27DAL},{1UL,0UL,1UL,0xBFE01786L},{0UL,18446744073709551615UL,5UL,1UL}},{{0x3D953316L,0UL,0x6B153C2FL,0UL},{18446744073709551611UL,0xF114DF09L,0x3D953316L,0x67EA2E9DL},{1UL,18446744073709551607UL,0xF114DF09L,5UL},{4UL,0xFB76E186L,18446744073709551614UL,0x3D953316L},{2UL,1UL,3UL,1UL}},{{0xFA597037L,18446744073709551611UL,4UL,0x85D0A29AL},{0x80D3211BL,0xA03617F2L,0x0BBEADE7L,0xA03617F2L},{1UL,18446744073709551607UL,0UL,0xF114DF09L},{3UL,0xFDE669C7L,4UL,0xD6B828AEL},{18446744073709551614UL,0UL,0xA03617F2L,18446744073709551611UL}},{{18446744073709551614UL,0xFB76E186L,4UL,1UL},{3UL,18446744073709551611UL,0UL,2UL},{0xB70C7615L,1UL,1UL,0x80D3211BL},{18446744073709551607UL,18446744073709551607UL,2UL,0x3D953316L},{0x0BBEADE7L,0xB70C7615L,0x434D3A08L,0x0429A4FDL}},{{0UL,0xBFE01786L,2UL,3UL},{2UL,0xE048BF08L,0x3D953316L,0x4C0E27DAL},{0x85D0A29AL,0x0BBEADE7L,1UL,0xFB76E186L},{6UL,0xF114DF09L,0xF114DF09L,6UL},{1UL,0x67EA2E9DL,0xFDE669C7L,18446744073709551607UL}}};
                        int i, j, k;
                        for (i = 0; i < 1; i++)
                            l_436[i] = &g_104;
                        (*l_305) = (-8L);
                        (*l_305) = (safe_rshift_func_int8_t_s_u((((l_321 || (l_421 > (p_50 | l_321))) == ((l_427 = ((*l_426) = &g_198)) != (void*)0)) >= (g_229 > (((*l_430) = l_428) != (((safe_sub_func_uint16_t_u_u(5UL, l_188[6][4][2])) , g_433[0]) , l_305)))), 6));
                        --l_439[1][4][1];
                    }
                }
            }
        }
    }
    (*l_443) = &l_189;
    return p_48;
}


/* ------------------------------------------ */
/* 
 * reads : g_73 g_2 g_6 g_87 g_56 g_5 g_7 g_79 g_108 g_103 g_104 g_136 g_161
 * writes: g_73 g_103 g_56 g_136 g_104 g_161
 */
static union U0  func_52(uint64_t * p_53, uint64_t * p_54)
{ /* block id: 14 */
    uint64_t *l_57 = &g_56;
    int32_t l_69 = 0x3A50EB6BL;
    uint16_t *l_72 = &g_73;
    int32_t l_77 = 0x9286DF49L;
    int32_t l_78 = 0xF3A6950EL;
    uint16_t l_118[9];
    uint32_t **l_130 = (void*)0;
    union U1 l_131 = {-1L};
    uint32_t l_133 = 0UL;
    int32_t *l_157 = &l_131.f0;
    int32_t *l_158 = &g_136;
    int32_t *l_159 = &g_136;
    int32_t *l_160[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    union U0 l_164 = {1L};
    int i;
    for (i = 0; i < 9; i++)
        l_118[i] = 1UL;
    if (((l_57 != &g_56) && (safe_sub_func_uint32_t_u_u(0x2510A741L, (0x1EC6C04840C2C6F7LL ^ (+((safe_sub_func_int8_t_s_s((safe_mod_func_int32_t_s_s((safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s(((l_69 && (l_69 && (p_54 != l_57))) <= ((*l_72)--)), ((l_69 != l_69) , l_69))), g_2)), g_6)), l_69)) | l_69)))))))
    { /* block id: 16 */
        int32_t *l_76[4][9] = {{(void*)0,&g_6,(void*)0,&l_69,&g_6,&l_69,&g_6,&l_69,&l_69},{&g_2,&g_6,&l_69,&g_6,&l_69,&g_6,&g_2,&g_6,&l_69},{&g_6,&l_69,&g_6,&l_69,(void*)0,&g_6,(void*)0,&l_69,&g_6},{&g_6,&g_6,&l_69,&g_7,&l_69,&l_69,&g_6,&g_6,&g_6}};
        uint16_t l_81 = 0UL;
        uint32_t *l_86[2][8] = {{&g_87[8][2],&g_87[2][1],&g_87[6][0],&g_87[2][1],&g_87[8][2],&g_87[8][2],&g_87[2][1],&g_87[6][0]},{&g_87[8][2],&g_87[8][2],&g_87[2][1],&g_87[6][0],&g_87[2][1],&g_87[8][2],&g_87[8][2],&g_87[2][1]}};
        int16_t l_105 = (-4L);
        union U0 l_106 = {-1L};
        int i, j;
        --l_81;
        if ((0xD3E8L & (safe_lshift_func_int8_t_s_s((((1UL <= (l_69 = l_69)) ^ l_78) < (safe_lshift_func_uint8_t_u_s(((safe_mul_func_int16_t_s_s((safe_div_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u((g_87[5][2] || (safe_rshift_func_int8_t_s_s((+(((safe_mod_func_int16_t_s_s(((&g_73 != (((&l_77 != (g_103 = &g_6)) > ((((&l_81 != (void*)0) != (*p_53)) && l_78) < l_77)) , &l_81)) >= 0x3CL), l_77)) , g_5[0][1][6]) , l_78)), l_77))), g_2)) >= l_105) <= g_7), g_56)), g_87[4][4])), g_79)) > l_78), g_5[0][0][3]))), 7))))
        { /* block id: 20 */
            return l_106;
        }
        else
        { /* block id: 22 */
            uint32_t **l_107[9] = {&l_86[1][7],&l_86[0][0],&l_86[1][7],&l_86[1][7],&l_86[0][0],&l_86[1][7],&l_86[1][7],&l_86[0][0],&l_86[1][7]};
            int i;
            l_107[8] = &l_86[0][5];
            return g_108;
        }
    }
    else
    { /* block id: 26 */
        uint64_t l_111 = 0xFCBA4768E4F1A1E6LL;
        uint32_t *l_129[5];
        uint32_t * const *l_128 = &l_129[0];
        uint16_t l_132 = 1UL;
        int32_t l_134 = 0xC197979DL;
        int32_t *l_135 = &g_136;
        union U1 *l_154 = &l_131;
        int i;
        for (i = 0; i < 5; i++)
            l_129[i] = &g_87[0][0];
        (*l_135) ^= ((((safe_div_func_uint64_t_u_u(((-1L) > l_69), (l_134 = (((l_111 && ((safe_mod_func_uint8_t_u_u((safe_rshift_func_int16_t_s_s((safe_add_func_uint16_t_u_u(((((*p_54) = l_118[3]) , (((((safe_mod_func_int32_t_s_s((*g_103), l_69)) || ((l_132 = ((((~(((safe_sub_func_uint32_t_u_u((safe_mod_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((*p_53) = (l_128 != l_130)), (l_131 , l_77))), 4UL)), (*g_103))) & 0x26AF1C4852B1B1FALL) < g_87[6][0])) == g_5[0][0][6]) | l_118[3]) | 0x77FD266E85BCF721LL)) | l_131.f0)) && 0xCC1A10FBL) || l_132) ^ l_78)) , l_133), l_111)), l_111)), l_78)) || l_111)) >= g_5[0][0][1]) , (*p_54))))) < 0x21E3D09CE0600665LL) == g_73) == g_87[4][1]);
        (*g_103) = ((safe_rshift_func_int16_t_s_s(0x3E36L, l_118[1])) >= ((((0x7620L || (safe_div_func_uint64_t_u_u(g_136, (*l_135)))) && ((safe_div_func_uint8_t_u_u((safe_div_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((+(((safe_div_func_uint16_t_u_u(((0L || (safe_mod_func_int64_t_s_s(g_6, (safe_mod_func_uint16_t_u_u((((*l_154) = l_131) , 0x22EBL), (*l_135)))))) > (-1L)), g_104)) , g_73) , l_131.f1)), l_77)), l_118[3])), g_104)) | 1L)) <= (*l_135)) != l_133));
        (*g_103) ^= (g_136 >= (p_53 != (void*)0));
    }
    --g_161[3];
    return l_164;
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
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_5[i][j][k], "g_5[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_27[i], "g_27[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_87[i][j], "g_87[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_108.f0, "g_108.f0", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_161[i], "g_161[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_177, "g_177", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    transparent_crc(g_198, "g_198", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_232, "g_232", print_hash_value);
    transparent_crc(g_318, "g_318", print_hash_value);
    transparent_crc(g_323, "g_323", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_433[i].f0, "g_433[i].f0", print_hash_value);
        transparent_crc(g_433[i].f1, "g_433[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_438, "g_438", print_hash_value);
    transparent_crc(g_512, "g_512", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_553[i][j], "g_553[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_563[i], "g_563[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_593, "g_593", print_hash_value);
    transparent_crc(g_674, "g_674", print_hash_value);
    transparent_crc(g_709.f0, "g_709.f0", print_hash_value);
    transparent_crc(g_709.f1, "g_709.f1", print_hash_value);
    transparent_crc(g_768, "g_768", print_hash_value);
    transparent_crc(g_841.f0, "g_841.f0", print_hash_value);
    transparent_crc(g_848, "g_848", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_849[i], "g_849[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_854, "g_854", print_hash_value);
    transparent_crc(g_856, "g_856", print_hash_value);
    transparent_crc(g_857, "g_857", print_hash_value);
    transparent_crc(g_861, "g_861", print_hash_value);
    transparent_crc(g_862, "g_862", print_hash_value);
    transparent_crc(g_864, "g_864", print_hash_value);
    transparent_crc(g_865, "g_865", print_hash_value);
    transparent_crc(g_867, "g_867", print_hash_value);
    transparent_crc(g_979, "g_979", print_hash_value);
    transparent_crc(g_1071, "g_1071", print_hash_value);
    transparent_crc(g_1090, "g_1090", print_hash_value);
    transparent_crc(g_1091, "g_1091", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_1231[i][j], "g_1231[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1335, "g_1335", print_hash_value);
    transparent_crc(g_1336, "g_1336", print_hash_value);
    transparent_crc(g_1412, "g_1412", print_hash_value);
    transparent_crc(g_1413, "g_1413", print_hash_value);
    transparent_crc(g_1414, "g_1414", print_hash_value);
    transparent_crc(g_1416, "g_1416", print_hash_value);
    transparent_crc(g_1482, "g_1482", print_hash_value);
    transparent_crc(g_1483, "g_1483", print_hash_value);
    transparent_crc(g_1484, "g_1484", print_hash_value);
    transparent_crc(g_1500, "g_1500", print_hash_value);
    transparent_crc(g_1560, "g_1560", print_hash_value);
    transparent_crc(g_1677, "g_1677", print_hash_value);
    transparent_crc(g_1695, "g_1695", print_hash_value);
    transparent_crc(g_1698, "g_1698", print_hash_value);
    transparent_crc(g_1699, "g_1699", print_hash_value);
    transparent_crc(g_1703, "g_1703", print_hash_value);
    transparent_crc(g_1987, "g_1987", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_1998[i], "g_1998[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1999, "g_1999", print_hash_value);
    transparent_crc(g_2019, "g_2019", print_hash_value);
    transparent_crc(g_2022, "g_2022", print_hash_value);
    transparent_crc(g_2039, "g_2039", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_2302[i], "g_2302[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2701, "g_2701", print_hash_value);
    transparent_crc(g_2882, "g_2882", print_hash_value);
    transparent_crc(g_2886, "g_2886", print_hash_value);
    transparent_crc(g_2888, "g_2888", print_hash_value);
    transparent_crc(g_3033, "g_3033", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_3040[i][j], "g_3040[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_3118, "g_3118", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_3187[i], "g_3187[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3315, "g_3315", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_3471[i], "g_3471[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3563, "g_3563", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_3646[i][j], "g_3646[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_3830[i], "g_3830[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3860, "g_3860", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_3868[i], "g_3868[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3879, "g_3879", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 992
XXX total union variables: 59

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

XXX max expression depth: 42
breakdown:
   depth: 1, occurrence: 405
   depth: 2, occurrence: 119
   depth: 3, occurrence: 10
   depth: 4, occurrence: 3
   depth: 5, occurrence: 7
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 9, occurrence: 4
   depth: 10, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 4
   depth: 17, occurrence: 4
   depth: 18, occurrence: 3
   depth: 19, occurrence: 1
   depth: 20, occurrence: 7
   depth: 21, occurrence: 5
   depth: 22, occurrence: 4
   depth: 23, occurrence: 5
   depth: 24, occurrence: 4
   depth: 25, occurrence: 5
   depth: 26, occurrence: 4
   depth: 27, occurrence: 3
   depth: 28, occurrence: 3
   depth: 29, occurrence: 1
   depth: 30, occurrence: 4
   depth: 32, occurrence: 5
   depth: 33, occurrence: 2
   depth: 35, occurrence: 1
   depth: 38, occurrence: 2
   depth: 40, occurrence: 1
   depth: 42, occurrence: 2

XXX total number of pointers: 845

XXX times a variable address is taken: 2490
XXX times a pointer is dereferenced on RHS: 533
breakdown:
   depth: 1, occurrence: 356
   depth: 2, occurrence: 141
   depth: 3, occurrence: 19
   depth: 4, occurrence: 11
   depth: 5, occurrence: 6
XXX times a pointer is dereferenced on LHS: 490
breakdown:
   depth: 1, occurrence: 416
   depth: 2, occurrence: 44
   depth: 3, occurrence: 24
   depth: 4, occurrence: 4
   depth: 5, occurrence: 2
XXX times a pointer is compared with null: 76
XXX times a pointer is compared with address of another variable: 19
XXX times a pointer is compared with another pointer: 29
XXX times a pointer is qualified to be dereferenced: 11350

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1965
   level: 2, occurrence: 715
   level: 3, occurrence: 252
   level: 4, occurrence: 120
   level: 5, occurrence: 98
XXX number of pointers point to pointers: 385
XXX number of pointers point to scalars: 428
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 32.9
XXX average alias set size: 1.57

XXX times a non-volatile is read: 3472
XXX times a non-volatile is write: 1702
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 5

XXX stmts: 425
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 28
   depth: 1, occurrence: 32
   depth: 2, occurrence: 70
   depth: 3, occurrence: 75
   depth: 4, occurrence: 87
   depth: 5, occurrence: 133

XXX percentage a fresh-made variable is used: 17.3
XXX percentage an existing variable is used: 82.7
********************* end of statistics **********************/

