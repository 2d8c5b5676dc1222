/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 25 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      25
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_9[5] = {0xB34E6D4FL,0xB34E6D4FL,0xB34E6D4FL,0xB34E6D4FL,0xB34E6D4FL};
static int32_t g_20 = 0L;
static int32_t g_23 = 0x662DB8E9L;
static int32_t g_26 = 0xCCB97252L;
static int32_t g_31 = 0xF08664A1L;
static int64_t g_73 = 0x3393D3B28C330C20LL;
static int8_t g_82 = 0x36L;
static float g_83[5][7][6] = {{{0x1.67E626p+91,0x9.16079Bp-9,(-0x10.5p+1),0xA.2347DCp-13,(-0x10.5p+1),0x9.16079Bp-9},{(-0x1.2p-1),0x6.Dp-1,0x1.67E626p+91,0x5.F09706p+33,(-0x3.Fp+1),0xF.73BC91p-15},{0xA.2347DCp-13,(-0x10.4p-1),0xD.F3DC49p-48,(-0x7.7p+1),0x5.7B2633p+4,0x4.2722C0p+97},{(-0x1.Fp+1),(-0x10.4p-1),0xC.C227AFp+47,0x1.8p+1,(-0x3.Fp+1),(-0x1.2p-1)},{0x0.513B66p+9,0x6.Dp-1,(-0x7.7p+1),0xA.8DE78Ap-66,(-0x10.5p+1),0x7.33C455p+89},{0xD.F3DC49p-48,0x9.16079Bp-9,(-0x1.Fp+1),0x0.9p-1,(-0x1.9p-1),0xA.8DE78Ap-66},{(-0x10.4p-1),(-0x10.5p+1),0x0.8B7C83p+10,0x0.1p+1,0x0.1p+1,0x1.Ep-1}},{{0x1.Ep-1,0x1.Ep-1,0x5.F09706p+33,0x4.2722C0p+97,0x0.513B66p+9,0x0.1p+1},{(-0x10.5p+1),(-0x10.4p-1),0x0.F127D3p-54,(-0x2.2p+1),0xA.2347DCp-13,0x5.F09706p+33},{0x5.6p-1,(-0x10.5p+1),0x0.F127D3p-54,(-0x1.Fp+1),0x1.Ep-1,0x0.1p+1},{0xA.8DE78Ap-66,(-0x1.Fp+1),0x5.F09706p+33,0x0.5p-1,0x0.9p-1,0x1.Ep-1},{0x0.5p-1,0x0.9p-1,0x1.Ep-1,0x5.7B2633p+4,0x0.6p-1,0x7.33C455p+89},{(-0x3.Fp+1),0x5.F09706p+33,0x1.67E626p+91,0x6.Dp-1,(-0x1.2p-1),0x6.Dp-1},{(-0x1.2p-1),0x9.16079Bp-9,(-0x1.2p-1),0x1.8944B8p-74,0xA.8DE78Ap-66,0x9.849AA3p+25}},{{(-0x2.2p+1),0xF.73BC91p-15,0xA.2347DCp-13,0x1.67E626p+91,0x9.849AA3p+25,0x0.6p-1},{(-0x10.4p-1),0x4.2722C0p+97,(-0x1.Fp+1),0x1.67E626p+91,0x5.6p-1,0x1.8944B8p-74},{(-0x2.2p+1),(-0x1.2p-1),0x0.513B66p+9,0x1.8944B8p-74,(-0x1.Fp+1),0x4.373440p+50},{(-0x1.2p-1),0x7.33C455p+89,0xD.F3DC49p-48,0x6.Dp-1,0xB.CFA1F8p+23,0x5.B858EEp+69},{(-0x3.Fp+1),0xA.8DE78Ap-66,(-0x10.4p-1),0x5.7B2633p+4,(-0x10.5p+1),(-0x10.5p+1)},{0x0.5p-1,0x0.8B7C83p+10,0x0.8B7C83p+10,0x0.5p-1,0x5.7B2633p+4,0x1.67E626p+91},{0xA.8DE78Ap-66,(-0x1.9p-1),0x0.9p-1,(-0x1.Fp+1),0x9.16079Bp-9,0xD.F3DC49p-48}},{{0x5.6p-1,0x0.5p-1,0x6.1F1687p-35,(-0x2.2p+1),0x9.16079Bp-9,0xC.C227AFp+47},{(-0x10.5p+1),(-0x1.9p-1),0xB.CFA1F8p+23,0x4.2722C0p+97,0x5.7B2633p+4,(-0x7.7p+1)},{0x1.Ep-1,0x0.8B7C83p+10,(-0x3.Fp+1),0x1.4EF7FEp-9,(-0x10.5p+1),(-0x1.Fp+1)},{0xC.C227AFp+47,0xA.8DE78Ap-66,0x6.Dp-1,(-0x10.5p+1),0xB.CFA1F8p+23,0x0.8B7C83p+10},{(-0x1.Fp+1),0x7.33C455p+89,(-0x7.7p+1),0x7.33C455p+89,(-0x1.Fp+1),0x0.5p-1},{0x1.8p+1,(-0x1.2p-1),0x1.4EF7FEp-9,(-0x1.9p-1),0x5.6p-1,0xA.2347DCp-13},{0x1.67E626p+91,0x4.2722C0p+97,0x5.B858EEp+69,(-0x1.2p-1),0x9.849AA3p+25,0xA.2347DCp-13}},{{0x0.F127D3p-54,0xF.73BC91p-15,0x1.4EF7FEp-9,0x5.B858EEp+69,0xA.8DE78Ap-66,0x0.5p-1},{0x9.849AA3p+25,0x9.16079Bp-9,(-0x7.7p+1),0x0.F127D3p-54,(-0x1.2p-1),0x0.8B7C83p+10},{0x0.513B66p+9,0x5.F09706p+33,0x6.Dp-1,0xA.2347DCp-13,0x0.6p-1,(-0x1.Fp+1)},{(-0x7.7p+1),0x0.9p-1,(-0x3.Fp+1),(-0x3.Fp+1),0x0.9p-1,(-0x7.7p+1)},{0x5.B858EEp+69,(-0x1.Fp+1),0xB.CFA1F8p+23,0x9.16079Bp-9,0x1.Ep-1,0xC.C227AFp+47},{0xF.73BC91p-15,(-0x10.5p+1),0x6.1F1687p-35,0x0.9p-1,0xA.2347DCp-13,0xD.F3DC49p-48},{0xF.73BC91p-15,(-0x10.4p-1),0x0.9p-1,0x9.16079Bp-9,0x0.513B66p+9,0x1.67E626p+91}}};
static int32_t g_85 = 0x214FB9B3L;
static uint8_t g_96[6][1][6] = {{{255UL,0xC6L,0UL,0x20L,7UL,1UL}},{{1UL,0x20L,1UL,1UL,0x20L,1UL}},{{1UL,0x20L,1UL,0x94L,7UL,0UL}},{{0UL,0xC6L,255UL,0xC6L,1UL,1UL}},{{1UL,7UL,254UL,255UL,0UL,0UL}},{{7UL,1UL,1UL,7UL,0x20L,0UL}}};
static float g_103 = 0x9.EDE037p-63;
static uint32_t g_108[6][2][6] = {{{0x929A3F83L,0x3520E672L,2UL,0x3520E672L,0x929A3F83L,0x3520E672L},{4UL,5UL,4UL,0x3520E672L,4UL,5UL}},{{0x929A3F83L,5UL,2UL,5UL,0x929A3F83L,5UL},{4UL,0x3520E672L,4UL,5UL,4UL,0x3520E672L}},{{0x929A3F83L,0x3520E672L,2UL,0x3520E672L,0x929A3F83L,0x3520E672L},{4UL,5UL,4UL,0x3520E672L,4UL,5UL}},{{0x929A3F83L,5UL,2UL,5UL,0x929A3F83L,5UL},{4UL,0x3520E672L,4UL,5UL,4UL,0x3520E672L}},{{0x929A3F83L,0x3520E672L,2UL,0x3520E672L,0x929A3F83L,0x3520E672L},{4UL,5UL,4UL,0x3520E672L,4UL,5UL}},{{0x929A3F83L,5UL,2UL,5UL,0x929A3F83L,5UL},{4UL,0x3520E672L,4UL,5UL,4UL,0x3520E672L}}};
static uint32_t g_119 = 0x4DCC5185L;
static uint16_t g_154 = 0xE93CL;
static int16_t g_156 = 0x640EL;
static uint32_t g_157 = 1UL;
static const int32_t *g_161 = &g_9[1];
static const int32_t **g_160 = &g_161;
static int32_t g_183[4] = {0x234C3152L,0x234C3152L,0x234C3152L,0x234C3152L};
static uint16_t g_185[4] = {65531UL,65531UL,65531UL,65531UL};
static uint16_t **g_207 = (void*)0;
static int16_t *g_212 = (void*)0;
static float g_233 = 0x2.6p+1;
static int16_t g_234 = (-1L);
static uint32_t g_246[1] = {0x45633ADEL};
static int32_t g_278 = (-1L);
static float g_281 = 0x1.Cp+1;
static uint32_t *g_291 = &g_119;
static int64_t ** const g_308 = (void*)0;
static int64_t ** const *g_307 = &g_308;
static int64_t ** const * const *g_306 = &g_307;
static uint64_t g_360 = 0x36031365AFA37F37LL;
static float g_378 = 0x1.Cp+1;
static uint8_t g_379 = 4UL;
static int32_t g_412 = 0xA9E00244L;
static int16_t g_418[8][4][6] = {{{0x3586L,0L,0x4BDAL,0L,0L,0x4BDAL},{0x3586L,0x3586L,0L,1L,0L,1L},{0L,0x3586L,0L,0x4BDAL,0L,0L},{1L,0L,0L,1L,0x3586L,1L}},{{1L,1L,0L,1L,1L,0x4BDAL},{1L,1L,0x4BDAL,0x4BDAL,1L,1L},{0L,1L,0x3586L,1L,0x3586L,1L},{0x3586L,0L,0x4BDAL,0L,0L,0x4BDAL}},{{0x3586L,0x3586L,0L,1L,0L,1L},{0L,0x3586L,0L,0x4BDAL,0L,0L},{1L,0L,0L,1L,0x3586L,1L},{1L,1L,0L,1L,1L,0x4BDAL}},{{1L,1L,0x4BDAL,0x4BDAL,1L,1L},{0L,1L,0x3586L,1L,0x3586L,1L},{0x3586L,0L,0x4BDAL,0L,0L,0x4BDAL},{0x3586L,0x3586L,0L,1L,0L,0x4BDAL}},{{1L,0L,1L,0L,0x3586L,0x3586L},{0L,1L,1L,0L,0L,0x4BDAL},{0x4BDAL,0L,0x3586L,0L,0x4BDAL,0L},{0L,0x4BDAL,0L,0L,0x4BDAL,0L}},{{1L,0L,0L,0x4BDAL,0L,0L},{0L,1L,0L,0x3586L,0x3586L,0L},{0L,0L,0x3586L,0x4BDAL,1L,0x4BDAL},{1L,0L,1L,0L,0x3586L,0x3586L}},{{0L,1L,1L,0L,0L,0x4BDAL},{0x4BDAL,0L,0x3586L,0L,0x4BDAL,0L},{0L,0x4BDAL,0L,0L,0x4BDAL,0L},{1L,0L,0L,0x4BDAL,0L,0L}},{{0L,1L,0L,0x3586L,0x3586L,0L},{0L,0L,0x3586L,0x4BDAL,1L,0x4BDAL},{1L,0L,1L,0L,0x3586L,0x3586L},{0L,1L,1L,0L,0L,0x4BDAL}}};
static int32_t g_419 = 0x5C5E2A3CL;
static uint32_t g_468 = 0xE118F699L;
static int16_t g_481 = 1L;
static uint32_t g_485 = 18446744073709551613UL;
static int32_t g_504[10][1] = {{0x108E25D2L},{0x3DD4222DL},{0x108E25D2L},{0x3DD4222DL},{0x108E25D2L},{0x3DD4222DL},{0x108E25D2L},{0x3DD4222DL},{0x108E25D2L},{0x3DD4222DL}};
static int32_t ***g_517 = (void*)0;
static int32_t ****g_516 = &g_517;
static int32_t ****g_521 = &g_517;
static int32_t g_649 = 0x07CDF8E7L;
static uint32_t g_728 = 0x0F66650CL;
static const int32_t g_731 = 0L;
static uint16_t g_895 = 65535UL;
static int32_t g_1038 = (-10L);
static uint32_t g_1082 = 18446744073709551614UL;
static uint32_t g_1103 = 0x8EC8EACBL;
static int8_t g_1126 = 0L;
static int8_t *g_1125 = &g_1126;
static int32_t *****g_1140 = &g_521;
static uint64_t *g_1181 = (void*)0;
static int8_t g_1187 = (-8L);
static float **g_1262 = (void*)0;
static float ***g_1261[4][2][2] = {{{&g_1262,&g_1262},{&g_1262,&g_1262}},{{&g_1262,&g_1262},{&g_1262,&g_1262}},{{&g_1262,&g_1262},{&g_1262,&g_1262}},{{&g_1262,&g_1262},{&g_1262,&g_1262}}};
static int64_t **g_1336 = (void*)0;
static int64_t ***g_1335 = &g_1336;
static int64_t ****g_1334[5][8] = {{(void*)0,&g_1335,&g_1335,&g_1335,&g_1335,&g_1335,&g_1335,&g_1335},{&g_1335,&g_1335,&g_1335,&g_1335,(void*)0,&g_1335,&g_1335,&g_1335},{&g_1335,&g_1335,&g_1335,(void*)0,&g_1335,&g_1335,(void*)0,&g_1335},{&g_1335,&g_1335,&g_1335,&g_1335,(void*)0,&g_1335,&g_1335,(void*)0},{&g_1335,(void*)0,&g_1335,&g_1335,&g_1335,&g_1335,&g_1335,(void*)0}};
static uint8_t **g_1483 = (void*)0;
static float * const g_1516 = (void*)0;
static float * const *g_1515 = &g_1516;
static float * const **g_1514 = &g_1515;
static float * const ***g_1513 = &g_1514;
static uint32_t **g_1610 = &g_291;
static uint32_t ***g_1609 = &g_1610;
static uint32_t ****g_1608[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static uint8_t g_1733 = 255UL;
static int32_t g_1772 = 5L;
static int8_t * const *g_1891 = &g_1125;
static int8_t * const ** const g_1890 = &g_1891;
static int16_t g_2167 = 0x648CL;
static int8_t g_2169 = 0xD1L;
static int64_t g_2210 = 0x840E9E97C0288E7DLL;
static int32_t g_2228[10][10] = {{0xC2F3DD8FL,0x17E1F311L,0x3D34A874L,0L,4L,0xC2F3DD8FL,0x21905F24L,0x3D34A874L,4L,4L},{0xC2F3DD8FL,0x21905F24L,0x3D34A874L,4L,4L,0x3D34A874L,0x21905F24L,0xC2F3DD8FL,4L,0L},{(-6L),0x9F8F3A53L,(-1L),0x3D34A874L,0xC2F3DD8FL,(-6L),0xA2041298L,(-1L),0xC2F3DD8FL,0xC2F3DD8FL},{(-6L),0xA2041298L,(-1L),0xC2F3DD8FL,0xC2F3DD8FL,(-1L),0xA2041298L,(-6L),0xC2F3DD8FL,0x3D34A874L},{(-6L),0x9F8F3A53L,(-1L),0x3D34A874L,0xC2F3DD8FL,(-6L),0xA2041298L,(-1L),0xC2F3DD8FL,0xC2F3DD8FL},{(-6L),0xA2041298L,(-1L),0xC2F3DD8FL,0xC2F3DD8FL,(-1L),0xA2041298L,(-6L),0xC2F3DD8FL,0x3D34A874L},{(-6L),0x9F8F3A53L,(-1L),0x3D34A874L,0xC2F3DD8FL,(-6L),0xA2041298L,(-1L),0xC2F3DD8FL,0xC2F3DD8FL},{(-6L),0xA2041298L,(-1L),0xC2F3DD8FL,0xC2F3DD8FL,(-1L),0xA2041298L,(-6L),0xC2F3DD8FL,0x3D34A874L},{(-6L),0x9F8F3A53L,(-1L),0x3D34A874L,0xC2F3DD8FL,(-6L),0xA2041298L,(-1L),0xC2F3DD8FL,0xC2F3DD8FL},{(-6L),0xA2041298L,(-1L),0xC2F3DD8FL,0xC2F3DD8FL,(-1L),0xA2041298L,(-6L),0xC2F3DD8FL,0x3D34A874L}};
static uint32_t g_2251 = 0x2FAFE7DFL;
static int32_t *g_2257 = &g_183[2];
static int32_t ** const g_2256 = &g_2257;
static const int32_t g_2328[7] = {6L,(-1L),(-1L),6L,(-1L),(-1L),6L};
static uint64_t **g_2441 = &g_1181;
static uint64_t *** const g_2440 = &g_2441;
static int32_t g_2454[3][5][6] = {{{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L}},{{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L}},{{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L},{1L,9L,1L,1L,9L,1L}}};
static uint32_t * const g_2457 = (void*)0;
static uint32_t * const *g_2456 = &g_2457;
static int8_t **g_2479[10][2][3] = {{{&g_1125,(void*)0,(void*)0},{&g_1125,&g_1125,&g_1125}},{{&g_1125,&g_1125,&g_1125},{&g_1125,&g_1125,&g_1125}},{{&g_1125,&g_1125,&g_1125},{&g_1125,&g_1125,&g_1125}},{{&g_1125,(void*)0,&g_1125},{&g_1125,&g_1125,&g_1125}},{{(void*)0,(void*)0,(void*)0},{&g_1125,&g_1125,&g_1125}},{{&g_1125,(void*)0,&g_1125},{&g_1125,&g_1125,&g_1125}},{{&g_1125,&g_1125,&g_1125},{&g_1125,&g_1125,&g_1125}},{{&g_1125,&g_1125,(void*)0},{&g_1125,&g_1125,&g_1125}},{{(void*)0,&g_1125,&g_1125},{&g_1125,&g_1125,&g_1125}},{{&g_1125,&g_1125,&g_1125},{&g_1125,&g_1125,&g_1125}}};
static int8_t ***g_2478 = &g_2479[7][1][0];
static int8_t g_2487 = (-4L);
static uint32_t g_2488[5][7] = {{0xF856E9A2L,0x44292342L,0xF856E9A2L,0xF856E9A2L,0x44292342L,0xF856E9A2L,0xF856E9A2L},{1UL,1UL,3UL,1UL,1UL,3UL,1UL},{0x44292342L,0xF856E9A2L,0xF856E9A2L,0x44292342L,0xF856E9A2L,0xF856E9A2L,0x44292342L},{3UL,1UL,3UL,3UL,1UL,3UL,3UL},{0x44292342L,0x44292342L,1UL,0x44292342L,0x44292342L,1UL,0x44292342L}};
static int32_t g_2533 = 0xC30B5FD8L;
static uint32_t g_2535 = 0xA28F2F3CL;
static float ****g_2719[6] = {&g_1261[0][0][1],&g_1261[0][0][1],&g_1261[0][0][1],&g_1261[0][0][1],&g_1261[0][0][1],&g_1261[0][0][1]};
static float *****g_2718 = &g_2719[4];
static const uint32_t *g_2819 = (void*)0;
static uint32_t g_2839 = 0xCD707780L;
static uint32_t g_2855 = 0x6FD50885L;
static int16_t **g_2917 = &g_212;
static int16_t ** const *g_2916 = &g_2917;
static int32_t g_3017 = (-5L);
static int32_t g_3054 = 3L;


/* --- FORWARD DECLARATIONS --- */
static const uint8_t  func_1(void);
static int32_t * func_2(int32_t * p_3, uint64_t  p_4, int32_t * p_5, int32_t * p_6, uint32_t  p_7);
static int32_t * func_10(uint8_t  p_11, const int32_t * p_12, int8_t  p_13);
static uint8_t  func_14(uint64_t  p_15, int32_t * p_16);
static int32_t * func_17(float  p_18);
static int16_t  func_36(uint16_t  p_37, int32_t * const  p_38, int32_t * p_39);
static uint32_t  func_40(uint32_t  p_41, uint64_t  p_42, int32_t * p_43);
static uint64_t  func_48(int32_t * p_49, uint64_t  p_50, float  p_51);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_9
 * writes:
 */
static const uint8_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_8 = &g_9[0];
    const int32_t *l_1716 = &g_278;
    uint8_t *l_1721 = (void*)0;
    uint8_t *l_1722[2];
    int16_t l_1723 = 0xE343L;
    uint64_t *l_1729 = (void*)0;
    uint64_t *l_1730 = &g_360;
    float l_1731 = 0x6.681D8Ap-10;
    int32_t l_1732 = 0x39BD47A7L;
    int32_t **l_2589 = &l_8;
    int16_t l_2598 = 0x880FL;
    int64_t l_2602 = 0x5185A5B5BE6EF71BLL;
    int8_t l_2605[1];
    int8_t ***l_2611 = &g_2479[7][1][0];
    int16_t * const *l_2612 = &g_212;
    uint8_t l_2722 = 9UL;
    float *****l_2727[1][9][1] = {{{&g_2719[4]},{&g_2719[5]},{&g_2719[4]},{&g_2719[5]},{&g_2719[4]},{&g_2719[5]},{&g_2719[4]},{&g_2719[5]},{&g_2719[4]}}};
    int32_t l_2786 = (-7L);
    int32_t l_2798 = 0x4FE0FFBBL;
    int32_t l_2801 = 0x0119471FL;
    int32_t l_2802[2][2][4] = {{{0xFD06CA10L,0L,0xFD06CA10L,0L},{0xFD06CA10L,0L,0xFD06CA10L,0L}},{{0xFD06CA10L,0L,0xFD06CA10L,0L},{0xFD06CA10L,0L,0xFD06CA10L,0L}}};
    uint64_t l_2803 = 18446744073709551612UL;
    int64_t l_2958 = 7L;
    int64_t *l_3019 = &l_2602;
    int64_t ** const l_3018 = &l_3019;
    uint64_t l_3066 = 18446744073709551615UL;
    int32_t *l_3069[8][9][3] = {{{&g_278,&g_2454[2][3][5],&g_2454[2][0][4]},{&g_504[3][0],&g_649,&g_9[4]},{&g_504[0][0],&g_85,&l_1732},{&g_31,&g_31,(void*)0},{&l_2801,&g_31,(void*)0},{&g_649,&g_85,&l_1732},{&g_2454[0][1][0],&g_649,&g_9[0]},{&g_649,&g_2454[2][3][5],&g_649},{(void*)0,&g_1038,&g_85}},{{(void*)0,&l_2802[0][1][3],&g_649},{&g_1772,&g_85,&l_1732},{&g_504[3][0],&g_504[3][0],&g_85},{&g_9[4],&g_9[4],&l_2802[0][1][3]},{&g_85,&g_2454[2][0][4],&g_2454[2][0][4]},{&g_9[0],(void*)0,(void*)0},{&g_1772,&g_85,&g_2454[2][0][4]},{&g_85,(void*)0,&l_2802[0][1][3]},{&l_2801,(void*)0,&g_85}},{{&g_9[0],&l_2802[1][1][3],&l_1732},{(void*)0,(void*)0,&g_649},{&g_649,&g_2454[2][3][5],&g_85},{&l_2802[0][1][3],&g_9[0],&g_649},{(void*)0,&g_649,&g_9[0]},{&l_1732,&l_2802[1][0][0],&l_1732},{&g_9[0],&l_2802[0][1][3],(void*)0},{&g_278,&g_9[4],(void*)0},{&g_278,&l_2802[0][1][3],(void*)0}},{{(void*)0,(void*)0,&g_649},{(void*)0,&g_85,&g_1038},{&g_504[4][0],&g_26,&l_1732},{&l_1732,&g_31,&l_2802[1][1][3]},{&g_9[4],&g_31,&l_2801},{&g_85,(void*)0,(void*)0},{(void*)0,(void*)0,&l_2802[1][0][0]},{&g_2454[2][0][4],&g_649,(void*)0},{(void*)0,(void*)0,(void*)0}},{{&g_9[4],&g_85,&l_2801},{(void*)0,(void*)0,&g_9[4]},{(void*)0,&g_649,&g_9[0]},{&g_1038,(void*)0,(void*)0},{&g_85,(void*)0,(void*)0},{&g_9[4],&g_31,(void*)0},{&g_504[4][0],&g_31,(void*)0},{&g_504[0][0],&g_26,&l_2802[1][1][3]},{&l_1732,&g_85,&g_278}},{{&g_649,(void*)0,(void*)0},{&g_9[4],&l_2802[0][1][3],(void*)0},{&g_2454[2][0][4],&g_649,(void*)0},{&g_9[0],&l_1732,(void*)0},{(void*)0,&g_278,&g_278},{&g_85,(void*)0,&l_2802[1][1][3]},{&g_31,&g_9[0],(void*)0},{&g_1038,&g_278,(void*)0},{(void*)0,&g_2454[0][1][0],(void*)0}},{{(void*)0,&g_85,(void*)0},{(void*)0,&g_31,&g_9[0]},{&l_1732,&g_2454[2][3][5],&g_9[4]},{&l_1732,(void*)0,&l_2801},{&g_9[0],&g_2454[0][1][0],(void*)0},{&l_1732,(void*)0,(void*)0},{&l_1732,&g_649,&l_2802[1][0][0]},{(void*)0,&g_85,(void*)0},{(void*)0,&g_9[4],&l_2801}},{{(void*)0,&l_1732,&l_2802[1][1][3]},{&g_1038,&g_649,&l_1732},{&g_31,&g_278,&g_1038},{&g_85,&g_9[4],&g_649},{(void*)0,(void*)0,(void*)0},{&g_9[0],&g_26,&g_9[0]},{&g_2454[2][0][4],&g_26,&g_649},{&g_9[4],(void*)0,(void*)0},{&g_649,&g_9[4],(void*)0}}};
    uint32_t l_3070[2];
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_1722[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_2605[i] = 0L;
    for (i = 0; i < 2; i++)
        l_3070[i] = 0x755C2AE4L;
    return (**l_2589);
}


/* ------------------------------------------ */
/* 
 * reads : g_9 g_183 g_895 g_234 g_185 g_1772 g_154 g_1513 g_1514 g_1187 g_1609 g_1610 g_160 g_161 g_85 g_419 g_2454 g_504
 * writes: g_85 g_895 g_234 g_9 g_291 g_1733 g_728 g_419 g_154 g_504
 */
static int32_t * func_2(int32_t * p_3, uint64_t  p_4, int32_t * p_5, int32_t * p_6, uint32_t  p_7)
{ /* block id: 732 */
    uint32_t *l_1737 = (void*)0;
    uint32_t **l_1738 = &l_1737;
    uint32_t *l_1740 = &g_728;
    uint32_t **l_1739 = &l_1740;
    int32_t l_1743 = 0x545F56C5L;
    int8_t * const * const l_1744 = (void*)0;
    const int32_t l_1749 = 0x9465A2ECL;
    int32_t l_1750 = 8L;
    int8_t l_1751 = (-2L);
    int32_t l_1752 = 0x5438BDBCL;
    uint64_t l_1753 = 0x76BCA1D928305980LL;
    float ***l_1777 = &g_1262;
    uint32_t *l_1789 = &g_468;
    int32_t l_1860 = 0x16F7321FL;
    int32_t l_1862 = 3L;
    int32_t l_1863 = 9L;
    int32_t l_1864 = 0xF3848154L;
    int32_t l_1865 = 0xDD54398EL;
    int32_t *l_1893 = &g_1038;
    float ****l_1942 = &g_1261[0][0][1];
    float *****l_1941[8][9] = {{&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942},{&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942},{&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942},{&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942},{&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942},{&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942},{&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942},{&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942,&l_1942}};
    uint8_t l_2076 = 9UL;
    int64_t ***l_2079 = &g_1336;
    uint32_t l_2161 = 4UL;
    int32_t l_2166[7] = {0L,0L,0L,0L,0L,0L,0L};
    uint32_t ****l_2174[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int16_t **l_2211 = &g_212;
    int8_t l_2229 = 3L;
    int32_t l_2236 = (-10L);
    int8_t l_2241 = 0x8EL;
    float l_2245 = 0x6.F3A119p-34;
    int64_t l_2246 = 1L;
    int64_t l_2247 = (-10L);
    int8_t l_2250[7];
    int32_t **l_2259 = &g_2257;
    int32_t **** const *l_2276 = (void*)0;
    uint16_t l_2323 = 0x811FL;
    const int8_t l_2325 = 0x04L;
    int32_t l_2381 = 0x71802269L;
    int16_t *l_2387 = &g_156;
    uint8_t l_2538 = 0xEFL;
    int32_t l_2552 = 0xADC1CBE0L;
    int32_t *** const *l_2553 = &g_517;
    int i, j;
    for (i = 0; i < 7; i++)
        l_2250[i] = 3L;
    if (((l_1743 = ((~((((((*l_1739) = ((*l_1738) = l_1737)) != &g_157) , ((safe_mod_func_int32_t_s_s(((*p_5) = l_1743), (((((((l_1750 = (((-1L) & p_4) , (((void*)0 == l_1744) != (safe_mul_func_float_f_f((((safe_rshift_func_uint16_t_u_s(0x0837L, l_1743)) , (void*)0) != &g_1609), l_1749))))) , p_7) != 0L) & (*p_6)) & l_1751) | p_4) && l_1750))) | 1UL)) | g_183[1]) | l_1752)) & 0x37603609327622A7LL)) ^ l_1753))
    { /* block id: 738 */
        int32_t *****l_1763 = &g_516;
        for (g_895 = 0; (g_895 <= 3); g_895 += 1)
        { /* block id: 741 */
            uint32_t l_1783 = 0x9C4B3F42L;
            for (g_234 = 0; (g_234 <= 3); g_234 += 1)
            { /* block id: 744 */
                int16_t *l_1782[10] = {&g_481,&g_418[3][1][3],&g_418[3][1][3],&g_481,&g_418[3][1][3],&g_418[3][1][3],&g_481,&g_418[3][1][3],&g_418[3][1][3],&g_481};
                uint32_t l_1784 = 18446744073709551613UL;
                int32_t l_1785 = 0xF8B34D1DL;
                int i;
                l_1785 &= ((*p_3) = ((l_1750 = ((safe_sub_func_uint64_t_u_u(((safe_mod_func_uint8_t_u_u((safe_rshift_func_int16_t_s_s((+(safe_add_func_int16_t_s_s((g_185[g_234] != ((&g_521 != l_1763) ^ (safe_sub_func_uint64_t_u_u((safe_add_func_int16_t_s_s((safe_mod_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u((p_4 , 0x4BL), g_1772)), (safe_sub_func_int8_t_s_s(((((safe_add_func_uint8_t_u_u((l_1777 != (((l_1783 &= ((g_154 & ((safe_sub_func_uint64_t_u_u((safe_add_func_int16_t_s_s(p_4, 0x16F6L)), 1UL)) | 0x7C21AF9D8C81FCACLL)) | 0x01BCC578C3D11F56LL)) ^ l_1743) , (*g_1513))), p_4)) > p_7) < (*p_3)) != 0x9D347082L), g_1187)))), l_1750)), 0xD8107A79FE10A37BLL)))), p_4))), 14)), 3UL)) ^ p_4), p_4)) , l_1749)) || l_1784));
            }
            return p_3;
        }
    }
    else
    { /* block id: 752 */
        uint8_t l_1788 = 255UL;
        uint8_t *l_1795 = &g_1733;
        uint32_t *l_1796 = &g_728;
        float *l_1797[1];
        int i;
        for (i = 0; i < 1; i++)
            l_1797[i] = &g_281;
        l_1743 = (safe_sub_func_float_f_f(((((**g_1609) = (void*)0) == (l_1789 = func_10(l_1788, (*g_160), p_7))) , 0x2.DEBF68p+75), (((*l_1796) = ((safe_unary_minus_func_uint64_t_u((safe_mod_func_int32_t_s_s((l_1788 <= (((*l_1795) = p_4) <= (((*p_6) < l_1753) >= 0x8705L))), (*p_5))))) <= l_1788)) , p_7)));
    }
    (*p_5) = l_1753;
    for (g_419 = 3; (g_419 >= 0); g_419 -= 1)
    { /* block id: 762 */
        int8_t l_1820 = 0x70L;
        uint8_t l_1830 = 1UL;
        int32_t l_1854[5][5] = {{1L,0x00938C6BL,1L,7L,7L},{1L,0x00938C6BL,1L,7L,7L},{1L,0x00938C6BL,1L,7L,7L},{1L,0x00938C6BL,1L,7L,7L},{1L,0x00938C6BL,1L,7L,7L}};
        int32_t l_1859 = 1L;
        float l_1861 = (-0x1.Bp-1);
        const int64_t *l_1888 = &g_73;
        const int64_t **l_1887 = &l_1888;
        int16_t **l_1938[8];
        uint32_t l_1939 = 4294967291UL;
        uint16_t l_1967 = 0x8216L;
        uint8_t *l_1980 = &g_379;
        uint8_t **l_1979 = &l_1980;
        float *** const l_2014 = (void*)0;
        int16_t l_2131 = 1L;
        int8_t l_2187 = 0x42L;
        int32_t *l_2191 = (void*)0;
        int16_t l_2239 = 1L;
        int8_t l_2243 = 0xA3L;
        int8_t l_2249 = 0x43L;
        uint64_t l_2275 = 0x1E34F9A325CF162CLL;
        int32_t l_2322 = (-4L);
        int32_t *** const *l_2359 = (void*)0;
        int32_t l_2379 = 0x6F5C477DL;
        int64_t l_2382 = 0x2317E4DA9278B1CBLL;
        int8_t **l_2447 = (void*)0;
        int8_t ***l_2446 = &l_2447;
        const uint32_t **l_2500[2][7][6];
        const uint32_t ***l_2499 = &l_2500[0][2][3];
        const uint32_t ****l_2498 = &l_2499;
        float ***l_2543 = (void*)0;
        float l_2582 = 0x7.E573D2p+74;
        uint32_t l_2584 = 1UL;
        int i, j, k;
        for (i = 0; i < 8; i++)
            l_1938[i] = &g_212;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 7; j++)
            {
                for (k = 0; k < 6; k++)
                    l_2500[i][j][k] = (void*)0;
            }
        }
        for (g_154 = 0; (g_154 <= 0); g_154 += 1)
        { /* block id: 765 */
            int16_t *l_1800 = &g_418[7][0][2];
            const uint32_t *l_1805 = &g_246[0];
            const uint32_t **l_1804[4][6] = {{&l_1805,&l_1805,(void*)0,&l_1805,&l_1805,(void*)0},{&l_1805,&l_1805,(void*)0,&l_1805,&l_1805,(void*)0},{&l_1805,&l_1805,(void*)0,&l_1805,&l_1805,(void*)0},{&l_1805,&l_1805,(void*)0,&l_1805,&l_1805,(void*)0}};
            const uint32_t ***l_1803 = &l_1804[2][5];
            const uint32_t ****l_1802 = &l_1803;
            const uint32_t *****l_1801 = &l_1802;
            int32_t l_1806 = 0x4F016F40L;
            int8_t l_1827 = (-9L);
            const int32_t *l_1829 = &g_649;
            int32_t *l_1837 = (void*)0;
            int32_t ** const l_1836 = &l_1837;
            uint8_t l_1840 = 0x49L;
            int32_t l_1858[8][6] = {{0x3CD5E936L,(-1L),0x3CD5E936L,0xA677E552L,0x69127794L,0x69127794L},{0x6E2D4B3DL,0x3CD5E936L,0x3CD5E936L,0x6E2D4B3DL,(-1L),0L},{0L,0x6E2D4B3DL,0x69127794L,0x6E2D4B3DL,0L,0xA677E552L},{0x6E2D4B3DL,0L,0xA677E552L,0xA677E552L,0L,0x6E2D4B3DL},{0x3CD5E936L,0x6E2D4B3DL,(-1L),0L,(-1L),0x6E2D4B3DL},{(-1L),0x3CD5E936L,0xA677E552L,0x69127794L,0x69127794L,0xA677E552L},{(-1L),(-1L),0x69127794L,0L,0x98F3D14BL,0L},{0x3CD5E936L,(-1L),0x3CD5E936L,0xA677E552L,0x69127794L,0x69127794L}};
            int64_t l_1913[7][4][7] = {{{(-10L),1L,(-10L),1L,(-1L),3L,1L},{1L,0x52A999296FD1E76DLL,(-10L),0L,0x1F1E9361C8F67063LL,0L,(-10L)},{(-1L),(-1L),0L,0L,0x5F6AE5CD40F5039CLL,3L,1L},{0L,(-1L),0x55A8EC790E791ED8LL,3L,3L,0x55A8EC790E791ED8LL,(-1L)}},{{0x55A8EC790E791ED8LL,0x52A999296FD1E76DLL,(-1L),(-10L),0x5F6AE5CD40F5039CLL,1L,0L},{0x55A8EC790E791ED8LL,1L,0x1F1E9361C8F67063LL,(-1L),0x1F1E9361C8F67063LL,1L,0x55A8EC790E791ED8LL},{0L,1L,0x5F6AE5CD40F5039CLL,(-10L),(-1L),0x52A999296FD1E76DLL,0x55A8EC790E791ED8LL},{(-1L),0x55A8EC790E791ED8LL,0x55A8EC790E791ED8LL,0x55A8EC790E791ED8LL,0xF3FD6E3BDA044462LL,0L,1L}},{{0L,0x55A8EC790E791ED8LL,0x1F1E9361C8F67063LL,1L,1L,0L,0L},{3L,1L,1L,1L,3L,0x5F6AE5CD40F5039CLL,0L},{(-10L),0x55A8EC790E791ED8LL,0L,0x52A999296FD1E76DLL,3L,0L,3L},{(-1L),0xF3FD6E3BDA044462LL,0xF3FD6E3BDA044462LL,(-1L),1L,0x52A999296FD1E76DLL,(-10L)}},{{(-10L),0x52A999296FD1E76DLL,1L,(-1L),0xF3FD6E3BDA044462LL,0xF3FD6E3BDA044462LL,(-1L)},{3L,0L,3L,0x52A999296FD1E76DLL,0L,0x55A8EC790E791ED8LL,(-10L)},{0L,0x5F6AE5CD40F5039CLL,3L,1L,1L,1L,3L},{0L,0L,1L,1L,0x1F1E9361C8F67063LL,0x55A8EC790E791ED8LL,0L}},{{1L,0L,0xF3FD6E3BDA044462LL,0x55A8EC790E791ED8LL,0x55A8EC790E791ED8LL,0xF3FD6E3BDA044462LL,0L},{0xF3FD6E3BDA044462LL,0x5F6AE5CD40F5039CLL,0L,3L,0x1F1E9361C8F67063LL,0x52A999296FD1E76DLL,1L},{0xF3FD6E3BDA044462LL,0L,1L,0L,1L,0L,0xF3FD6E3BDA044462LL},{1L,0x52A999296FD1E76DLL,0x1F1E9361C8F67063LL,3L,0L,0x5F6AE5CD40F5039CLL,0xF3FD6E3BDA044462LL}},{{0L,0xF3FD6E3BDA044462LL,0x55A8EC790E791ED8LL,0x55A8EC790E791ED8LL,0xF3FD6E3BDA044462LL,0L,1L},{0L,0x55A8EC790E791ED8LL,0x1F1E9361C8F67063LL,1L,1L,0L,0L},{3L,1L,1L,1L,3L,0x5F6AE5CD40F5039CLL,0L},{(-10L),0x55A8EC790E791ED8LL,0L,0x52A999296FD1E76DLL,3L,0L,3L}},{{(-1L),0xF3FD6E3BDA044462LL,0xF3FD6E3BDA044462LL,(-1L),1L,0x52A999296FD1E76DLL,(-10L)},{(-10L),0x52A999296FD1E76DLL,1L,(-1L),0xF3FD6E3BDA044462LL,0xF3FD6E3BDA044462LL,(-1L)},{3L,0L,3L,0x52A999296FD1E76DLL,0L,0x55A8EC790E791ED8LL,(-10L)},{0L,0x5F6AE5CD40F5039CLL,3L,1L,1L,1L,3L}}};
            int16_t **l_1916 = (void*)0;
            int16_t ***l_1915 = &l_1916;
            int64_t ***l_1923 = &g_1336;
            uint8_t *l_1940 = &g_379;
            int8_t **l_1951 = &g_1125;
            int64_t l_1976[3];
            uint8_t l_1985[7] = {1UL,0xFBL,0xFBL,1UL,0xFBL,0xFBL,1UL};
            uint64_t * const *l_2002 = (void*)0;
            uint64_t * const **l_2001 = &l_2002;
            int8_t ** const *l_2004 = &l_1951;
            int8_t ** const **l_2003 = &l_2004;
            float ***l_2019 = &g_1262;
            float l_2020 = (-0x1.2p+1);
            int16_t l_2039 = (-5L);
            int32_t l_2063 = 0xF43812C5L;
            const int32_t ***l_2071 = &g_160;
            const int32_t ****l_2070[10][2] = {{&l_2071,&l_2071},{&l_2071,&l_2071},{&l_2071,&l_2071},{&l_2071,&l_2071},{&l_2071,&l_2071},{&l_2071,&l_2071},{&l_2071,&l_2071},{&l_2071,&l_2071},{&l_2071,&l_2071},{&l_2071,&l_2071}};
            int64_t l_2129 = (-8L);
            int8_t l_2160 = (-10L);
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_1976[i] = 4L;
        }
    }
    return p_3;
}


/* ------------------------------------------ */
/* 
 * reads : g_160 g_161 g_9 g_504 g_85 g_2454
 * writes:
 */
static int32_t * func_10(uint8_t  p_11, const int32_t * p_12, int8_t  p_13)
{ /* block id: 729 */
    uint8_t l_1734[10][9][2] = {{{0x6DL,250UL},{0x4EL,0UL},{2UL,0x31L},{0xD4L,0xE4L},{0xE4L,7UL},{1UL,255UL},{0x5EL,9UL},{1UL,0x31L},{255UL,0x0FL}},{{0x90L,0x60L},{0xA1L,0xD4L},{0xE5L,0x90L},{0x2FL,1UL},{0xC5L,0UL},{255UL,0x6DL},{1UL,253UL},{0UL,0x4DL},{0x31L,1UL}},{{0x5EL,0xC5L},{0xC4L,0xE5L},{9UL,253UL},{2UL,249UL},{1UL,0x60L},{0xC5L,255UL},{0xA5L,3UL},{0x2FL,0xD4L},{1UL,0x3FL}},{{1UL,0x6DL},{6UL,0x69L},{0x31L,0xE5L},{0x31L,0x11L},{0xDEL,0x11L},{0x31L,0xE5L},{0x31L,0x69L},{6UL,0x6DL},{1UL,0x3FL}},{{1UL,0xD4L},{0x2FL,3UL},{0xA5L,255UL},{0xC5L,0x60L},{1UL,249UL},{2UL,253UL},{9UL,0xE5L},{0xC4L,0xC5L},{0x5EL,1UL}},{{0x31L,0x4DL},{0UL,253UL},{1UL,0x6DL},{255UL,0UL},{0xC5L,1UL},{0x2FL,0x90L},{0xE5L,0xD4L},{0xA1L,0x60L},{255UL,7UL}},{{6UL,248UL},{9UL,0x4DL},{0xE5L,0x11L},{0xB7L,1UL},{0xC4L,0xC4L},{0x31L,248UL},{1UL,249UL},{1UL,0x3FL},{0xA1L,1UL}},{{0xA5L,0x4EL},{0xA5L,1UL},{0xA1L,0x3FL},{1UL,249UL},{1UL,248UL},{0x31L,0xC4L},{0xC4L,1UL},{0xB7L,0x11L},{0xE5L,0x4DL}},{{9UL,248UL},{6UL,7UL},{255UL,0x60L},{0xA1L,0xD4L},{0xE5L,0x90L},{0x2FL,1UL},{0xC5L,0UL},{255UL,0x6DL},{1UL,253UL}},{{0UL,0x4DL},{0x31L,1UL},{0x5EL,0xC5L},{0xC4L,0xE5L},{9UL,253UL},{2UL,249UL},{1UL,0x60L},{0xC5L,255UL},{0xA5L,3UL}}};
    int32_t *l_1735 = &g_85;
    int i, j, k;
    l_1734[8][4][1] = (**g_160);
    return l_1735;
}


/* ------------------------------------------ */
/* 
 * reads : g_20 g_1103
 * writes: g_20 g_23 g_26 g_31
 */
static uint8_t  func_14(uint64_t  p_15, int32_t * p_16)
{ /* block id: 1 */
    int64_t l_19 = 5L;
    int32_t *l_1715[6][8][5] = {{{&g_649,&g_9[0],&g_9[0],&g_31,&g_1038},{(void*)0,&g_26,&g_649,&g_9[0],&g_85},{&g_9[4],&g_31,&g_1038,&g_26,(void*)0},{&g_85,&g_9[0],&g_9[0],&g_85,&g_31},{&g_9[1],&g_85,&g_26,&g_1038,&g_649},{&g_20,&g_26,&g_278,&g_9[0],&g_31},{&g_9[4],&g_23,&g_23,&g_20,(void*)0},{&g_31,(void*)0,&g_85,&g_20,&g_20}},{{&g_26,&g_20,&g_26,&g_26,&g_1038},{&g_31,&g_1038,&g_649,(void*)0,&g_1038},{&g_9[4],&g_26,&g_9[0],&g_278,&g_9[4]},{&g_1038,&g_9[0],&g_649,(void*)0,&g_31},{&g_1038,&g_504[4][0],&g_26,&g_9[0],&g_26},{&g_20,&g_20,&g_85,&g_9[0],&g_31},{(void*)0,&g_9[0],&g_23,&g_504[8][0],&g_9[4]},{&g_31,&g_649,&g_31,&g_20,(void*)0}},{{&g_9[0],&g_9[0],&g_649,&g_278,&g_1038},{&g_504[4][0],&g_20,&g_649,&g_649,&g_20},{&g_9[4],&g_504[4][0],&g_26,&g_26,(void*)0},{&g_20,&g_9[0],(void*)0,&g_20,&g_31},{&g_9[3],&g_26,&g_26,&g_23,&g_9[0]},{&g_20,&g_1038,&g_31,&g_9[0],&g_278},{&g_9[4],&g_20,&g_85,&g_20,&g_9[4]},{&g_504[4][0],(void*)0,&g_1038,(void*)0,&g_20}},{{&g_9[0],&g_23,&g_26,&g_26,&g_9[3]},{&g_31,&g_20,&g_9[0],(void*)0,&g_20},{(void*)0,&g_26,&g_26,&g_504[4][0],&g_9[4]},{&g_20,&g_649,&g_649,&g_20,&g_278},{&g_1038,&g_278,&g_649,&g_9[0],&g_9[0]},{&g_1038,&g_20,&g_1038,&g_649,&g_31},{&g_9[4],&g_504[8][0],&g_23,&g_9[0],(void*)0},{&g_31,(void*)0,&g_504[5][0],&g_20,&g_20}},{{&g_26,&g_9[0],&g_26,&g_504[4][0],&g_1038},{&g_31,&g_1038,&g_649,(void*)0,(void*)0},{&g_9[4],&g_278,&g_9[0],&g_26,&g_9[4]},{(void*)0,&g_9[0],&g_649,(void*)0,&g_31},{&g_1038,&g_26,&g_26,&g_20,&g_26},{&g_20,&g_20,&g_504[5][0],&g_9[0],&g_31},{(void*)0,&g_20,&g_23,&g_23,&g_9[4]},{&g_31,&g_649,&g_1038,&g_20,&g_1038}},{{&g_9[0],&g_20,&g_649,&g_26,&g_1038},{&g_278,&g_20,&g_649,&g_649,&g_20},{&g_9[4],&g_26,&g_26,&g_278,(void*)0},{&g_20,&g_9[0],&g_9[0],&g_20,&g_31},{&g_9[1],&g_504[4][0],&g_649,(void*)0,&g_26},{&g_1038,&g_26,&g_85,&g_649,(void*)0},{(void*)0,&g_504[8][0],(void*)0,&g_504[8][0],(void*)0},{(void*)0,&g_649,&g_504[5][0],&g_85,(void*)0}}};
    int i, j, k;
    p_16 = (l_1715[5][0][1] = func_17(l_19));
    return g_1103;
}


/* ------------------------------------------ */
/* 
 * reads : g_20
 * writes: g_20 g_23 g_26 g_31
 */
static int32_t * func_17(float  p_18)
{ /* block id: 2 */
    uint32_t l_46[3][4][3] = {{{0UL,0UL,0UL},{0xD800F4D4L,0x78EF8A6EL,0x791F9E6AL},{0x054D8142L,18446744073709551615UL,0x791F9E6AL},{0x2737AE9FL,0x054D8142L,0UL}},{{0xBF390F3BL,0xBF390F3BL,0xD800F4D4L},{0x2737AE9FL,0xD800F4D4L,0x054D8142L},{0x054D8142L,0xD800F4D4L,0x2737AE9FL},{0xD800F4D4L,0xBF390F3BL,0xBF390F3BL}},{{0UL,0x054D8142L,0x2737AE9FL},{0x791F9E6AL,18446744073709551615UL,0x054D8142L},{0x791F9E6AL,0x78EF8A6EL,0xD800F4D4L},{0UL,0UL,0UL}}};
    int32_t l_74 = (-3L);
    int32_t l_76 = 0L;
    int32_t *l_1554 = &g_1038;
    int i, j, k;
    for (g_20 = 20; (g_20 > (-11)); --g_20)
    { /* block id: 5 */
        int64_t l_47 = 0x74F0E4F20077FEFBLL;
        int32_t *l_69[3];
        int32_t l_75[1];
        int16_t **l_1702 = &g_212;
        int i;
        for (i = 0; i < 3; i++)
            l_69[i] = &g_23;
        for (i = 0; i < 1; i++)
            l_75[i] = (-1L);
        for (g_23 = 0; (g_23 == 6); g_23 = safe_add_func_int16_t_s_s(g_23, 4))
        { /* block id: 8 */
            float l_71[6][9] = {{0x8.E7DFBFp+89,0x8.E7DFBFp+89,0x0.3p+1,0x1.Dp-1,0x0.3p+1,0x8.E7DFBFp+89,0x8.E7DFBFp+89,0x0.3p+1,0x1.Dp-1},{0x7.5688AFp+78,0xB.C3393Ap+64,0x7.5688AFp+78,0xC.B6AEF2p+66,0xC.B6AEF2p+66,0x7.5688AFp+78,0xB.C3393Ap+64,0x7.5688AFp+78,0xC.B6AEF2p+66},{(-0x1.9p+1),0x0.3p+1,0x0.3p+1,(-0x1.9p+1),(-0x1.Bp-1),(-0x1.9p+1),0x0.3p+1,0x0.3p+1,(-0x1.9p+1)},{0x6.825D0Bp+49,0xC.B6AEF2p+66,0x2.FC23FAp-10,0xC.B6AEF2p+66,0x6.825D0Bp+49,0x6.825D0Bp+49,0xC.B6AEF2p+66,0x2.FC23FAp-10,0xC.B6AEF2p+66},{0x0.3p+1,(-0x1.Bp-1),0x1.Dp-1,0x1.Dp-1,(-0x1.Bp-1),0x0.3p+1,(-0x1.Bp-1),0x1.Dp-1,0x1.Dp-1},{0x6.825D0Bp+49,0x6.825D0Bp+49,0xC.B6AEF2p+66,0x2.FC23FAp-10,0xC.B6AEF2p+66,0x6.825D0Bp+49,0x6.825D0Bp+49,0xC.B6AEF2p+66,0x2.FC23FAp-10}};
            int32_t l_497 = 0x2EA4EE96L;
            uint16_t l_1553[7][9][4] = {{{0UL,0x8DC5L,65533UL,65530UL},{65535UL,65529UL,0xBAEFL,0x8DC5L},{0xECB1L,0xF65EL,0xBAEFL,0xF65EL},{65535UL,1UL,65533UL,0x9C2CL},{0UL,1UL,65534UL,0xF65EL},{65534UL,0xF65EL,65535UL,0x8DC5L},{65534UL,65529UL,65534UL,65530UL},{0UL,0x8DC5L,65533UL,65530UL},{65535UL,65529UL,0xBAEFL,0x8DC5L}},{{0xECB1L,0xF65EL,0xBAEFL,0xF65EL},{65535UL,1UL,65533UL,0x9C2CL},{0UL,1UL,65534UL,0xF65EL},{65534UL,0xF65EL,65535UL,0x8DC5L},{65534UL,65529UL,65534UL,65530UL},{0UL,0x8DC5L,65533UL,65530UL},{65535UL,65529UL,0xBAEFL,0x8DC5L},{0xECB1L,0xF65EL,0xBAEFL,0xF65EL},{65535UL,1UL,65533UL,0x9C2CL}},{{0UL,1UL,65534UL,0xF65EL},{65534UL,0xF65EL,65535UL,0x8DC5L},{65534UL,0x9E7EL,0xECB1L,0x9C2CL},{65534UL,65530UL,0xBAEFL,0x9C2CL},{65529UL,0x9E7EL,65535UL,65530UL},{65533UL,1UL,65535UL,1UL},{65529UL,0x8DC5L,0xBAEFL,65529UL},{65534UL,0x8DC5L,0xECB1L,1UL},{0xECB1L,1UL,65529UL,65530UL}},{{0xECB1L,0x9E7EL,0xECB1L,0x9C2CL},{65534UL,65530UL,0xBAEFL,0x9C2CL},{65529UL,0x9E7EL,65535UL,65530UL},{65533UL,1UL,65535UL,1UL},{65529UL,0x8DC5L,0xBAEFL,65529UL},{65534UL,0x8DC5L,0xECB1L,1UL},{0xECB1L,1UL,65529UL,65530UL},{0xECB1L,0x9E7EL,0xECB1L,0x9C2CL},{65534UL,65530UL,0xBAEFL,0x9C2CL}},{{65529UL,0x9E7EL,65535UL,65530UL},{65533UL,1UL,65535UL,1UL},{65529UL,0x8DC5L,0xBAEFL,65529UL},{65534UL,0x8DC5L,0xECB1L,1UL},{0xECB1L,1UL,65529UL,65530UL},{0xECB1L,0x9E7EL,0xECB1L,0x9C2CL},{65534UL,65530UL,0xBAEFL,0x9C2CL},{65529UL,0x9E7EL,65535UL,65530UL},{65533UL,1UL,65535UL,1UL}},{{65529UL,0x8DC5L,0xBAEFL,65529UL},{65534UL,0x8DC5L,0xECB1L,1UL},{0xECB1L,1UL,65529UL,65530UL},{0xECB1L,0x9E7EL,0xECB1L,0x9C2CL},{65534UL,65530UL,0xBAEFL,0x9C2CL},{65529UL,0x9E7EL,65535UL,65530UL},{65533UL,1UL,65535UL,1UL},{65529UL,0x8DC5L,0xBAEFL,65529UL},{65534UL,0x8DC5L,0xECB1L,1UL}},{{0xECB1L,1UL,65529UL,65530UL},{0xECB1L,0x9E7EL,0xECB1L,0x9C2CL},{65534UL,65530UL,0xBAEFL,0x9C2CL},{65529UL,0x9E7EL,65535UL,65530UL},{65533UL,1UL,65535UL,1UL},{65529UL,0x8DC5L,0xBAEFL,65529UL},{65534UL,0x8DC5L,0xECB1L,1UL},{0xECB1L,1UL,65529UL,65530UL},{0xECB1L,0x9E7EL,0xECB1L,0x9C2CL}}};
            int16_t **l_1703[9][7] = {{&g_212,&g_212,&g_212,&g_212,&g_212,&g_212,&g_212},{&g_212,&g_212,&g_212,&g_212,&g_212,&g_212,&g_212},{&g_212,&g_212,&g_212,&g_212,&g_212,&g_212,&g_212},{&g_212,&g_212,&g_212,&g_212,&g_212,&g_212,&g_212},{&g_212,&g_212,&g_212,&g_212,&g_212,&g_212,&g_212},{&g_212,&g_212,&g_212,&g_212,&g_212,&g_212,&g_212},{&g_212,&g_212,&g_212,&g_212,&g_212,&g_212,&g_212},{&g_212,&g_212,&g_212,&g_212,&g_212,&g_212,&g_212},{&g_212,&g_212,&g_212,&g_212,&g_212,&g_212,&g_212}};
            int i, j, k;
            for (g_26 = (-1); (g_26 != 14); g_26 = safe_add_func_int16_t_s_s(g_26, 5))
            { /* block id: 11 */
                int32_t *l_29 = (void*)0;
                int32_t *l_30 = &g_31;
                int32_t l_1690 = 1L;
                int32_t l_1691 = 0x9D973F42L;
                int32_t l_1692 = (-1L);
                uint32_t l_1711 = 18446744073709551606UL;
                (*l_30) = 5L;
                for (g_31 = 0; (g_31 != 19); g_31++)
                { /* block id: 15 */
                    int64_t *l_68 = &l_47;
                    int32_t l_70 = 0xCE519C81L;
                    int64_t *l_72[7][7][4] = {{{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0}},{{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73}},{{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0}},{{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0}},{{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_73}},{{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,(void*)0,&g_73},{&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,(void*)0,&g_73}},{{&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,(void*)0,&g_73},{&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,(void*)0,&g_73},{&g_73,&g_73,&g_73,&g_73}}};
                    int16_t l_77[1][4];
                    int8_t **l_1686 = &g_1125;
                    int8_t ***l_1685 = &l_1686;
                    int32_t **l_1714[1][7] = {{&l_69[1],(void*)0,&l_69[1],&l_69[1],(void*)0,&l_69[1],&l_69[1]}};
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 4; j++)
                            l_77[i][j] = (-1L);
                    }
                }
            }
            l_1554 = &l_497;
        }
    }
    return &g_504[4][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_160 g_1038 g_207 g_1514 g_1608 g_1126 g_73 g_9 g_481 g_418 g_1610 g_291 g_119 g_108 g_234 g_154 g_468
 * writes: g_234 g_161 g_154 g_468 g_1126 g_1038 g_1515 g_1334 g_481 g_82 g_418 g_1103 g_233
 */
static int16_t  func_36(uint16_t  p_37, int32_t * const  p_38, int32_t * p_39)
{ /* block id: 630 */
    int64_t l_1564 = (-1L);
    int32_t l_1565 = 1L;
    int32_t l_1566 = 3L;
    int32_t l_1567 = 0x9FD5B80FL;
    int32_t l_1568 = (-2L);
    int32_t l_1569 = 0x31C61E60L;
    int32_t l_1570 = 1L;
    int32_t l_1571 = 0x49C26D53L;
    uint32_t l_1572[5] = {0x8DF69407L,0x8DF69407L,0x8DF69407L,0x8DF69407L,0x8DF69407L};
    float *l_1588 = &g_233;
    int16_t **l_1626 = &g_212;
    int16_t ***l_1625 = &l_1626;
    const int32_t ***l_1665 = &g_160;
    const int32_t ****l_1664 = &l_1665;
    int32_t l_1682 = (-1L);
    int i;
lbl_1594:
    for (g_234 = 0; (g_234 >= 0); g_234 -= 1)
    { /* block id: 633 */
        int32_t *l_1555 = &g_504[6][0];
        int32_t *l_1556 = (void*)0;
        int32_t *l_1557 = &g_1038;
        int32_t *l_1558 = &g_649;
        int32_t *l_1559 = &g_1038;
        int32_t l_1560 = 0L;
        int32_t *l_1561 = &g_85;
        int32_t *l_1562 = &g_504[4][0];
        int32_t *l_1563[9][4][7] = {{{&g_504[9][0],&g_649,(void*)0,&g_504[9][0],&l_1560,&g_9[0],&g_20},{&g_504[8][0],&l_1560,(void*)0,&g_278,(void*)0,&g_649,&g_20},{&g_278,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_31},{(void*)0,&g_504[4][0],(void*)0,(void*)0,&g_278,&g_23,&g_504[4][0]}},{{(void*)0,&g_504[4][0],&g_649,&g_20,&g_649,&g_504[4][0],(void*)0},{(void*)0,&g_20,&g_26,&l_1560,(void*)0,(void*)0,&g_504[4][0]},{&l_1560,&g_9[0],&g_504[4][0],&g_504[4][0],&g_26,&g_504[9][0],&g_31},{&g_31,(void*)0,&g_26,&g_504[4][0],&g_85,&g_504[9][0],&g_278}},{{(void*)0,&g_23,&g_649,&g_278,&g_504[0][0],&g_31,&g_85},{&g_23,&g_504[9][0],(void*)0,(void*)0,(void*)0,&g_649,(void*)0},{&g_504[4][0],(void*)0,(void*)0,&g_23,&g_9[3],&g_85,&g_504[4][0]},{&g_9[4],&g_278,(void*)0,&g_649,(void*)0,(void*)0,&g_31}},{{&g_20,(void*)0,(void*)0,&g_26,&g_20,&g_9[2],&g_85},{&g_20,&g_20,(void*)0,&g_504[4][0],&g_31,&g_23,&g_20},{&g_20,&g_649,&g_504[0][0],(void*)0,&g_504[2][0],&g_31,(void*)0},{&g_20,&g_1038,(void*)0,(void*)0,&g_9[4],&g_278,&g_26}},{{&g_9[4],(void*)0,(void*)0,&g_31,&g_9[0],&g_504[4][0],(void*)0},{&g_504[4][0],(void*)0,&g_9[0],&g_26,&g_278,&g_31,(void*)0},{&g_23,&g_1038,&g_9[0],&g_9[0],(void*)0,(void*)0,&g_649},{&g_85,(void*)0,&g_85,(void*)0,&g_278,&g_26,&g_504[9][0]}},{{&g_23,&g_504[4][0],(void*)0,&g_26,&g_9[2],(void*)0,&g_23},{&g_278,(void*)0,&g_26,&g_504[2][0],&g_504[4][0],&g_26,(void*)0},{&g_278,&g_278,&g_31,&g_504[4][0],(void*)0,(void*)0,&g_31},{&g_9[3],(void*)0,&g_649,&g_504[3][0],(void*)0,&l_1560,&g_504[4][0]}},{{(void*)0,(void*)0,(void*)0,&g_31,&g_85,&g_504[9][0],(void*)0},{(void*)0,&g_26,(void*)0,&l_1560,&g_85,&g_504[4][0],&g_31},{&g_23,&g_26,&l_1560,(void*)0,&g_26,&g_26,(void*)0},{&g_85,&g_504[3][0],&g_504[5][0],&g_23,&g_9[3],&g_85,(void*)0}},{{(void*)0,(void*)0,&g_23,&g_23,&g_504[9][0],&g_504[4][0],&l_1560},{&g_504[4][0],&g_504[4][0],&g_504[4][0],(void*)0,&g_85,&g_9[3],(void*)0},{&g_649,&g_504[4][0],(void*)0,&l_1560,&g_1038,(void*)0,&g_9[4]},{&g_278,&g_9[0],&g_85,&g_31,&g_649,&g_1038,&g_504[3][0]}},{{&g_20,(void*)0,&g_85,&g_504[3][0],&g_504[0][0],(void*)0,&g_504[4][0]},{&g_504[8][0],(void*)0,&g_504[4][0],&g_504[4][0],(void*)0,&g_504[8][0],&g_9[0]},{&g_31,&g_20,&g_20,&g_504[2][0],&g_504[4][0],&g_278,&g_278},{&g_85,(void*)0,&g_23,&g_26,&g_278,&g_85,&g_20}}};
        int32_t **l_1575 = &l_1563[6][1][3];
        int i, j, k;
        ++l_1572[2];
        (*g_160) = ((*l_1575) = p_39);
    }
    if ((*p_39))
    { /* block id: 638 */
        int32_t l_1583 = 0x59E42C81L;
        int32_t *l_1600 = (void*)0;
        int32_t *l_1601[5][7] = {{&g_278,&g_278,&l_1570,&l_1568,&l_1568,&l_1570,&g_278},{&g_278,&g_278,&l_1570,&l_1568,&l_1568,&l_1570,&g_278},{&g_278,&g_278,&l_1570,&l_1568,&l_1568,&l_1570,&g_278},{&g_278,&g_278,&l_1570,&l_1568,&l_1568,&l_1570,&g_278},{&g_278,&g_278,&l_1570,&l_1568,&l_1568,&l_1570,&g_278}};
        uint32_t l_1629 = 0x6FD60419L;
        int i, j;
        if ((*p_38))
        { /* block id: 639 */
            const float **l_1597 = (void*)0;
            const float ***l_1596 = &l_1597;
            const float ****l_1595 = &l_1596;
            for (g_154 = 0; (g_154 == 44); ++g_154)
            { /* block id: 642 */
                for (g_468 = 0; (g_468 > 53); ++g_468)
                { /* block id: 645 */
                    for (g_1126 = 0; (g_1126 <= 4); g_1126 += 1)
                    { /* block id: 648 */
                        return p_37;
                    }
                    if ((safe_add_func_uint64_t_u_u(p_37, (g_207 == (void*)0))))
                    { /* block id: 651 */
                        float **l_1582[3];
                        int i;
                        for (i = 0; i < 3; i++)
                            l_1582[i] = (void*)0;
                        (*p_39) &= (*p_38);
                        (*g_1514) = l_1582[2];
                        (*p_38) |= 0x5A9176DEL;
                    }
                    else
                    { /* block id: 655 */
                        return l_1583;
                    }
                    (*p_38) = (*p_39);
                    if ((safe_mod_func_uint64_t_u_u(((void*)0 != &p_37), (safe_mul_func_int16_t_s_s(((void*)0 == l_1588), (safe_lshift_func_int16_t_s_u((safe_lshift_func_int16_t_s_u(0xA689L, 7)), 4)))))))
                    { /* block id: 659 */
                        int64_t *****l_1593 = &g_1334[3][5];
                        (*l_1593) = &g_1335;
                        if (g_1038)
                            goto lbl_1594;
                        return p_37;
                    }
                    else
                    { /* block id: 663 */
                        const float *****l_1598 = &l_1595;
                        int16_t *l_1599 = (void*)0;
                        (*l_1598) = l_1595;
                        (*p_39) = (l_1599 != (void*)0);
                    }
                }
            }
        }
        else
        { /* block id: 669 */
            uint64_t l_1617[8] = {0x7EE4C8EE1400EEDBLL,18446744073709551611UL,0x7EE4C8EE1400EEDBLL,18446744073709551611UL,0x7EE4C8EE1400EEDBLL,18446744073709551611UL,0x7EE4C8EE1400EEDBLL,18446744073709551611UL};
            int64_t *l_1618 = &l_1564;
            int16_t *l_1622 = (void*)0;
            int16_t *l_1623[1][9][2] = {{{(void*)0,&g_418[7][0][2]},{&g_156,&g_418[7][0][2]},{(void*)0,&g_418[7][0][2]},{&g_156,&g_418[7][0][2]},{(void*)0,&g_418[7][0][2]},{&g_156,&g_418[7][0][2]},{(void*)0,&g_418[7][0][2]},{&g_156,&g_418[7][0][2]},{(void*)0,&g_418[7][0][2]}}};
            const float l_1624 = 0x9.4D5C7Dp+30;
            int i, j, k;
            l_1601[1][4] = l_1600;
            (*p_38) |= ((safe_sub_func_uint8_t_u_u(((safe_add_func_int32_t_s_s((safe_rshift_func_uint8_t_u_s(((void*)0 == g_1608[4]), 1)), (safe_mul_func_int8_t_s_s(0x2DL, ((safe_rshift_func_int16_t_s_s((((((l_1566 = ((safe_add_func_uint32_t_u_u(p_37, l_1572[3])) > (((p_37 == (((*l_1618) = l_1617[0]) ^ (safe_sub_func_uint8_t_u_u(((*p_39) >= (((~(*p_39)) > g_1126) > l_1617[0])), (-1L))))) && p_37) > 0L))) & g_1126) & 1L) , (void*)0) != l_1625), g_73)) < 0L))))) == g_9[1]), 0x7EL)) > p_37);
        }
        for (g_481 = 20; (g_481 <= (-15)); g_481 = safe_sub_func_uint16_t_u_u(g_481, 1))
        { /* block id: 677 */
            int64_t *l_1637[10][6][4] = {{{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&g_73,&g_73,(void*)0},{(void*)0,&g_73,(void*)0,(void*)0},{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0}},{{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0},{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0}},{{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0},{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0}},{{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0},{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0}},{{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0},{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0}},{{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0},{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0}},{{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0},{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0}},{{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0},{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{(void*)0,&g_73,(void*)0,(void*)0}},{{&g_73,&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_73,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}}};
            int16_t *l_1646 = (void*)0;
            int16_t *l_1647 = &g_418[7][0][2];
            uint32_t **l_1652 = (void*)0;
            int32_t l_1653 = 3L;
            int i, j, k;
            l_1629--;
            (*p_39) |= (((0x9CL & (safe_rshift_func_uint8_t_u_u((p_37 <= (safe_mod_func_int64_t_s_s(((g_82 = (~((void*)0 == l_1637[9][4][1]))) && (safe_add_func_int8_t_s_s((safe_mod_func_int32_t_s_s((safe_div_func_uint32_t_u_u((safe_add_func_int16_t_s_s(((*l_1647) ^= p_37), (safe_lshift_func_uint8_t_u_u(p_37, ((p_37 == (-9L)) != (safe_lshift_func_int16_t_s_u(((((l_1652 != (void*)0) || p_37) , l_1653) , l_1571), 4))))))), 0x2C9C3E87L)), l_1565)), p_37))), 2L))), p_37))) <= (**g_1610)) ^ p_37);
            if ((*p_39))
                continue;
        }
    }
    else
    { /* block id: 684 */
        uint32_t l_1679 = 0xA53FB2A7L;
        for (g_1103 = 20; (g_1103 >= 6); g_1103--)
        { /* block id: 687 */
            uint32_t l_1670 = 18446744073709551611UL;
            int16_t *l_1677 = &g_481;
            int64_t l_1678 = (-1L);
            uint32_t l_1680 = 0xD33B2A60L;
            const uint16_t l_1681 = 0xDF0DL;
            (*g_160) = ((safe_div_func_uint64_t_u_u(((0x2B2A8A14L & ((safe_mod_func_uint32_t_u_u((((safe_sub_func_int64_t_s_s(((0xC.E4527Cp-77 >= (((*l_1588) = p_37) , (safe_sub_func_float_f_f(((void*)0 == l_1664), ((*l_1588) = ((safe_div_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s((l_1670 <= ((safe_div_func_int16_t_s_s(((*l_1677) ^= (safe_mul_func_int16_t_s_s(((safe_lshift_func_int8_t_s_u((((void*)0 == &g_1181) | 65535UL), 5)) , p_37), g_108[1][0][5]))), p_37)) <= (*p_38))), l_1670)), l_1678)) , l_1679)))))) , 0xE232DCA47FBCD79ELL), l_1680)) <= 0L) & l_1678), p_37)) , 0xFC4B1D65L)) | (*p_39)), l_1681)) , (void*)0);
        }
        (*g_160) = p_39;
    }
    l_1566 = l_1682;
    return p_37;
}


/* ------------------------------------------ */
/* 
 * reads : g_418 g_160 g_161 g_26 g_31 g_504 g_9 g_108 g_291 g_119 g_246 g_82 g_157 g_185 g_156 g_412 g_649 g_379 g_378 g_96 g_728 g_731 g_306 g_307 g_468 g_23 g_85 g_154 g_895 g_278 g_73 g_481 g_1038 g_103 g_83 g_183 g_1140 g_1126 g_1125 g_1103 g_1187 g_360 g_308 g_1334 g_234 g_521 g_517 g_485 g_1483
 * writes: g_278 g_154 g_156 g_504 g_96 g_649 g_73 g_185 g_161 g_83 g_418 g_103 g_108 g_157 g_360 g_378 g_281 g_82 g_379 g_419 g_521 g_119 g_246 g_468 g_233 g_1082 g_1103 g_1125 g_728 g_1181 g_1126 g_1261 g_895 g_234 g_1513
 */
static uint32_t  func_40(uint32_t  p_41, uint64_t  p_42, int32_t * p_43)
{ /* block id: 206 */
    int32_t l_503[8][5][3] = {{{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)}},{{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)}},{{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)}},{{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)}},{{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)}},{{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)}},{{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)}},{{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)},{1L,1L,(-1L)}}};
    int32_t l_505 = 0xF801480BL;
    int16_t *l_569 = (void*)0;
    int8_t *l_573[2][3][6] = {{{&g_82,&g_82,&g_82,&g_82,&g_82,&g_82},{&g_82,&g_82,&g_82,&g_82,&g_82,&g_82},{&g_82,&g_82,&g_82,&g_82,&g_82,&g_82}},{{&g_82,&g_82,&g_82,&g_82,&g_82,&g_82},{&g_82,&g_82,&g_82,&g_82,&g_82,&g_82},{&g_82,&g_82,&g_82,&g_82,&g_82,&g_82}}};
    int8_t ***l_587 = (void*)0;
    int32_t l_650 = (-7L);
    const int32_t *l_655 = &g_85;
    int8_t l_684 = 0xDBL;
    uint16_t *l_748 = (void*)0;
    uint16_t **l_747[1];
    uint8_t l_750[5][10] = {{252UL,1UL,0x01L,0xCCL,0xCCL,0x01L,1UL,252UL,0x2EL,0x67L},{0x9FL,0x24L,255UL,252UL,0xDBL,0xCCL,0x7EL,0x67L,0x7EL,0xCCL},{255UL,0xDBL,255UL,0xDBL,255UL,0x67L,0x2EL,252UL,1UL,0x01L},{0x2EL,0x1EL,0x01L,0x67L,0x69L,0x48L,0x48L,0x69L,0x67L,0x01L},{0x67L,0x67L,0x24L,0x01L,255UL,0x2DL,0x69L,255UL,1UL,0xCCL}};
    int8_t l_760 = 0x3DL;
    uint32_t l_763 = 3UL;
    const int32_t ** const **l_778 = (void*)0;
    float l_782[2];
    uint64_t l_818 = 18446744073709551615UL;
    int32_t l_834 = 0xAC4DA6B0L;
    int64_t *l_843 = &g_73;
    uint8_t l_874 = 0x80L;
    uint16_t l_942 = 0x6A0AL;
    int32_t ****l_952 = &g_517;
    uint32_t l_995[9] = {18446744073709551609UL,0x43B0BE86L,18446744073709551609UL,18446744073709551609UL,0x43B0BE86L,18446744073709551609UL,18446744073709551609UL,0x43B0BE86L,18446744073709551609UL};
    uint64_t l_998 = 8UL;
    uint8_t *l_1018 = &l_750[2][0];
    int64_t *l_1041 = (void*)0;
    int8_t l_1085 = 0xDAL;
    float l_1102 = 0x4.5p-1;
    uint16_t l_1130 = 0x1A56L;
    uint32_t l_1169 = 0x3C4747CDL;
    int64_t **l_1186 = (void*)0;
    int64_t ***l_1185 = &l_1186;
    int64_t ***l_1196 = &l_1186;
    int16_t l_1215 = 0x6160L;
    uint32_t l_1216 = 6UL;
    uint32_t l_1237 = 8UL;
    int64_t l_1246 = 0L;
    float *l_1259 = &g_83[4][4][3];
    float **l_1258 = &l_1259;
    float ***l_1257 = &l_1258;
    int16_t **l_1301 = &g_212;
    float l_1370 = 0x1.Fp-1;
    uint32_t l_1394 = 3UL;
    int32_t *l_1544 = &l_503[2][2][1];
    int32_t *l_1545 = &l_503[3][0][0];
    int32_t *l_1546 = &g_504[3][0];
    int32_t *l_1547 = &g_504[4][0];
    int32_t *l_1548 = &g_504[4][0];
    int32_t *l_1549[8] = {&g_1038,&g_85,&g_1038,&g_1038,&g_85,&g_1038,&g_1038,&g_85};
    uint32_t l_1550 = 0xEF72F931L;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_747[i] = &l_748;
    for (i = 0; i < 2; i++)
        l_782[i] = 0x4.3p-1;
lbl_1542:
    for (g_278 = 0; (g_278 >= (-2)); --g_278)
    { /* block id: 209 */
        uint16_t l_506 = 65534UL;
        uint32_t **l_522 = &g_291;
        const int32_t * const *l_526 = (void*)0;
        const int32_t * const **l_525 = &l_526;
        const int32_t * const ***l_524 = &l_525;
        uint8_t *l_534 = &g_96[0][0][2];
        int32_t l_547 = 0x74F3D355L;
        int32_t *l_554 = &l_503[3][1][0];
        uint16_t l_683 = 0x9437L;
        const int32_t *l_730[7][2][10] = {{{&g_731,&g_731,&g_731,&g_731,&g_731,(void*)0,&g_731,&g_731,(void*)0,&g_731},{&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731}},{{&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731},{&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,(void*)0,(void*)0,&g_731}},{{(void*)0,&g_731,&g_731,&g_731,&g_731,(void*)0,&g_731,&g_731,(void*)0,&g_731},{&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731}},{{&g_731,&g_731,&g_731,&g_731,(void*)0,(void*)0,&g_731,&g_731,&g_731,&g_731},{(void*)0,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,(void*)0,&g_731}},{{&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731},{&g_731,&g_731,&g_731,&g_731,(void*)0,&g_731,&g_731,(void*)0,&g_731,&g_731}},{{&g_731,&g_731,&g_731,&g_731,&g_731,(void*)0,&g_731,&g_731,&g_731,&g_731},{&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,(void*)0,&g_731,&g_731}},{{(void*)0,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731,&g_731},{&g_731,&g_731,&g_731,&g_731,(void*)0,&g_731,&g_731,(void*)0,&g_731,&g_731}}};
        const int64_t ***l_741 = (void*)0;
        const int64_t ****l_740 = &l_741;
        const int64_t *****l_739 = &l_740;
        int64_t l_749[4][1];
        int32_t l_752 = 0x411DE127L;
        int32_t l_753[6][4] = {{(-2L),0x0A16CD97L,0x0A16CD97L,(-2L)},{0x4DE41394L,0x0A16CD97L,0L,0x0A16CD97L},{0x0A16CD97L,7L,0L,0L},{0x4DE41394L,0x4DE41394L,0x0A16CD97L,0L},{(-2L),7L,(-2L),0x0A16CD97L},{(-2L),0x0A16CD97L,0x0A16CD97L,(-2L)}};
        int32_t l_762 = 0x4C87753AL;
        const int32_t ** const *l_775[3][9] = {{&g_160,&g_160,&g_160,&g_160,&g_160,&g_160,&g_160,&g_160,&g_160},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_160,&g_160,&g_160,&g_160,&g_160,&g_160,&g_160,&g_160,&g_160}};
        const int32_t ** const **l_774 = &l_775[2][2];
        int64_t **l_852 = &l_843;
        uint32_t l_948 = 0x4585ED2DL;
        int32_t ****l_950 = &g_517;
        uint32_t l_987 = 1UL;
        uint8_t l_999 = 1UL;
        uint8_t *l_1034 = &g_96[5][0][5];
        uint8_t l_1035 = 0UL;
        int8_t l_1084 = 0x5BL;
        int32_t l_1127 = 0x667E7A19L;
        uint64_t l_1129[10] = {0xC8CD69D34666266ALL,0xC8CD69D34666266ALL,0xC8CD69D34666266ALL,0xC8CD69D34666266ALL,0xC8CD69D34666266ALL,0xC8CD69D34666266ALL,0xC8CD69D34666266ALL,0xC8CD69D34666266ALL,0xC8CD69D34666266ALL,0xC8CD69D34666266ALL};
        float l_1141 = 0x3.CFE7D8p+67;
        float *l_1155 = &g_233;
        float **l_1154 = &l_1155;
        int8_t **l_1182[10][8] = {{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]},{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]},{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]},{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]},{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]},{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]},{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]},{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]},{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]},{&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1],&l_573[1][1][1]}};
        int16_t **l_1221[4];
        int i, j, k;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_749[i][j] = 0x0470D5ACA1350D34LL;
        }
        for (i = 0; i < 4; i++)
            l_1221[i] = (void*)0;
        for (g_154 = 0; (g_154 != 3); g_154++)
        { /* block id: 212 */
            int32_t *l_502[1][10][5] = {{{(void*)0,&g_9[0],&g_26,&g_9[0],(void*)0},{&g_31,&g_85,(void*)0,&g_23,(void*)0},{&g_20,&g_23,&g_26,&g_26,&g_23},{&g_9[0],&g_9[0],(void*)0,&g_85,(void*)0},{&g_9[0],&g_26,(void*)0,&g_85,(void*)0},{(void*)0,(void*)0,(void*)0,&g_85,(void*)0},{&g_23,(void*)0,&g_26,&g_23,&g_23},{&g_85,&g_23,&g_85,&g_9[0],&g_85},{&g_26,(void*)0,&g_23,&g_26,&g_23},{(void*)0,(void*)0,(void*)0,(void*)0,&g_85}}};
            const int64_t *l_511 = (void*)0;
            const int64_t **l_510 = &l_511;
            const int64_t ***l_509 = &l_510;
            int32_t l_530 = 0L;
            float l_570 = 0x0.4p-1;
            int32_t l_572 = 1L;
            uint16_t *l_581 = &g_154;
            int8_t **l_586 = (void*)0;
            int8_t ** const *l_585 = &l_586;
            const int64_t l_614 = 0L;
            int8_t l_759 = 2L;
            uint8_t *l_842 = &g_379;
            int64_t **l_851 = &l_843;
            const int16_t l_864 = 0xCCC7L;
            int32_t l_880 = (-1L);
            int i, j, k;
            l_506--;
            for (g_156 = 3; (g_156 >= 0); g_156 -= 1)
            { /* block id: 216 */
                int64_t ***l_512 = (void*)0;
                int32_t l_513 = (-1L);
                uint32_t **l_523 = &g_291;
                uint8_t *l_533 = &g_96[3][0][0];
                uint16_t *l_580 = &g_185[1];
                float *l_619 = &g_233;
                int32_t l_626 = 0x7111C898L;
            }
            for (p_41 = 0; (p_41 <= 3); p_41 += 1)
            { /* block id: 264 */
                int64_t l_651 = (-1L);
                int64_t *l_652 = &g_73;
                int32_t *l_732 = &g_504[4][0];
                const int64_t *****l_742 = &l_740;
                int32_t l_751[3];
                const int32_t ** const ***l_776 = (void*)0;
                const int32_t ** const ***l_777[5][6][6] = {{{&l_774,(void*)0,&l_774,&l_774,(void*)0,&l_774},{(void*)0,(void*)0,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,(void*)0,&l_774,&l_774,&l_774},{(void*)0,(void*)0,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,&l_774,(void*)0,&l_774},{(void*)0,&l_774,(void*)0,&l_774,&l_774,&l_774}},{{&l_774,&l_774,&l_774,(void*)0,&l_774,&l_774},{(void*)0,(void*)0,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,&l_774,&l_774,&l_774},{(void*)0,&l_774,&l_774,&l_774,&l_774,&l_774},{(void*)0,(void*)0,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,&l_774,&l_774,&l_774}},{{&l_774,&l_774,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,(void*)0,&l_774,&l_774},{&l_774,&l_774,(void*)0,(void*)0,&l_774,&l_774},{(void*)0,&l_774,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,(void*)0,(void*)0,&l_774,&l_774}},{{&l_774,&l_774,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,(void*)0,(void*)0,&l_774,&l_774}},{{&l_774,&l_774,(void*)0,&l_774,&l_774,&l_774},{&l_774,(void*)0,&l_774,&l_774,&l_774,&l_774},{&l_774,&l_774,&l_774,&l_774,&l_774,(void*)0},{&l_774,&l_774,&l_774,(void*)0,&l_774,&l_774},{(void*)0,&l_774,&l_774,&l_774,&l_774,&l_774},{(void*)0,&l_774,&l_774,&l_774,(void*)0,(void*)0}}};
                int16_t *l_779 = (void*)0;
                int16_t *l_780 = &g_418[7][0][2];
                uint32_t l_781 = 0x47EBA000L;
                int8_t l_820[1][6][4] = {{{(-5L),5L,(-5L),6L},{(-5L),6L,6L,(-5L)},{0L,6L,2L,6L},{6L,5L,2L,2L},{0L,0L,6L,2L},{(-5L),5L,(-5L),6L}}};
                float l_822[5][5] = {{(-0x1.8p+1),(-0x1.8p+1),(-0x1.8p+1),(-0x1.8p+1),(-0x1.8p+1)},{0x1.7p-1,0x1.7p-1,0x1.7p-1,0x1.7p-1,0x1.7p-1},{(-0x1.8p+1),(-0x1.8p+1),(-0x1.8p+1),(-0x1.8p+1),(-0x1.8p+1)},{0x1.7p-1,0x1.7p-1,0x1.7p-1,0x1.7p-1,0x1.7p-1},{(-0x1.8p+1),(-0x1.8p+1),(-0x1.8p+1),(-0x1.8p+1),(-0x1.8p+1)}};
                int32_t *l_844 = &g_26;
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_751[i] = 5L;
                if ((safe_unary_minus_func_int16_t_s((safe_mod_func_uint8_t_u_u(((safe_mod_func_int32_t_s_s(g_418[(p_41 + 4)][p_41][p_41], (safe_unary_minus_func_uint16_t_u(((safe_rshift_func_int8_t_s_s((l_503[0][2][1] = g_418[(p_41 + 4)][p_41][p_41]), (18446744073709551606UL <= ((((((*l_652) = ((l_651 = (l_650 = (g_649 = (safe_div_func_uint64_t_u_u((safe_mod_func_uint64_t_u_u((((safe_sub_func_uint32_t_u_u((((safe_rshift_func_int16_t_s_u((safe_mul_func_int8_t_s_s((((((g_504[8][0] = (**g_160)) && ((p_41 > ((safe_lshift_func_uint16_t_u_s(1UL, 12)) | l_505)) > (safe_add_func_uint8_t_u_u((((*l_534) = 0x80L) | ((g_418[(p_41 + 4)][p_41][p_41] < 0x4B2DL) == 0x7A60L)), l_505)))) , g_108[5][0][0]) , 18446744073709551615UL) & 1UL), 1L)), p_41)) <= 0x7C717ECEL) , 6UL), (*g_291))) > 0x8FB3L) <= p_41), p_41)), 0x25391E787CD882F9LL))))) <= g_246[0])) < 0x788FC9804A958A16LL) ^ 0UL) , (-4L)) & l_505)))) < g_82))))) < 0x74L), 0xB9L)))))
                { /* block id: 272 */
                    for (l_547 = 0; (l_547 >= 0); l_547 = safe_add_func_uint32_t_u_u(l_547, 5))
                    { /* block id: 275 */
                        l_655 = (*g_160);
                    }
                    if ((*p_43))
                        break;
                }
                else
                { /* block id: 279 */
                    int8_t l_658 = 1L;
                    uint16_t *l_681 = &g_185[3];
                    int32_t l_682 = 0xA8B26060L;
                    int32_t l_705 = 0x7DE7ABBFL;
                    float *l_726 = (void*)0;
                    float *l_727[1][9];
                    const int32_t *l_729[9] = {&g_26,&g_26,&g_26,&g_26,&g_26,&g_26,&g_26,&g_26,&g_26};
                    int64_t ** const **l_738 = (void*)0;
                    int32_t l_754 = 0x582085DFL;
                    int32_t l_755 = 0x05471A57L;
                    int32_t l_756 = 0L;
                    int32_t l_757 = 0x52FBB943L;
                    int32_t l_758[4][6];
                    int32_t l_761 = 1L;
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 9; j++)
                            l_727[i][j] = &g_233;
                    }
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 6; j++)
                            l_758[i][j] = 0x7C0F8948L;
                    }
                    if ((safe_sub_func_int16_t_s_s(l_658, (((g_9[0] >= (safe_mod_func_int32_t_s_s((((safe_add_func_int64_t_s_s(l_651, (safe_rshift_func_uint16_t_u_s((((safe_sub_func_int64_t_s_s((((safe_lshift_func_uint8_t_u_s(((((((l_682 ^= ((safe_add_func_uint64_t_u_u((((safe_sub_func_uint64_t_u_u(0UL, 0xA789CF9B6453B4FCLL)) , (safe_div_func_uint32_t_u_u(((safe_add_func_int64_t_s_s((-7L), p_42)) <= ((*l_681) ^= ((safe_add_func_int64_t_s_s(((safe_div_func_int16_t_s_s((g_157 != p_42), g_82)) , p_42), p_41)) <= 9L))), l_658))) , 0x0614EBEC2AEBECDALL), g_119)) | p_41)) > p_42) == (*p_43)) && 0xC5L) > 0x05BCBF61L) <= 65535UL), g_156)) == l_658) != g_418[(p_41 + 4)][p_41][p_41]), 1UL)) || (*g_161)) || p_41), 6)))) <= l_683) <= l_658), (*p_43)))) > p_42) ^ l_684))))
                    { /* block id: 282 */
                        (*g_160) = (*g_160);
                        (*l_554) |= (1L ^ 1UL);
                        if ((*p_43))
                            continue;
                    }
                    else
                    { /* block id: 286 */
                        int32_t *l_685[2];
                        uint16_t ** const l_686[8][9] = {{&l_581,&l_581,&l_581,&l_581,&l_581,&l_581,&l_581,&l_581,&l_581},{&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681},{&l_581,&l_581,(void*)0,&l_581,&l_581,&l_581,&l_581,&l_581,(void*)0},{&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681},{&l_581,&l_581,&l_581,&l_581,&l_581,&l_581,&l_581,&l_581,&l_581},{&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681},{&l_581,&l_581,(void*)0,&l_581,&l_581,&l_581,&l_581,&l_581,(void*)0},{&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681}};
                        float *l_687 = &g_83[4][1][4];
                        int16_t *l_704 = &g_418[7][0][2];
                        int i, j;
                        for (i = 0; i < 2; i++)
                            l_685[i] = &g_504[4][0];
                        (*g_160) = l_685[1];
                        l_705 |= (((((((((((void*)0 != l_686[1][0]) , (((((((*l_687) = ((void*)0 == &g_307)) > ((!(safe_mul_func_uint8_t_u_u(0x10L, (((((safe_rshift_func_int16_t_s_s(((*l_704) = ((safe_rshift_func_uint8_t_u_s(2UL, (!(safe_rshift_func_int16_t_s_s((safe_mod_func_int32_t_s_s(((safe_rshift_func_uint16_t_u_u((g_412 || (safe_rshift_func_uint8_t_u_s(g_649, (0x669CL < 1UL)))), g_108[1][0][3])) < l_682), (*g_291))), p_41))))) & g_504[4][0])), p_42)) || p_41) , 0xECL) | p_41) | 255UL)))) , 0x1.7p-1)) == p_42) > g_9[0]) > p_42) > p_41)) < p_42) == g_108[4][1][5]) >= 0x1.D72E08p+34) >= g_379) > l_658) , p_42) && p_42) || (*l_554));
                        if (l_651)
                            continue;
                    }
                    if (((l_658 & (safe_sub_func_uint8_t_u_u((((safe_mul_func_float_f_f((((l_682 = ((&g_360 == &g_360) != (safe_add_func_float_f_f(((*l_554) = (safe_sub_func_float_f_f(((safe_div_func_float_f_f(0x8.Cp-1, ((((g_103 = (+(safe_div_func_float_f_f(((safe_mul_func_float_f_f(((-(safe_mul_func_float_f_f(p_42, 0x0.5p-1))) <= (safe_div_func_float_f_f(((g_246[0] <= ((void*)0 != l_569)) > g_378), p_41))), p_42)) > g_246[0]), g_246[0])))) >= p_41) >= g_31) <= p_41))) < 0x0.Ap+1), 0x2.E56710p+37))), l_658)))) < p_41) > g_96[0][0][2]), 0x3.286DBDp+70)) , g_728) < 0L), 5UL))) , l_682))
                    { /* block id: 296 */
                        (*g_160) = (l_730[5][0][1] = l_729[3]);
                        (*g_160) = l_732;
                        if ((**g_160))
                            continue;
                    }
                    else
                    { /* block id: 301 */
                        int32_t l_737 = (-6L);
                        uint32_t *l_743 = &g_108[1][0][5];
                        uint32_t *l_744 = &g_157;
                        (*l_732) = ((safe_rshift_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(((((((*l_744) |= ((*l_743) &= (&g_306 != (l_742 = ((((*l_534) &= (((*p_43) ^ l_737) < (l_738 != &l_509))) ^ g_728) , l_739))))) , (*l_732)) , (g_96[5][0][0]--)) , l_747[0]) != (void*)0), l_749[0][0])), l_750[1][8])) , (-1L));
                        (*l_732) = ((*l_554) = (*p_43));
                    }
                    l_763--;
                }
                (*l_554) = (((((((((*l_732) = (((safe_sub_func_int16_t_s_s(((*l_780) = ((((safe_rshift_func_int8_t_s_u(1L, 7)) <= (safe_sub_func_uint64_t_u_u((p_41 <= 0x4222L), p_41))) <= (safe_mod_func_int32_t_s_s(((((((0x836971E8L & (**g_160)) > 0UL) , ((l_778 = l_774) == (void*)0)) , 0xD7A27C3CD346D6BCLL) && (-4L)) ^ 255UL), p_41))) <= 0x08L)), p_41)) | 0xFAC99894L) , l_781)) ^ p_42) || p_42) | g_731) , (*l_732)) , p_43) == &l_503[3][0][0]) , 0L);
                if (((&g_291 == (void*)0) | (safe_mul_func_uint16_t_u_u((p_41 == (safe_rshift_func_int16_t_s_s(p_42, 11))), 8L))))
                { /* block id: 317 */
                    uint64_t l_791 = 0x2B2671C0419A19EFLL;
                    int32_t l_817 = 1L;
                    int32_t l_819 = 0xEEF51853L;
                    int32_t l_821 = 0xC340053EL;
                    int32_t l_824[4] = {0xB478DB4AL,0xB478DB4AL,0xB478DB4AL,0xB478DB4AL};
                    int32_t l_825 = 0x830AE218L;
                    int32_t l_829 = 7L;
                    int32_t l_831 = 5L;
                    int32_t l_832 = 0x04664E34L;
                    int32_t l_833 = 0xAD22FF7BL;
                    int32_t l_836 = 0x8DF14304L;
                    int32_t l_837 = 0xC146D038L;
                    int32_t l_838[6][9][4] = {{{0L,7L,1L,0L},{1L,0L,0L,0L},{0xE6218BD8L,0xE6218BD8L,0xCA0E2A10L,0xBA9800B1L},{0xE6218BD8L,7L,0L,0xE6218BD8L},{1L,0xBA9800B1L,1L,0L},{0L,0xBA9800B1L,0xCA0E2A10L,0xE6218BD8L},{0xBA9800B1L,7L,7L,0xBA9800B1L},{1L,0xE6218BD8L,7L,0L},{0xBA9800B1L,0L,0xCA0E2A10L,0L}},{{0L,7L,1L,0L},{1L,0L,0L,0L},{1L,1L,0xE6218BD8L,7L},{1L,0xCA0E2A10L,4L,1L},{0x30FC933BL,7L,0x30FC933BL,4L},{0L,7L,0xE6218BD8L,1L},{7L,0xCA0E2A10L,0xCA0E2A10L,7L},{0x30FC933BL,1L,0xCA0E2A10L,4L},{7L,0L,0xE6218BD8L,0L}},{{0L,0xCA0E2A10L,0x30FC933BL,0L},{0x30FC933BL,0L,4L,4L},{1L,1L,0xE6218BD8L,7L},{1L,0xCA0E2A10L,4L,1L},{0x30FC933BL,7L,0x30FC933BL,4L},{0L,7L,0xE6218BD8L,1L},{7L,0xCA0E2A10L,0xCA0E2A10L,7L},{0x30FC933BL,1L,0xCA0E2A10L,4L},{7L,0L,0xE6218BD8L,0L}},{{0L,0xCA0E2A10L,0x30FC933BL,0L},{0x30FC933BL,0L,4L,4L},{1L,1L,0xE6218BD8L,7L},{1L,0xCA0E2A10L,4L,1L},{0x30FC933BL,7L,0x30FC933BL,4L},{0L,7L,0xE6218BD8L,1L},{7L,0xCA0E2A10L,0xCA0E2A10L,7L},{0x30FC933BL,1L,0xCA0E2A10L,4L},{7L,0L,0xE6218BD8L,0L}},{{0L,0xCA0E2A10L,0x30FC933BL,0L},{0x30FC933BL,0L,4L,4L},{1L,1L,0xE6218BD8L,7L},{1L,0xCA0E2A10L,4L,1L},{0x30FC933BL,7L,0x30FC933BL,4L},{0L,7L,0xE6218BD8L,1L},{7L,0xCA0E2A10L,0xCA0E2A10L,7L},{0x30FC933BL,1L,0xCA0E2A10L,4L},{7L,0L,0xE6218BD8L,0L}},{{0L,0xCA0E2A10L,0x30FC933BL,0L},{0x30FC933BL,0L,4L,4L},{1L,1L,0xE6218BD8L,7L},{1L,0xCA0E2A10L,4L,1L},{0x30FC933BL,7L,0x30FC933BL,4L},{0L,7L,0xE6218BD8L,1L},{7L,0xCA0E2A10L,0xCA0E2A10L,7L},{0x30FC933BL,1L,0xCA0E2A10L,4L},{7L,0L,0xE6218BD8L,0L}}};
                    int i, j, k;
                    for (g_360 = 0; (g_360 != 59); g_360 = safe_add_func_uint32_t_u_u(g_360, 1))
                    { /* block id: 320 */
                        uint16_t l_800[6];
                        float *l_801 = &g_378;
                        float *l_802 = &g_281;
                        int i;
                        for (i = 0; i < 6; i++)
                            l_800[i] = 65535UL;
                        (*l_802) = (p_42 != (((0xB.8CBABAp+52 > (-0x1.Dp+1)) > (safe_mul_func_float_f_f(p_42, l_791))) > ((((*l_801) = (((safe_add_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u(0UL, ((*l_534) = (safe_sub_func_int32_t_s_s((safe_sub_func_int8_t_s_s(0x4CL, g_9[0])), ((void*)0 != (*g_306))))))) , l_800[4]), (-1L))) ^ p_41) , g_468)) < g_23) == 0x0.B4B655p-30)));
                        return (*g_291);
                    }
                    (*l_554) &= (**g_160);
                    if ((*l_655))
                        break;
                    if (((safe_mod_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s(((*l_534)--), p_42)), (l_819 = ((*l_554) = (safe_rshift_func_int8_t_s_s(((((*l_732) = (p_41 == g_31)) & (((&g_212 != (void*)0) , (p_42 || p_41)) <= ((g_82 |= (safe_rshift_func_uint8_t_u_u(((((((safe_div_func_uint32_t_u_u(((safe_mul_func_int8_t_s_s((l_817 = 0xB5L), g_119)) , 0xDBD29A31L), (*g_291))) >= 0xC26E924DL) || p_42) | l_818) < p_41) == p_42), 5))) ^ (-1L)))) == g_108[1][0][2]), 5)))))) >= l_791))
                    { /* block id: 334 */
                        int32_t l_823 = 1L;
                        int32_t l_826 = 0x65ED7561L;
                        int32_t l_827 = (-1L);
                        int32_t l_828 = 0x6FDBFA38L;
                        int32_t l_830 = 2L;
                        int32_t l_835[8] = {2L,1L,2L,1L,2L,1L,2L,1L};
                        uint32_t l_839 = 18446744073709551606UL;
                        int i;
                        l_839--;
                        (*l_732) = (((void*)0 == l_842) < ((l_843 != &l_651) >= (*l_732)));
                        p_43 = l_844;
                    }
                    else
                    { /* block id: 338 */
                        int32_t *l_845 = &l_503[1][1][0];
                        (*l_554) ^= (*g_161);
                        (*g_160) = l_845;
                        return p_42;
                    }
                }
                else
                { /* block id: 343 */
                    int8_t l_846[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_846[i] = 0L;
                    for (g_379 = 0; (g_379 <= 4); g_379 += 1)
                    { /* block id: 346 */
                        (*l_554) = (&l_740 != (void*)0);
                        (*l_732) &= 0L;
                        (*l_732) = (-4L);
                    }
                    if (l_846[0])
                        continue;
                    return (*l_655);
                }
                (*l_554) ^= (safe_div_func_uint32_t_u_u((safe_mod_func_uint8_t_u_u(((l_852 = l_851) == (void*)0), (safe_mul_func_int8_t_s_s(((((*l_655) , (safe_sub_func_uint64_t_u_u((!(((safe_mul_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((p_42 , (((safe_mod_func_uint64_t_u_u((7L | p_41), l_864)) , (safe_rshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s(((-1L) == (safe_unary_minus_func_uint16_t_u((safe_div_func_int8_t_s_s(0xC2L, g_418[7][0][2]))))), l_874)), 0UL)), p_41))) & (*l_844))), g_154)), 0xCB2CL)) && 18446744073709551615UL) , g_379)), p_42))) & 0x84C0L) ^ 0L), g_504[1][0])))), (*p_43)));
            }
            if ((*p_43))
            { /* block id: 357 */
                int32_t *l_900 = &g_26;
                for (g_419 = (-24); (g_419 >= 5); g_419++)
                { /* block id: 360 */
                    uint64_t *l_879[7][6][6] = {{{&l_818,&g_360,&g_360,&g_360,&l_818,(void*)0},{&l_818,&g_360,&l_818,&l_818,&l_818,&l_818},{&g_360,&l_818,&l_818,&g_360,&g_360,&l_818},{&l_818,&l_818,&l_818,&g_360,&g_360,&g_360},{&g_360,&l_818,&l_818,&g_360,&l_818,&l_818},{&l_818,&g_360,&l_818,&g_360,&l_818,&g_360}},{{&g_360,&g_360,&l_818,&g_360,&l_818,&l_818},{&g_360,&l_818,&l_818,&g_360,&g_360,&l_818},{&l_818,&l_818,&l_818,&g_360,&g_360,&g_360},{&g_360,&l_818,&l_818,&g_360,&l_818,&l_818},{&l_818,&g_360,&l_818,&g_360,&l_818,&g_360},{&g_360,&g_360,&l_818,&g_360,&l_818,&l_818}},{{&g_360,&l_818,&l_818,&g_360,&g_360,&l_818},{&l_818,&l_818,&l_818,&g_360,&g_360,&g_360},{&g_360,&l_818,&l_818,&g_360,&l_818,&l_818},{&l_818,&g_360,&l_818,&g_360,&l_818,&g_360},{&g_360,&g_360,&l_818,&g_360,&l_818,&l_818},{&g_360,&l_818,&l_818,&g_360,&g_360,&l_818}},{{&l_818,&l_818,&l_818,&g_360,&g_360,&g_360},{&g_360,&l_818,&l_818,&g_360,&l_818,&l_818},{&l_818,&g_360,&l_818,&g_360,&l_818,&g_360},{&g_360,&g_360,&l_818,&g_360,&l_818,&l_818},{&g_360,&l_818,&l_818,&g_360,&g_360,&l_818},{&l_818,&l_818,&l_818,&g_360,&g_360,&g_360}},{{&g_360,&l_818,&l_818,&g_360,&l_818,&l_818},{&l_818,&g_360,&l_818,&g_360,&l_818,&g_360},{&g_360,&g_360,&l_818,&g_360,&l_818,&l_818},{&g_360,&l_818,&l_818,&g_360,&g_360,&l_818},{&l_818,&l_818,&l_818,&g_360,&g_360,&g_360},{&g_360,&l_818,&l_818,&g_360,&l_818,&l_818}},{{&l_818,&g_360,&l_818,&g_360,&l_818,&g_360},{&g_360,&g_360,&l_818,&g_360,&l_818,&l_818},{&g_360,&l_818,&l_818,&g_360,&g_360,&l_818},{&l_818,&l_818,&l_818,(void*)0,&g_360,&g_360},{&g_360,&l_818,&l_818,(void*)0,&l_818,&g_360},{&g_360,&g_360,&l_818,&g_360,&g_360,&g_360}},{{&l_818,&g_360,&g_360,&l_818,&l_818,&g_360},{&l_818,&l_818,&g_360,&g_360,&g_360,&g_360},{&g_360,&g_360,&g_360,(void*)0,&g_360,&g_360},{&g_360,&l_818,&l_818,(void*)0,&l_818,&g_360},{&g_360,&g_360,&l_818,&g_360,&g_360,&g_360},{&l_818,&g_360,&g_360,&l_818,&l_818,&g_360}}};
                    int32_t l_898 = 0x91150BC9L;
                    int32_t l_914[10] = {0x26C843B3L,0x26C843B3L,0x26C843B3L,0x26C843B3L,0x26C843B3L,0x26C843B3L,0x26C843B3L,0x26C843B3L,0x26C843B3L,0x26C843B3L};
                    int i, j, k;
                    if ((((l_880 &= (safe_lshift_func_uint16_t_u_s(p_41, 13))) != 0x3164F5A97567E8E1LL) | ((safe_div_func_uint32_t_u_u((safe_mul_func_int8_t_s_s(0x8BL, ((((safe_add_func_uint64_t_u_u(((((safe_sub_func_int32_t_s_s(((safe_div_func_int64_t_s_s(p_42, p_41)) | (safe_rshift_func_uint8_t_u_s((safe_mod_func_int64_t_s_s(g_895, p_41)), (safe_mod_func_int64_t_s_s((*l_655), ((l_898 = (&g_291 == (void*)0)) , g_157)))))), p_42)) <= g_119) != g_31) > p_41), g_418[7][0][2])) ^ 0x78C2D181FFE67060LL) >= p_41) ^ g_185[3]))), (*p_43))) > 0x52L)))
                    { /* block id: 363 */
                        int32_t *l_899 = (void*)0;
                        l_899 = &l_898;
                        if ((**g_160))
                            continue;
                        (*g_160) = l_900;
                    }
                    else
                    { /* block id: 367 */
                        float *l_903 = (void*)0;
                        float *l_904 = &l_782[1];
                        int32_t l_909[8];
                        int32_t *l_922 = &l_834;
                        int i;
                        for (i = 0; i < 8; i++)
                            l_909[i] = 0x01521505L;
                        (*l_904) = (safe_mul_func_float_f_f((*l_655), (*l_900)));
                        l_914[7] ^= (safe_lshift_func_int8_t_s_s((((safe_mul_func_int16_t_s_s(0x6507L, p_41)) != l_909[0]) , (safe_sub_func_uint64_t_u_u(0xD2486E4E3E913A05LL, ((safe_lshift_func_uint16_t_u_s(((*g_291) != 0x595C66BEL), 13)) || ((*l_842) = (g_185[1] <= (((l_898 > (p_42 , 65530UL)) , l_898) && g_26))))))), g_96[0][0][5]));
                        (*l_554) = ((safe_rshift_func_int16_t_s_u((((((((*l_922) = ((!((safe_lshift_func_uint8_t_u_s(l_898, p_41)) != (g_246[0] < g_23))) | (*l_900))) , (((*l_655) , g_278) <= (~(g_73 , (p_42 ^ p_42))))) , (*l_900)) || 0x6B62C11FE4038B38LL) , p_42) , 0x0D7CL), p_41)) >= 0xEB8DCB4CL);
                        l_502[0][7][2] = (void*)0;
                    }
                }
            }
            else
            { /* block id: 376 */
                int32_t l_924 = (-9L);
                uint32_t *l_949 = &l_763;
                int32_t *****l_951 = &g_521;
                int8_t **l_957 = (void*)0;
                int8_t ***l_958 = &l_586;
                uint32_t *l_981 = &g_246[0];
                uint32_t *l_982 = &g_468;
                (*l_554) |= (0x78L ^ (l_924 = p_41));
                for (l_530 = (-10); (l_530 >= (-20)); l_530--)
                { /* block id: 381 */
                    uint32_t l_927[2][9][1] = {{{4294967295UL},{6UL},{1UL},{6UL},{4294967295UL},{6UL},{1UL},{6UL},{4294967295UL}},{{6UL},{1UL},{6UL},{4294967295UL},{6UL},{1UL},{6UL},{4294967295UL},{6UL}}};
                    uint64_t *l_930 = (void*)0;
                    int i, j, k;
                    l_927[0][7][0] |= 0xB8BBEEC1L;
                    if ((*p_43))
                        break;
                    p_43 = (void*)0;
                    if ((safe_mul_func_int64_t_s_s(l_924, ((l_503[3][0][0] |= g_185[0]) == ((safe_div_func_uint64_t_u_u((safe_add_func_uint8_t_u_u((safe_add_func_int8_t_s_s((((safe_sub_func_uint8_t_u_u(l_927[0][7][0], ((~(safe_sub_func_uint32_t_u_u((*g_291), l_942))) <= 0xD6L))) , (safe_add_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((~(&l_502[0][7][3] == &p_43)), ((p_41 != p_42) | g_154))), 65530UL))) || (*l_655)), p_42)), 1L)), g_278)) < l_948)))))
                    { /* block id: 386 */
                        return (*g_291);
                    }
                    else
                    { /* block id: 388 */
                        (*g_160) = p_43;
                        return (*g_291);
                    }
                }
                if (((g_185[3] = l_924) == (((p_42 ^ p_42) <= (((*l_949) = p_41) , ((&p_42 != &g_360) >= ((((*l_951) = l_950) != l_952) & ((safe_lshift_func_uint8_t_u_s((safe_sub_func_int64_t_s_s((((*l_958) = (p_41 , l_957)) != (void*)0), p_41)), p_41)) , 0x6280L))))) <= p_42)))
                { /* block id: 397 */
                    float *l_959 = &l_570;
                    (*l_959) = p_42;
                }
                else
                { /* block id: 399 */
                    if ((*p_43))
                        break;
                }
                l_987 |= ((g_360 = (!((safe_lshift_func_uint16_t_u_s((safe_sub_func_uint8_t_u_u((((safe_lshift_func_int8_t_s_s(p_41, ((safe_rshift_func_int8_t_s_u(((safe_mod_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u((0xDC19B1C2L || (safe_div_func_uint32_t_u_u((*l_655), 0xF55DD6E3L))), g_481)) | (1L || ((((0x4C22B7D0L && (safe_mul_func_int8_t_s_s(g_31, ((g_82 &= (((((*l_982) = ((*l_981) = (--(**l_522)))) == (safe_mul_func_int8_t_s_s((safe_sub_func_uint8_t_u_u(((g_504[4][0] != g_418[7][0][2]) <= p_42), g_23)), 3UL))) , 0UL) & 0xB4L)) >= p_42)))) , g_504[4][0]) , (void*)0) == p_43))), (*l_655))), p_41)) & 0x6EL), 6)) , g_418[7][0][2]))) & 65528UL) ^ 8L), 0x7DL)), g_278)) , 0x3648L))) >= 0L);
            }
        }
        for (g_82 = 0; (g_82 > (-13)); g_82 = safe_sub_func_uint8_t_u_u(g_82, 5))
        { /* block id: 412 */
            int32_t *l_990 = (void*)0;
            int32_t *l_991 = (void*)0;
            int32_t *l_992 = &g_649;
            int32_t *l_993 = &l_547;
            int32_t *l_994[10][6] = {{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]},{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]},{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]},{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]},{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]},{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]},{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]},{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]},{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]},{&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0],&g_9[0]}};
            uint8_t **l_1019 = (void*)0;
            uint8_t **l_1020 = &l_534;
            float *l_1021 = &g_233;
            const uint32_t **l_1023[8];
            const uint32_t ***l_1022 = &l_1023[1];
            uint16_t l_1030 = 0x1C34L;
            uint32_t l_1106 = 4294967295UL;
            int8_t *l_1123 = &l_1085;
            int i, j;
            for (i = 0; i < 8; i++)
                l_1023[i] = (void*)0;
            ++l_995[3];
            (*l_554) |= ((l_998 , (l_999 < (((*l_993) &= (safe_div_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((((*l_1022) = ((safe_sub_func_float_f_f((safe_sub_func_float_f_f(((*l_1021) = (safe_mul_func_float_f_f((((safe_mul_func_uint8_t_u_u(255UL, p_42)) <= ((safe_sub_func_int32_t_s_s(0xB6362D45L, (safe_div_func_int8_t_s_s(((&g_119 != (void*)0) , ((safe_mul_func_uint8_t_u_u(((((*l_1020) = (l_1018 = (void*)0)) != (void*)0) | (*p_43)), 0xD8L)) , 0xA3L)), 0x36L)))) || (*l_992))) , p_42), (-0x1.Ap+1)))), p_41)), g_895)) , (void*)0)) == l_522), 0UL)), (*l_655)))) & p_42))) & g_185[3]);
            if ((((g_379 = 8UL) == (safe_lshift_func_int16_t_s_u((safe_mul_func_uint8_t_u_u(((((void*)0 == &l_524) , (((void*)0 == &l_774) == (((l_1030 & (g_82 >= (safe_unary_minus_func_uint8_t_u(((((safe_add_func_uint64_t_u_u(1UL, ((&l_684 != l_534) || 0xAF7AL))) , &l_999) != l_1034) != 0xD991L))))) ^ 0x6AL) > p_42))) >= p_42), l_1035)), 11))) , (*p_43)))
            { /* block id: 421 */
                int64_t l_1049 = 0xA895D8C873722D3FLL;
                uint32_t **l_1081 = &g_291;
                int32_t l_1107 = 0x1C25BCB0L;
                int32_t l_1110[6][4] = {{0xA6612EBAL,0x15C0522EL,(-1L),0x91020C27L},{(-1L),0x91020C27L,(-1L),0x15C0522EL},{0xA6612EBAL,0x91020C27L,(-5L),0x91020C27L},{0xA6612EBAL,0x15C0522EL,(-1L),0x91020C27L},{(-1L),0x91020C27L,(-1L),0x15C0522EL},{0xA6612EBAL,0x91020C27L,(-5L),0x91020C27L}};
                int8_t *l_1124 = &l_1085;
                int i, j;
                if ((safe_div_func_uint64_t_u_u((18446744073709551608UL == (g_1038 ^ (safe_mul_func_int8_t_s_s(((l_843 == (l_1041 = (*l_852))) < (*l_655)), ((((safe_mod_func_uint16_t_u_u((safe_unary_minus_func_uint16_t_u((safe_add_func_int8_t_s_s((0x2788L ^ (l_1049 = (g_185[3] &= (((*l_992) &= 1L) != 0x0A7DA469L)))), (safe_mul_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((*g_291), (*p_43))), p_41)))))), p_42)) & (-7L)) > 0L) ^ (**g_160)))))), 0x3A5DA7978D3B4B5DLL)))
                { /* block id: 426 */
                    int32_t l_1083 = (-9L);
                    int32_t l_1097 = (-1L);
                    float *l_1098 = (void*)0;
                    float *l_1099 = &g_378;
                    float *l_1101 = &g_83[4][4][3];
                    int32_t l_1111 = (-1L);
                    int32_t l_1112 = 0xCA35B131L;
                    uint16_t l_1113 = 0x1D1BL;
                    int8_t **l_1122[7][9][4];
                    int16_t *l_1128 = &g_418[6][2][3];
                    int i, j, k;
                    for (i = 0; i < 7; i++)
                    {
                        for (j = 0; j < 9; j++)
                        {
                            for (k = 0; k < 4; k++)
                                l_1122[i][j][k] = &l_573[1][1][1];
                        }
                    }
                    (*l_992) ^= (((safe_mul_func_uint16_t_u_u((+(p_41 ^ ((safe_add_func_uint64_t_u_u(g_96[4][0][0], ((safe_rshift_func_uint16_t_u_u(((((safe_rshift_func_int8_t_s_s((safe_sub_func_int64_t_s_s((p_41 && ((((((safe_add_func_uint64_t_u_u((g_360 = ((safe_rshift_func_uint8_t_u_s(p_41, 3)) | (safe_mod_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(((*p_43) && (safe_rshift_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u((safe_div_func_int32_t_s_s((safe_mod_func_uint16_t_u_u(((((l_1081 != (void*)0) == (g_1082 = (((((((0x4.Ap+1 != ((*l_1021) = (g_119 >= g_103))) == g_9[0]) < g_83[4][1][5]) , (void*)0) == (*g_306)) , 0L) && (*l_655)))) != 0x3A68B24983CB9B9FLL) , p_42), 1L)), 4294967289UL)), g_108[1][0][5])), 5))), l_1049)) >= (*g_291)), l_1083)))), 0xDC0410843A619E1DLL)) , 1UL) <= g_1038) , (*p_43)) , 0xC6L) | p_41)), 0x8F72D8F629416B21LL)), g_82)) == 0L) < 0x5EL) , p_41), p_42)) == l_1084))) > g_731))), l_1085)) || l_1083) <= 0xF5L);
                    (*l_554) |= (safe_div_func_uint32_t_u_u(((7L || (g_1103 = (((((*l_1041) &= p_42) || (safe_lshift_func_int8_t_s_s((safe_add_func_uint16_t_u_u((*l_655), (((l_1102 = (!((*l_1101) = ((g_156 <= (safe_div_func_float_f_f((safe_mul_func_float_f_f(0xC.A3AF74p+59, (((*l_1021) = (l_1097 = g_9[0])) != 0x0.Dp+1))), ((*l_1099) = (-0x1.Cp+1))))) < (g_281 = ((+((*l_992) >= g_379)) >= g_418[4][0][2])))))) <= p_42) , p_41))), 6))) > p_41) >= l_1049))) <= g_156), (*g_291)));
                    for (l_506 = 0; (l_506 >= 19); ++l_506)
                    { /* block id: 442 */
                        int16_t l_1108 = 0x0586L;
                        int32_t l_1109 = 0L;
                        (*l_554) = l_1106;
                        (*g_160) = (*g_160);
                        --l_1113;
                    }
                    (*l_992) = (safe_mul_func_int16_t_s_s(((*l_1128) = (safe_add_func_int32_t_s_s(((-8L) != (*p_43)), ((safe_add_func_uint64_t_u_u((((l_1123 = (void*)0) == (g_1125 = l_1124)) < l_1110[0][0]), ((g_728 <= (*l_655)) >= (l_1127 , (p_42 < g_504[4][0]))))) > (*g_291))))), l_1129[8]));
                }
                else
                { /* block id: 451 */
                    return l_1130;
                }
                if ((*p_43))
                    break;
            }
            else
            { /* block id: 455 */
                int32_t *l_1142 = &l_753[2][3];
                int32_t **l_1153 = &l_992;
                int64_t ***l_1194 = &l_1186;
                int64_t ****l_1195 = &l_1185;
                float ***l_1199 = &l_1154;
                for (l_998 = 0; (l_998 > 56); l_998++)
                { /* block id: 458 */
                    int32_t *l_1148 = &g_183[2];
                    if ((0x049CF37DL <= (safe_add_func_int32_t_s_s((p_41 > (safe_sub_func_int16_t_s_s((safe_unary_minus_func_uint32_t_u(p_41)), ((**g_160) == (safe_sub_func_uint64_t_u_u(g_183[2], (g_1140 != ((*g_161) , &g_516)))))))), (*l_655)))))
                    { /* block id: 459 */
                        (*g_160) = p_43;
                        (*g_160) = (p_43 = l_1142);
                        return (*g_291);
                    }
                    else
                    { /* block id: 464 */
                        uint16_t l_1143 = 0x8296L;
                        int32_t *l_1146 = (void*)0;
                        int32_t **l_1147[7];
                        int i;
                        for (i = 0; i < 7; i++)
                            l_1147[i] = &l_1146;
                        --l_1143;
                        if ((*p_43))
                            continue;
                        (*l_1021) = (g_1126 < (*l_992));
                        (*l_554) &= ((l_1148 = l_1146) == (((*g_1125) > (safe_lshift_func_int16_t_s_s(0x2F89L, 13))) , p_43));
                    }
                }
                for (g_728 = (-13); (g_728 > 20); ++g_728)
                { /* block id: 474 */
                    (*l_993) = 0xD6D125B5L;
                }
                if ((l_1153 != &p_43))
                { /* block id: 477 */
                    float ***l_1156 = &l_1154;
                    (**l_1153) &= (*p_43);
                    (*l_1156) = l_1154;
                }
                else
                { /* block id: 480 */
                    int32_t l_1183 = 0L;
                    uint32_t *l_1184 = &g_1103;
                    if ((*g_161))
                        break;
                    (*l_1021) = ((safe_add_func_float_f_f(((0x1.5p+1 <= (safe_add_func_float_f_f(p_42, (safe_add_func_float_f_f((safe_sub_func_float_f_f(((safe_mul_func_float_f_f(0x1.1p+1, (g_1103 , ((*l_1142) , (((safe_div_func_float_f_f(l_1169, (safe_sub_func_float_f_f(((safe_mul_func_float_f_f((((~(((safe_div_func_uint32_t_u_u(((*g_291) = (p_42 > ((*g_291) == ((*l_1184) &= ((((safe_sub_func_uint64_t_u_u(((safe_rshift_func_int8_t_s_s((((((g_1181 = &g_360) != &g_360) , l_1182[8][2]) != &l_573[1][2][4]) >= 0x5C4AAB299164C59FLL), l_1183)) || 1UL), g_246[0])) , 0x5650L) > 9UL) < p_41))))), (*l_554))) , l_1185) != (void*)0)) && p_41) , p_41), p_42)) <= p_42), (-0x1.7p-1))))) > g_96[0][0][2]) != g_73))))) >= 0x2.19F0FCp+37), 0xE.54D237p-95)), l_1183))))) > 0x2.Ep-1), g_1187)) < (-0x2.9p-1));
                }
                (**l_1153) = (((safe_mod_func_uint64_t_u_u(p_42, (safe_sub_func_uint64_t_u_u(p_42, ((safe_lshift_func_uint16_t_u_s((((((*l_1195) = l_1194) == l_1196) <= (((p_42 || (&l_1154 == ((safe_add_func_int64_t_s_s(p_41, p_41)) , l_1199))) , (*l_1142)) >= p_42)) , p_42), 13)) == (*l_655)))))) >= (*g_1125)) , (*p_43));
            }
        }
        for (l_1085 = 0; (l_1085 <= 5); l_1085 = safe_add_func_int32_t_s_s(l_1085, 6))
        { /* block id: 493 */
            int64_t ***l_1224 = &l_852;
            int32_t l_1225 = 0xFBE8296AL;
            for (g_82 = 0; (g_82 <= (-3)); --g_82)
            { /* block id: 496 */
                int32_t *l_1204 = &g_1038;
                int32_t *l_1205 = &g_85;
                int32_t *l_1206 = &g_649;
                int32_t *l_1207 = &g_1038;
                int32_t *l_1208 = &l_752;
                int32_t *l_1209 = &l_503[3][0][0];
                int32_t *l_1210 = (void*)0;
                int32_t *l_1211 = &l_503[3][0][0];
                int32_t *l_1212 = &g_504[8][0];
                int32_t *l_1213 = &l_753[0][0];
                int32_t *l_1214[3][5] = {{&l_753[3][0],&l_753[3][0],&l_753[3][0],&l_753[3][0],&l_753[3][0]},{&l_547,&l_547,&g_26,&l_547,&l_547},{&l_753[3][0],&l_753[3][0],&l_753[3][0],&l_753[3][0],&l_753[3][0]}};
                uint64_t *l_1222 = (void*)0;
                uint64_t *l_1223[6] = {&l_1129[8],&l_1129[8],&l_1129[8],&l_1129[8],&l_1129[8],&l_1129[8]};
                int i, j;
                l_1216++;
                (*l_1206) |= ((((*l_554) ^= ((g_418[2][2][5] , &g_212) == l_1221[2])) == ((l_1224 != (void*)0) ^ (((*g_1125) < p_41) > 0xDBL))) >= ((((*p_43) != (*l_1213)) >= l_1225) <= p_42));
                for (g_728 = 0; (g_728 == 60); g_728 = safe_add_func_int8_t_s_s(g_728, 5))
                { /* block id: 502 */
                    if ((*p_43))
                        break;
                    (*l_1155) = g_278;
                    (*g_160) = p_43;
                    if ((*l_1208))
                        continue;
                }
            }
        }
        (*l_554) |= (*p_43);
    }
    for (g_649 = 0; (g_649 > 20); g_649 = safe_add_func_uint64_t_u_u(g_649, 7))
    { /* block id: 514 */
        int32_t l_1233[6] = {1L,1L,1L,1L,1L,1L};
        int8_t l_1234 = 0x4DL;
        float l_1235 = (-0x8.6p-1);
        int16_t l_1236 = 2L;
        int i;
        for (g_360 = (-17); (g_360 != 28); ++g_360)
        { /* block id: 517 */
            int32_t *l_1232[9][10] = {{&g_504[3][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0]},{&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23},{&g_504[9][0],&g_504[9][0],&g_504[3][0],&g_504[9][0],&g_504[9][0],&g_504[3][0],&g_504[9][0],&g_504[9][0],&g_504[3][0],&g_504[9][0]},{&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0]},{&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23},{&g_504[9][0],&g_504[9][0],&g_504[3][0],&g_504[9][0],&g_504[9][0],&g_504[3][0],&g_504[9][0],&g_504[9][0],&g_504[3][0],&g_504[9][0]},{&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0]},{&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23,&g_504[9][0],&g_23,&g_23},{&g_504[9][0],&g_504[9][0],&g_504[3][0],&g_504[9][0],&g_504[9][0],&g_504[3][0],&g_504[9][0],&g_504[9][0],&g_504[3][0],&g_504[9][0]}};
            int i, j;
            --l_1237;
        }
    }
    if ((&p_43 != (((safe_rshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_s((-1L), ((&p_43 != &p_43) , ((*g_1125) = ((void*)0 != &p_42))))), ((l_1246 > (((--(*g_291)) , &g_895) != (void*)0)) | (*g_161)))), (*l_655))) & p_41) , &l_655)))
    { /* block id: 523 */
        float ****l_1260 = (void*)0;
        int8_t **l_1279 = (void*)0;
        int8_t ***l_1278 = &l_1279;
        int8_t ****l_1280 = (void*)0;
        int8_t ****l_1281 = (void*)0;
        int8_t ****l_1282 = &l_587;
        uint8_t l_1283 = 0xD0L;
        int32_t l_1284 = 0x0A95C1ABL;
        const uint16_t l_1285 = 0xDE13L;
        uint32_t l_1286 = 9UL;
        int32_t l_1287 = (-10L);
        float l_1294[9][5][5] = {{{0x0.4p+1,0xD.A00917p-50,0xC.E1C1EDp+24,0x0.Ap+1,0x7.576DD1p+82},{(-0x10.6p+1),0xA.54CC97p-97,0x6.BD0B96p-48,0x1.9C8BBBp+60,0x3.C1E047p-16},{0x1.9C8BBBp+60,0xD.A00917p-50,0x3.471622p-47,0x8.Ep+1,0xD.D97C5Dp+77},{0x6.4p-1,0x6.BD0B96p-48,0x8.2p-1,0x8.Ep+1,0xA.7A00FEp-89},{0x0.Bp+1,0x1.A49FECp-81,(-0x7.Cp-1),0x1.9C8BBBp+60,0x6.B678CDp-61}},{{0x8.10AB10p+60,0xC.E1C1EDp+24,0x0.9p-1,0x0.Ap+1,0x8.9D3F78p-97},{0x0.Bp+1,0xA.3A7CFCp-25,0x1.3p+1,0x8.10AB10p+60,0xC.4BD52Dp-2},{0x6.4p-1,(-0x2.2p+1),0x1.3p+1,0x0.Dp+1,0xF.7C6225p-8},{0x1.9C8BBBp+60,0x3.6p-1,0x0.9p-1,(-0x7.Bp-1),0x4.A92CF0p+36},{(-0x10.6p+1),0xE.8AC852p+83,(-0x7.Cp-1),0x0.2C039Bp+80,0xF.7C6225p-8}},{{0x0.4p+1,0x8.2p-1,0x8.2p-1,0x0.4p+1,0xC.4BD52Dp-2},{0xD.C3C43Dp+64,0x8.2p-1,0x3.471622p-47,0x8.92016Cp+99,0x8.9D3F78p-97},{0x0.2C039Bp+80,0xE.8AC852p+83,0x6.BD0B96p-48,0xF.54F19Bp-24,0x6.B678CDp-61},{0x8.Ep+1,0x3.6p-1,0xC.E1C1EDp+24,0x8.92016Cp+99,0xA.7A00FEp-89},{(-0x2.8p-1),(-0x2.2p+1),0x3.6p-1,0x0.4p+1,0xD.D97C5Dp+77}},{{(-0x2.8p-1),0xA.3A7CFCp-25,0xB.FA7ECAp-65,0x0.2C039Bp+80,0x3.C1E047p-16},{0x8.Ep+1,0xC.E1C1EDp+24,0xE.8AC852p+83,(-0x7.Bp-1),0x7.576DD1p+82},{0x0.2C039Bp+80,0x1.A49FECp-81,0xB.FA7ECAp-65,0x0.Dp+1,0x1.1p+1},{0xD.C3C43Dp+64,0x6.BD0B96p-48,0x3.6p-1,0x8.10AB10p+60,0x1.1p+1},{0x0.4p+1,0xD.A00917p-50,0xC.E1C1EDp+24,0x0.Ap+1,0x7.576DD1p+82}},{{(-0x10.6p+1),(-0x2.8p+1),(-0x10.6p+1),0x0.E993F1p+97,(-0x3.8p+1)},{0x0.E993F1p+97,0x0.Ap+1,0x0.4p+1,0xB.C5F0FDp+21,0x7.Fp+1},{(-0x5.0p-1),(-0x10.6p+1),0xD.C3C43Dp+64,0xB.C5F0FDp+21,0x8.B824AFp+12},{0x8.A5D70Fp-2,0xF.54F19Bp-24,0x0.2C039Bp+80,0x0.E993F1p+97,0x0.7477ADp-53},{0x0.200181p+27,0x1.9C8BBBp+60,0x8.Ep+1,(-0x1.5p+1),0xF.3E783Ap-12}},{{0x8.A5D70Fp-2,(-0x7.Bp-1),(-0x2.8p-1),0x0.200181p+27,0x1.7p-1},{(-0x5.0p-1),0x8.973DC1p+28,(-0x2.8p-1),0x6.6p+1,(-0x2.Ep+1)},{0x0.E993F1p+97,0x6.4p-1,0x8.Ep+1,(-0x1.0p-1),0xF.71BE01p+85},{0x1.019CD1p+14,0x8.10AB10p+60,0x0.2C039Bp+80,(-0x1.9p+1),(-0x2.Ep+1)},{0x0.1p+1,0xD.C3C43Dp+64,0xD.C3C43Dp+64,0x0.1p+1,0x1.7p-1}},{{0x7.4p-1,0xD.C3C43Dp+64,0x0.4p+1,0x0.1p+1,0xF.3E783Ap-12},{(-0x1.9p+1),0x8.10AB10p+60,(-0x10.6p+1),0x4.87387Bp-98,0x0.7477ADp-53},{0xB.C5F0FDp+21,0x6.4p-1,0x1.9C8BBBp+60,0x0.1p+1,0x8.B824AFp+12},{0xE.A191E7p+82,0x8.973DC1p+28,0x6.4p-1,0x0.1p+1,0x7.Fp+1},{0xE.A191E7p+82,(-0x7.Bp-1),0x0.Bp+1,(-0x1.9p+1),(-0x3.8p+1)}},{{0xB.C5F0FDp+21,0x1.9C8BBBp+60,0x8.10AB10p+60,(-0x1.0p-1),0xB.7E4EBDp-81},{(-0x1.9p+1),0xF.54F19Bp-24,0x0.Bp+1,0x6.6p+1,0x7.4p-1},{0x7.4p-1,(-0x10.6p+1),0x6.4p-1,0x0.200181p+27,0x7.4p-1},{0x0.1p+1,0x0.Ap+1,0x1.9C8BBBp+60,(-0x1.5p+1),0xB.7E4EBDp-81},{0x1.019CD1p+14,(-0x2.8p+1),(-0x10.6p+1),0x0.E993F1p+97,(-0x3.8p+1)}},{{0x0.E993F1p+97,0x0.Ap+1,0x0.4p+1,0xB.C5F0FDp+21,0x7.Fp+1},{(-0x5.0p-1),(-0x10.6p+1),0xD.C3C43Dp+64,0xB.C5F0FDp+21,0x8.B824AFp+12},{0x8.A5D70Fp-2,0xF.54F19Bp-24,0x0.2C039Bp+80,0x0.E993F1p+97,0x0.7477ADp-53},{0x0.200181p+27,0x1.9C8BBBp+60,0x8.Ep+1,(-0x1.5p+1),0xF.3E783Ap-12},{0x8.A5D70Fp-2,(-0x7.Bp-1),(-0x2.8p-1),0x0.200181p+27,0x1.7p-1}}};
        int16_t **l_1300 = &g_212;
        int16_t ***l_1299[3][2][6];
        int8_t l_1445 = 0xC9L;
        float * const *l_1512 = &l_1259;
        float * const **l_1511 = &l_1512;
        float * const ***l_1510[4][10] = {{(void*)0,&l_1511,&l_1511,(void*)0,&l_1511,&l_1511,(void*)0,&l_1511,&l_1511,(void*)0},{&l_1511,(void*)0,&l_1511,&l_1511,(void*)0,&l_1511,&l_1511,(void*)0,&l_1511,&l_1511},{(void*)0,(void*)0,&l_1511,(void*)0,(void*)0,&l_1511,(void*)0,(void*)0,&l_1511,(void*)0},{(void*)0,&l_1511,&l_1511,(void*)0,&l_1511,&l_1511,(void*)0,&l_1511,&l_1511,(void*)0}};
        int32_t **** const l_1518 = &g_517;
        uint64_t **l_1522 = &g_1181;
        int i, j, k;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
            {
                for (k = 0; k < 6; k++)
                    l_1299[i][j][k] = &l_1300;
            }
        }
        l_1287 ^= (safe_sub_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(7UL, ((safe_mod_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((((*l_655) , (l_1257 == (g_1261[0][0][1] = (void*)0))) | ((0xE19BE70EE8C4F28BLL <= (safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((0x51202E806AC9D1E6LL <= ((*l_655) < ((safe_add_func_int8_t_s_s((l_1283 = (safe_mod_func_uint16_t_u_u(((~(g_154 |= (((*g_1125) && ((safe_mod_func_int8_t_s_s(((*g_1125) = (((*l_1282) = l_1278) != (void*)0)), 255UL)) == g_185[3])) , p_42))) , p_42), p_41))), 1UL)) <= p_41))), l_1284)), l_1285)), l_1284))) == 0x59CEL)) == p_41), 0UL)), (*g_291))) ^ 0x17431E23E447FCA6LL))), l_1286));
lbl_1395:
        (*g_160) = p_43;
        if ((safe_div_func_int16_t_s_s(((safe_sub_func_int16_t_s_s(((safe_div_func_uint32_t_u_u((g_9[0] || (*l_655)), (l_1284 &= (*p_43)))) != ((safe_div_func_int32_t_s_s((safe_rshift_func_int8_t_s_u((l_1285 ^ (((l_1301 = (void*)0) != (p_42 , (void*)0)) >= (&l_1285 != (void*)0))), 2)), l_1285)) | p_42)), l_1283)) & p_41), g_96[1][0][0])))
        { /* block id: 533 */
            uint64_t l_1324 = 0x7EC1325AAE576193LL;
            int64_t ****l_1337[8][6][5] = {{{&l_1196,(void*)0,&l_1185,(void*)0,(void*)0},{&l_1196,&g_1335,&g_1335,&l_1196,&g_1335},{&l_1196,&l_1196,&g_1335,&l_1185,&l_1196},{&l_1196,&l_1196,&l_1185,&g_1335,&l_1196},{&l_1185,&l_1185,&l_1185,&l_1196,&g_1335},{(void*)0,&l_1196,&l_1196,(void*)0,&g_1335}},{{&g_1335,&l_1185,&l_1185,&l_1185,&l_1185},{(void*)0,&l_1185,&l_1185,(void*)0,&g_1335},{(void*)0,&l_1185,&l_1196,&l_1185,&l_1196},{&l_1196,&g_1335,&l_1185,&g_1335,&l_1185},{&l_1196,&l_1185,(void*)0,&l_1185,&l_1185},{&l_1185,&l_1196,&l_1196,(void*)0,&l_1185}},{{&l_1196,&l_1185,&l_1185,&l_1185,&l_1185},{&g_1335,&l_1196,&g_1335,(void*)0,&l_1185},{&g_1335,(void*)0,&l_1196,&g_1335,&l_1185},{&g_1335,&l_1185,&l_1196,&l_1185,&l_1196},{&g_1335,&l_1185,&g_1335,&g_1335,&g_1335},{&g_1335,(void*)0,&l_1196,&l_1185,&l_1185}},{{&l_1196,(void*)0,&l_1196,&g_1335,&g_1335},{&l_1185,&l_1185,&g_1335,&l_1196,&l_1185},{&l_1196,&l_1185,&l_1196,&l_1185,&g_1335},{&l_1196,(void*)0,&g_1335,&l_1185,(void*)0},{(void*)0,&l_1196,&l_1196,&l_1185,&l_1185},{(void*)0,&l_1185,&l_1196,&l_1185,(void*)0}},{{&g_1335,&l_1196,&g_1335,&l_1185,&l_1185},{&l_1185,&l_1185,&l_1196,&l_1185,&g_1335},{&l_1185,&g_1335,&l_1196,&l_1196,&l_1185},{&l_1196,&l_1185,&g_1335,&g_1335,(void*)0},{&l_1185,&l_1185,&l_1185,&l_1185,&l_1185},{&l_1185,&l_1185,&l_1196,&g_1335,(void*)0}},{{&l_1196,&g_1335,(void*)0,&l_1185,&g_1335},{&l_1185,&l_1196,&l_1185,&g_1335,&l_1185},{&l_1185,&g_1335,&l_1196,(void*)0,&g_1335},{&g_1335,&l_1185,&l_1185,&l_1185,&l_1185},{(void*)0,&l_1185,&l_1185,(void*)0,&g_1335},{(void*)0,&l_1185,&l_1196,&l_1185,&l_1196}},{{&l_1196,&g_1335,&l_1185,&g_1335,&l_1185},{&l_1196,&l_1185,(void*)0,&l_1185,&l_1185},{&l_1185,&l_1196,&l_1196,(void*)0,&l_1185},{&l_1196,&l_1185,&l_1185,&l_1185,&l_1185},{&g_1335,&l_1196,&g_1335,(void*)0,&l_1185},{&g_1335,(void*)0,&l_1196,&g_1335,&l_1185}},{{&g_1335,&l_1185,&l_1196,&l_1185,&l_1196},{&g_1335,&l_1185,&l_1196,&l_1185,&l_1185},{&l_1185,&g_1335,&l_1196,&g_1335,&g_1335},{&l_1196,&g_1335,&l_1196,&l_1185,&l_1185},{&g_1335,&l_1196,&l_1185,&l_1196,(void*)0},{&l_1196,&g_1335,&l_1185,&l_1196,&l_1185}}};
            int32_t l_1368 = 0L;
            int32_t l_1369 = 0x04D9D157L;
            int32_t l_1371 = 0xB194A7D9L;
            int16_t **l_1392 = &g_212;
            int32_t *l_1401 = &l_1371;
            int32_t **l_1400 = &l_1401;
            int32_t ***l_1399 = &l_1400;
            int i, j, k;
            if ((((safe_mul_func_int16_t_s_s(((p_41 & (safe_mul_func_uint16_t_u_u((((safe_rshift_func_int16_t_s_u((safe_div_func_int64_t_s_s((safe_div_func_uint32_t_u_u(((*g_291) ^= (((p_41 > ((((void*)0 != (**g_306)) | (safe_lshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_u((p_42 && l_1287), (safe_lshift_func_uint8_t_u_s((safe_rshift_func_uint16_t_u_s((safe_mod_func_uint32_t_u_u((p_41 > ((safe_div_func_uint16_t_u_u(l_1324, (safe_sub_func_uint64_t_u_u(p_42, l_1324)))) & p_42)), (-1L))), p_41)), p_41)))), l_1324))) != l_1324)) , g_31) == 0xE3L)), (**g_160))), (*l_655))), 0)) , &g_96[0][0][2]) == (void*)0), l_1324))) == 0x97045C09L), p_41)) , g_481) < l_1324))
            { /* block id: 535 */
                int8_t l_1328 = (-10L);
                int32_t l_1353 = 9L;
                uint8_t **l_1358 = &l_1018;
                int32_t l_1365 = 0xECEB2E56L;
                int64_t ***l_1372 = &l_1186;
                int32_t *l_1373 = (void*)0;
                int32_t *l_1374[7] = {&g_23,(void*)0,&g_23,&g_23,(void*)0,&g_23,&g_23};
                int16_t l_1398 = 0L;
                uint64_t *l_1407[7];
                int i;
                for (i = 0; i < 7; i++)
                    l_1407[i] = &l_1324;
                g_278 ^= ((~(++g_895)) != ((~(((((l_1286 , (((((l_1371 = (safe_mod_func_int64_t_s_s(((((l_1337[2][2][0] = g_1334[3][5]) == &l_1185) || (safe_lshift_func_uint8_t_u_u(((safe_sub_func_float_f_f(((safe_add_func_float_f_f((safe_div_func_float_f_f((safe_mul_func_float_f_f((safe_mul_func_float_f_f(((safe_div_func_float_f_f(((-(((l_1353 = p_42) < ((((l_1328 < (safe_rshift_func_uint8_t_u_s(((safe_add_func_uint16_t_u_u((((*l_1358) = &l_1283) != ((safe_sub_func_uint64_t_u_u(l_1324, ((((safe_add_func_int8_t_s_s((safe_sub_func_uint16_t_u_u(((l_1365 < ((l_1369 = (((l_1368 = (safe_mod_func_uint32_t_u_u(p_41, (*p_43)))) <= (-1L)) && l_1283)) && p_42)) < 0x5DL), p_42)), l_1286)) && p_41) < (*g_291)) == (*l_655)))) , &l_874)), 0xBA75L)) | (*g_1125)), 1))) ^ p_42) == p_42) >= 0x8D5F552C181D50CALL)) , p_41)) != 0x9.2p-1), p_41)) != 0xD.9EE94Fp-60), p_42)), p_41)), p_42)), 0x8.8C8843p-31)) != 0xB.2C845Bp-1), p_42)) , p_41), (*l_655)))) != 1UL), g_185[3]))) > (*g_291)) | 0UL) >= 0L) , (void*)0)) == l_1372) != l_1286) < 9L) && (*l_655))) != (-10L)));
                if ((l_503[2][3][2] = l_1287))
                { /* block id: 545 */
                    uint32_t *l_1383 = &g_246[0];
                    uint32_t *l_1386 = (void*)0;
                    uint32_t *l_1387 = &l_1237;
                    uint8_t *l_1393 = &l_750[2][7];
                    l_1394 = ((((p_43 != (void*)0) , ((*g_291) <= ((safe_mod_func_uint8_t_u_u(((*l_1393) = (((l_1284 = (p_42 || ((safe_mod_func_uint64_t_u_u(0x6BC179E1B2AD3405LL, (-1L))) < (safe_add_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((((*l_1387) &= (++(*l_1383))) >= (safe_add_func_int32_t_s_s(0xCB9B1405L, ((safe_sub_func_int32_t_s_s(((void*)0 == l_1392), l_1285)) <= l_1287)))), p_41)), (-1L)))))) != 1UL) , p_42)), 0x9FL)) | (*g_291)))) > p_42) | 0x7D21B858D30AA35FLL);
                }
                else
                { /* block id: 551 */
                    if ((**g_160))
                    { /* block id: 552 */
                        if (l_1085)
                            goto lbl_1395;
                        (***l_1399) &= ((safe_mul_func_uint16_t_u_u(((g_234 |= l_1398) ^ p_42), p_42)) , ((*g_521) != l_1399));
                    }
                    else
                    { /* block id: 556 */
                        uint32_t **l_1404[6][7] = {{&g_291,&g_291,&g_291,&g_291,&g_291,&g_291,&g_291},{&g_291,(void*)0,(void*)0,&g_291,(void*)0,(void*)0,&g_291},{&g_291,&g_291,&g_291,&g_291,&g_291,&g_291,&g_291},{&g_291,&g_291,&g_291,&g_291,&g_291,&g_291,&g_291},{&g_291,&g_291,&g_291,&g_291,&g_291,&g_291,&g_291},{(void*)0,&g_291,(void*)0,(void*)0,&g_291,(void*)0,(void*)0}};
                        uint32_t ***l_1403 = &l_1404[1][3];
                        uint32_t ****l_1402[7][8][1] = {{{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403}},{{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403}},{{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403}},{{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403}},{{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403}},{{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403}},{{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403},{&l_1403}}};
                        uint32_t *****l_1405 = &l_1402[4][4][0];
                        int i, j, k;
                        (***l_1399) |= l_1287;
                        (**l_1400) &= (*p_43);
                        (*l_1405) = l_1402[4][5][0];
                    }
                }
                l_1368 ^= (((!0x97012835CA5C8D25LL) == (*l_655)) == (l_1285 && ((g_360 = (**l_1400)) && (((+((safe_add_func_uint32_t_u_u(0xD5200C04L, (((safe_div_func_int32_t_s_s(((**l_1400) = (*p_43)), (((((&g_1187 != &g_1187) >= l_1284) , (-10L)) == (*g_291)) || (-1L)))) <= 0x1C4BD236L) || l_1284))) ^ (*p_43))) , p_41) > 0xE36D550BF1D9309ALL))));
            }
            else
            { /* block id: 565 */
                float l_1432 = 0x6.7p-1;
                int32_t l_1434 = (-5L);
                for (g_379 = 0; (g_379 > 22); g_379 = safe_add_func_int8_t_s_s(g_379, 2))
                { /* block id: 568 */
                    uint32_t l_1419 = 0x471BEF61L;
                    float *l_1442 = (void*)0;
                    int32_t l_1449 = 0L;
                    (*g_160) = (void*)0;
                    if ((*p_43))
                    { /* block id: 570 */
                        float *l_1430 = &l_782[1];
                        float *l_1431[4][2];
                        int32_t l_1433 = 1L;
                        int i, j;
                        for (i = 0; i < 4; i++)
                        {
                            for (j = 0; j < 2; j++)
                                l_1431[i][j] = &l_1370;
                        }
                        l_1434 = ((safe_sub_func_float_f_f((safe_sub_func_float_f_f(((((**l_1258) = l_1419) == 0xF.10088Ap-22) < p_42), p_42)), ((safe_sub_func_float_f_f((safe_div_func_float_f_f((((*g_291)++) , (safe_sub_func_float_f_f((safe_div_func_float_f_f((((*l_1430) = (*l_655)) >= p_41), (**l_1400))), (l_1432 = 0x0.0p-1)))), (l_1433 < p_42))), p_41)) < (**l_1400)))) < l_1286);
                        return l_1434;
                    }
                    else
                    { /* block id: 577 */
                        uint8_t *l_1443 = &g_96[0][0][2];
                        int32_t l_1444[4] = {0x93BCA007L,0x93BCA007L,0x93BCA007L,0x93BCA007L};
                        uint32_t *l_1450 = &l_1419;
                        int i;
                        l_1444[3] = ((safe_add_func_float_f_f(((void*)0 != &g_157), ((g_31 , (safe_div_func_float_f_f(l_1283, p_42))) != ((***l_1257) = (p_41 != ((safe_mul_func_float_f_f(p_41, p_42)) > (((((*l_1443) = (!(((void*)0 != l_1442) == p_41))) >= 0x01L) >= (*g_1125)) , p_42))))))) >= p_41);
                        if (l_1445)
                            break;
                        (**l_1400) ^= ((safe_add_func_uint32_t_u_u(((((p_42 , ((l_1449 &= (!l_1434)) , ((*l_1450) = ((*g_291) = 0xF21F6A1DL)))) ^ p_42) | 0xDC08B952227DC127LL) , ((p_42 || (safe_mod_func_int32_t_s_s((safe_mul_func_int8_t_s_s(l_1449, l_1285)), 0xEB0ED0AAL))) <= p_42)), g_246[0])) ^ p_42);
                        (***l_1399) |= (safe_mul_func_int8_t_s_s(0xE9L, (p_42 < (((*p_43) , (safe_rshift_func_uint16_t_u_s((0x8BL | (safe_sub_func_uint16_t_u_u((safe_add_func_int64_t_s_s(l_1434, (-1L))), ((safe_div_func_uint32_t_u_u((((*g_291) = (safe_mul_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_s(((*g_1125) <= 0x88L), ((l_1444[3] & (*g_291)) , 0xBCCAL))) <= 0x49L) ^ p_42), g_31))) || (-9L)), l_1434)) < g_278)))), 10))) & l_1419))));
                    }
                }
            }
            for (l_942 = 0; (l_942 < 31); l_942 = safe_add_func_int32_t_s_s(l_942, 2))
            { /* block id: 593 */
                int64_t *****l_1473 = &l_1337[4][3][2];
                int32_t l_1474 = 1L;
                const uint16_t *l_1477 = &l_1130;
                int32_t l_1482 = 0xEAF39C53L;
                int32_t l_1490 = 0L;
                (*l_1401) = (((safe_mod_func_int8_t_s_s(((((((&g_307 != ((*l_1473) = l_1337[2][2][0])) , g_108[2][0][5]) == 0UL) | (((((((l_1474 = (*g_1125)) < p_42) & (safe_mod_func_int8_t_s_s((l_1477 == ((*g_1125) , l_1477)), (*g_1125)))) , 0x1647L) , (*p_43)) ^ 0x75617EFDL) >= p_41)) , 0L) != 0x4EL), g_485)) > 0xC83CAF1FL) == p_41);
                (**l_1400) &= (safe_div_func_int16_t_s_s((l_1287 = ((l_1474 = l_1474) != 1UL)), ((8UL >= (safe_div_func_uint16_t_u_u((((((-5L) & g_1187) | l_1482) & (g_1483 != ((safe_mod_func_int64_t_s_s(0x4A390D8A7A56A45ELL, (safe_add_func_uint16_t_u_u((l_1490 = ((safe_lshift_func_uint16_t_u_u(0x74D0L, p_41)) >= l_1482)), 65535UL)))) , g_1483))) && 1UL), p_41))) , p_42)));
            }
            return (*g_291);
        }
        else
        { /* block id: 603 */
            int16_t l_1495[8] = {(-3L),(-3L),1L,(-3L),(-3L),1L,(-3L),(-3L)};
            uint8_t l_1498[5][4][4] = {{{0UL,0UL,0xC7L,255UL},{0x7EL,0UL,0x7EL,0xC7L},{0x7EL,0xC7L,0xC7L,0x7EL},{0UL,0xC7L,255UL,0xC7L}},{{0xC7L,0UL,255UL,255UL},{0UL,0UL,0xC7L,255UL},{0x7EL,0UL,0x7EL,0xC7L},{0x7EL,0xC7L,0xC7L,0x7EL}},{{0UL,0xC7L,255UL,0xC7L},{0xC7L,0UL,255UL,255UL},{0UL,0UL,0xC7L,255UL},{0x7EL,0UL,0x7EL,0xC7L}},{{0x7EL,0xC7L,0xC7L,255UL},{0xC7L,0x7EL,0UL,0x7EL},{0x7EL,0UL,0UL,0UL},{0xC7L,0xC7L,0x7EL,0UL}},{{255UL,0UL,255UL,0x7EL},{255UL,0x7EL,0x7EL,255UL},{0xC7L,0x7EL,0UL,0x7EL},{0x7EL,0UL,0UL,0UL}}};
            const float ****l_1517 = (void*)0;
            int8_t *l_1529 = &l_760;
            int32_t l_1536 = 0xE83D2429L;
            int32_t l_1538 = 0xBC0DE925L;
            int32_t l_1539 = 0xBAB212D4L;
            int i, j, k;
            if ((((safe_mul_func_uint16_t_u_u((0L || 1L), (safe_mul_func_int8_t_s_s(l_1495[3], ((safe_mul_func_int16_t_s_s((*l_655), ((l_1498[2][2][2] = (0x0099C5EE24B18DD0LL && p_41)) >= (~((safe_lshift_func_int16_t_s_s(0L, 1)) > (safe_add_func_int64_t_s_s(p_41, (((((safe_lshift_func_uint8_t_u_u((safe_mod_func_int32_t_s_s(((g_1513 = l_1510[1][8]) != l_1517), 1L)), 4)) & 0UL) , l_1518) == (void*)0) | (**g_160))))))))) ^ l_1495[6]))))) ^ 3L) >= 250UL))
            { /* block id: 606 */
                uint32_t l_1519 = 0x3A1D5D68L;
                uint64_t ***l_1523 = &l_1522;
                l_1519++;
                (*l_1523) = l_1522;
                return l_1495[1];
            }
            else
            { /* block id: 610 */
                int32_t l_1537[3][2] = {{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}};
                int i, j;
                (*g_160) = p_43;
                (*g_160) = ((safe_div_func_int8_t_s_s(((((safe_unary_minus_func_int16_t_s(((l_1539 = ((safe_add_func_uint64_t_u_u((((void*)0 == &g_108[1][0][5]) < (((*l_655) == 18446744073709551607UL) <= ((p_42 , &g_1187) == l_1529))), 1L)) || ((l_1538 &= (safe_mul_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u((((safe_mod_func_int64_t_s_s((((l_1537[2][0] = (l_1536 &= (g_9[4] >= p_41))) >= (*p_43)) != 0x38L), (-1L))) <= p_41) | (*g_1125)), (*l_655))), p_41))) >= 3UL))) >= (-9L)))) , p_42) >= 18446744073709551615UL) , (*g_1125)), g_82)) , (*g_160));
            }
        }
    }
    else
    { /* block id: 619 */
        for (g_728 = 0; (g_728 <= 33); ++g_728)
        { /* block id: 622 */
            int16_t l_1543 = (-1L);
            if (l_942)
                goto lbl_1542;
            (*g_160) = p_43;
            l_1543 |= (*p_43);
        }
    }
    --l_1550;
    return (*g_291);
}


/* ------------------------------------------ */
/* 
 * reads : g_183 g_418 g_23 g_185 g_234 g_154 g_73 g_161 g_9 g_108 g_31 g_468 g_119 g_412 g_379 g_485 g_96 g_160
 * writes: g_234 g_418 g_73 g_154 g_468 g_119 g_278 g_412 g_379 g_485
 */
static uint64_t  func_48(int32_t * p_49, uint64_t  p_50, float  p_51)
{ /* block id: 20 */
    int32_t l_93 = 0x847A0C8EL;
    int8_t l_95 = 0x10L;
    int32_t l_106 = 0x70005B71L;
    int32_t l_107 = 0xE2F81461L;
    float l_133 = (-0x9.4p-1);
    const int32_t *l_159 = (void*)0;
    const int32_t **l_158 = &l_159;
    uint16_t *l_194 = &g_154;
    uint64_t l_229 = 0xF0F39675CE39C1A7LL;
    int8_t l_235 = 0x0BL;
    int32_t *l_261[2];
    int32_t * const *l_260 = &l_261[1];
    int32_t * const **l_259[6][8] = {{&l_260,&l_260,&l_260,&l_260,&l_260,&l_260,(void*)0,&l_260},{&l_260,(void*)0,&l_260,&l_260,&l_260,&l_260,(void*)0,&l_260},{&l_260,&l_260,&l_260,&l_260,(void*)0,&l_260,&l_260,&l_260},{(void*)0,&l_260,&l_260,&l_260,&l_260,&l_260,(void*)0,&l_260},{&l_260,&l_260,&l_260,&l_260,(void*)0,&l_260,&l_260,&l_260},{&l_260,(void*)0,&l_260,&l_260,(void*)0,&l_260,&l_260,&l_260}};
    int64_t ** const * const *l_310 = (void*)0;
    uint8_t *l_317 = &g_96[3][0][4];
    uint64_t l_420[1][2];
    int16_t *l_423 = &g_234;
    const uint8_t l_435 = 253UL;
    const int8_t *l_473[9] = {&g_82,&g_82,&g_82,&g_82,&g_82,&g_82,&g_82,&g_82,&g_82};
    const int8_t **l_472[8] = {(void*)0,&l_473[8],&l_473[8],(void*)0,&l_473[8],&l_473[8],(void*)0,&l_473[8]};
    float * const l_493[7][2][1] = {{{&g_83[4][4][3]},{&g_83[4][4][3]}},{{&g_281},{&g_83[4][4][3]}},{{&g_83[4][4][3]},{&g_281}},{{&g_83[4][4][3]},{&g_83[4][4][3]}},{{&g_281},{&g_83[4][4][3]}},{{&g_83[4][4][3]},{&g_281}},{{&g_83[4][4][3]},{&g_83[4][4][3]}}};
    float *l_494[3];
    uint8_t *l_495 = &g_96[0][0][2];
    uint8_t **l_496 = &l_495;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_261[i] = &l_93;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_420[i][j] = 0xBD89AB3EE1FF06CBLL;
    }
    for (i = 0; i < 3; i++)
        l_494[i] = &g_83[4][2][4];
    for (p_50 = 19; (p_50 > 57); p_50 = safe_add_func_int8_t_s_s(p_50, 2))
    { /* block id: 23 */
        int32_t l_92 = 0x47B4319BL;
        int32_t l_94 = 0x1CF4EE93L;
        int8_t l_101 = 0x22L;
        int32_t *l_116[1][7][10] = {{{&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85},{&g_85,&g_85,&l_93,&g_85,&g_85,&l_93,&g_85,&g_85,&l_93,&g_85},{&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85},{&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85},{&g_85,&g_85,&l_93,&g_85,&g_85,&l_93,&g_85,&g_85,&l_93,&g_85},{&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85},{&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85,&g_85}}};
        uint16_t *l_178 = &g_154;
        uint8_t *l_188 = &g_96[1][0][2];
        int32_t **l_366 = &l_261[1];
        int32_t *** const l_365[10] = {&l_366,&l_366,(void*)0,&l_366,&l_366,(void*)0,&l_366,&l_366,&l_366,&l_366};
        uint32_t l_387 = 1UL;
        int i, j, k;
    }
    ++l_420[0][1];
    if ((((*l_423) = (&l_310 == (void*)0)) , ((**l_260) |= (safe_unary_minus_func_int8_t_s(g_183[0])))))
    { /* block id: 157 */
        uint32_t l_436 = 18446744073709551615UL;
        int64_t *l_449 = &g_73;
        int16_t **l_453 = &g_212;
        int16_t **l_454[3];
        uint16_t l_461 = 0xA1AAL;
        int32_t l_464 = 1L;
        int32_t l_466 = 0L;
        int32_t l_467[9] = {(-4L),(-8L),(-8L),(-4L),(-8L),(-8L),(-4L),(-8L),(-8L)};
        const int8_t **l_475[10] = {&l_473[3],&l_473[3],&l_473[3],&l_473[3],&l_473[3],&l_473[3],&l_473[3],&l_473[3],&l_473[3],&l_473[3]};
        int i;
        for (i = 0; i < 3; i++)
            l_454[i] = &l_423;
        if ((p_50 > (p_50 , ((((safe_sub_func_uint64_t_u_u((((safe_mod_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s(((g_418[3][0][3] ^= ((*l_423) = (l_435 != l_436))) || (((p_50 && ((safe_add_func_uint64_t_u_u((safe_lshift_func_int8_t_s_u(((((safe_lshift_func_int8_t_s_s((((*l_194) ^= ((*p_49) | ((safe_add_func_int64_t_s_s(((*l_449) = (safe_sub_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s(g_185[3], g_234)), l_436))), l_436)) | p_50))) , g_73), p_50)) >= (*p_49)) , 4L) != (-1L)), 0)), (**l_260))) == (*g_161))) >= 0x0154BB3CD95A64DBLL) > l_436)), 4)), p_50)) , l_436) < 0x7EC7L), l_436)) >= 0L) , (void*)0) != &g_307))))
        { /* block id: 162 */
            int64_t l_450 = 3L;
            int32_t l_462 = 0x6F853BB0L;
            int64_t l_463 = 0x43791DF9AF5E7923LL;
            int32_t l_465 = 0xF496B388L;
            (**l_260) ^= (((l_436 , (l_450 && ((l_450 != (safe_div_func_uint32_t_u_u(((l_453 = &l_423) == l_454[1]), ((safe_mod_func_int16_t_s_s((((l_436 & (safe_div_func_uint8_t_u_u(g_108[2][0][3], ((safe_add_func_int8_t_s_s(g_31, 1UL)) , l_450)))) , 3L) , 1L), 0x27ADL)) && 18446744073709551613UL)))) | (-8L)))) > p_50) <= l_461);
            g_468--;
        }
        else
        { /* block id: 166 */
            int16_t l_471 = 8L;
            return l_471;
        }
        l_466 = p_50;
        (**l_260) |= ((l_467[5] = (&l_310 == &g_306)) | p_50);
        for (l_461 = 0; (l_461 <= 0); l_461 += 1)
        { /* block id: 174 */
            const int8_t ***l_474[7][3][7] = {{{&l_472[7],&l_472[6],&l_472[3],&l_472[5],&l_472[7],&l_472[3],&l_472[7]},{&l_472[2],&l_472[7],&l_472[7],&l_472[7],(void*)0,&l_472[7],&l_472[7]},{&l_472[7],&l_472[7],&l_472[5],&l_472[7],&l_472[6],&l_472[1],&l_472[7]}},{{(void*)0,&l_472[5],&l_472[3],&l_472[7],&l_472[7],&l_472[7],&l_472[3]},{&l_472[7],&l_472[7],(void*)0,&l_472[7],&l_472[6],&l_472[7],&l_472[2]},{(void*)0,&l_472[7],&l_472[7],(void*)0,&l_472[7],(void*)0,&l_472[7]}},{{&l_472[6],&l_472[7],&l_472[7],&l_472[7],&l_472[6],&l_472[7],&l_472[7]},{&l_472[2],(void*)0,&l_472[3],&l_472[7],&l_472[7],&l_472[7],(void*)0},{&l_472[7],&l_472[2],&l_472[6],&l_472[5],&l_472[6],&l_472[2],&l_472[7]}},{{&l_472[7],&l_472[7],(void*)0,(void*)0,(void*)0,&l_472[7],&l_472[0]},{&l_472[7],&l_472[7],&l_472[7],&l_472[7],&l_472[7],(void*)0,&l_472[5]},{&l_472[7],&l_472[7],(void*)0,&l_472[2],&l_472[5],(void*)0,&l_472[5]}},{{&l_472[5],&l_472[7],&l_472[6],&l_472[1],&l_472[7],(void*)0,(void*)0},{(void*)0,&l_472[7],&l_472[3],&l_472[7],(void*)0,&l_472[2],(void*)0},{&l_472[2],&l_472[7],&l_472[7],&l_472[2],&l_472[7],&l_472[1],&l_472[7]}},{{&l_472[0],(void*)0,&l_472[7],&l_472[5],&l_472[5],&l_472[7],(void*)0},{&l_472[2],&l_472[2],(void*)0,&l_472[7],&l_472[2],(void*)0,&l_472[5]},{(void*)0,&l_472[7],&l_472[3],&l_472[7],&l_472[7],&l_472[7],&l_472[7]}},{{&l_472[5],&l_472[7],&l_472[5],(void*)0,&l_472[5],&l_472[6],&l_472[3]},{&l_472[7],(void*)0,&l_472[7],&l_472[7],(void*)0,&l_472[7],&l_472[7]},{&l_472[7],&l_472[1],&l_472[3],&l_472[5],&l_472[3],&l_472[6],&l_472[7]}}};
            int32_t l_476 = 0x9131B508L;
            int32_t l_477 = 0xC2316630L;
            int32_t l_478 = 0x5038C272L;
            int32_t l_479 = 0xF59E82D3L;
            int i, j, k;
            l_475[1] = l_472[7];
            for (g_119 = 0; (g_119 <= 1); g_119 += 1)
            { /* block id: 178 */
                int32_t l_480 = 0x491AB666L;
                int32_t l_482 = 0x2233FE25L;
                int i;
                l_261[g_119] = &l_466;
                (*l_158) = &l_464;
                (**l_260) &= (g_278 = (*p_49));
                l_476 |= l_466;
                for (g_412 = 0; (g_412 <= 0); g_412 += 1)
                { /* block id: 186 */
                    int32_t l_483 = 0x0A286CEBL;
                    int32_t l_484 = (-1L);
                    for (g_379 = 0; (g_379 <= 1); g_379 += 1)
                    { /* block id: 189 */
                        g_485++;
                    }
                    for (l_107 = 0; (l_107 <= 0); l_107 += 1)
                    { /* block id: 194 */
                        int i, j, k;
                        return g_96[g_119][l_107][(l_461 + 1)];
                    }
                }
            }
        }
    }
    else
    { /* block id: 200 */
        return p_50;
    }
    (*l_158) = ((safe_div_func_float_f_f((safe_mul_func_float_f_f(0x6.4E3510p+29, (-(-0x9.0p+1)))), (p_50 <= (((((*g_160) == (void*)0) , l_493[5][1][0]) != l_494[2]) <= (g_73 <= (((((*l_496) = l_495) == &l_435) , &g_96[0][0][2]) != &l_435)))))) , (void*)0);
    return g_185[1];
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
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_9[i], "g_9[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc_bytes(&g_83[i][j][k], sizeof(g_83[i][j][k]), "g_83[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_85, "g_85", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_96[i][j][k], "g_96[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc_bytes (&g_103, sizeof(g_103), "g_103", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_108[i][j][k], "g_108[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_157, "g_157", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_183[i], "g_183[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_185[i], "g_185[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc_bytes (&g_233, sizeof(g_233), "g_233", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_246[i], "g_246[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_278, "g_278", print_hash_value);
    transparent_crc_bytes (&g_281, sizeof(g_281), "g_281", print_hash_value);
    transparent_crc(g_360, "g_360", print_hash_value);
    transparent_crc_bytes (&g_378, sizeof(g_378), "g_378", print_hash_value);
    transparent_crc(g_379, "g_379", print_hash_value);
    transparent_crc(g_412, "g_412", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_418[i][j][k], "g_418[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_419, "g_419", print_hash_value);
    transparent_crc(g_468, "g_468", print_hash_value);
    transparent_crc(g_481, "g_481", print_hash_value);
    transparent_crc(g_485, "g_485", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_504[i][j], "g_504[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_649, "g_649", print_hash_value);
    transparent_crc(g_728, "g_728", print_hash_value);
    transparent_crc(g_731, "g_731", print_hash_value);
    transparent_crc(g_895, "g_895", print_hash_value);
    transparent_crc(g_1038, "g_1038", print_hash_value);
    transparent_crc(g_1082, "g_1082", print_hash_value);
    transparent_crc(g_1103, "g_1103", print_hash_value);
    transparent_crc(g_1126, "g_1126", print_hash_value);
    transparent_crc(g_1187, "g_1187", print_hash_value);
    transparent_crc(g_1733, "g_1733", print_hash_value);
    transparent_crc(g_1772, "g_1772", print_hash_value);
    transparent_crc(g_2167, "g_2167", print_hash_value);
    transparent_crc(g_2169, "g_2169", print_hash_value);
    transparent_crc(g_2210, "g_2210", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_2228[i][j], "g_2228[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2251, "g_2251", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_2328[i], "g_2328[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_2454[i][j][k], "g_2454[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_2487, "g_2487", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_2488[i][j], "g_2488[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2533, "g_2533", print_hash_value);
    transparent_crc(g_2535, "g_2535", print_hash_value);
    transparent_crc(g_2839, "g_2839", print_hash_value);
    transparent_crc(g_2855, "g_2855", print_hash_value);
    transparent_crc(g_3017, "g_3017", print_hash_value);
    transparent_crc(g_3054, "g_3054", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 771
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

XXX max expression depth: 57
breakdown:
   depth: 1, occurrence: 234
   depth: 2, occurrence: 53
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
   depth: 5, occurrence: 2
   depth: 6, occurrence: 3
   depth: 7, occurrence: 1
   depth: 9, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 3
   depth: 16, occurrence: 1
   depth: 17, occurrence: 4
   depth: 18, occurrence: 5
   depth: 19, occurrence: 4
   depth: 20, occurrence: 2
   depth: 21, occurrence: 2
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1
   depth: 24, occurrence: 3
   depth: 26, occurrence: 2
   depth: 28, occurrence: 4
   depth: 29, occurrence: 3
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 1
   depth: 35, occurrence: 1
   depth: 36, occurrence: 2
   depth: 38, occurrence: 1
   depth: 40, occurrence: 1
   depth: 46, occurrence: 1
   depth: 57, occurrence: 1

XXX total number of pointers: 661

XXX times a variable address is taken: 1697
XXX times a pointer is dereferenced on RHS: 459
breakdown:
   depth: 1, occurrence: 381
   depth: 2, occurrence: 60
   depth: 3, occurrence: 16
   depth: 4, occurrence: 0
   depth: 5, occurrence: 2
XXX times a pointer is dereferenced on LHS: 378
breakdown:
   depth: 1, occurrence: 326
   depth: 2, occurrence: 38
   depth: 3, occurrence: 13
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 73
XXX times a pointer is compared with address of another variable: 17
XXX times a pointer is compared with another pointer: 21
XXX times a pointer is qualified to be dereferenced: 11457

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2400
   level: 2, occurrence: 424
   level: 3, occurrence: 331
   level: 4, occurrence: 311
   level: 5, occurrence: 75
XXX number of pointers point to pointers: 307
XXX number of pointers point to scalars: 354
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 29.8
XXX average alias set size: 1.53

XXX times a non-volatile is read: 2663
XXX times a non-volatile is write: 1219
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 14

XXX stmts: 229
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 25
   depth: 1, occurrence: 24
   depth: 2, occurrence: 32
   depth: 3, occurrence: 38
   depth: 4, occurrence: 44
   depth: 5, occurrence: 66

XXX percentage a fresh-made variable is used: 15.4
XXX percentage an existing variable is used: 84.6
********************* end of statistics **********************/

