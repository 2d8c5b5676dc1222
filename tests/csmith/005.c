/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 6 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      6
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_8 = 1L;
static int64_t g_20 = 0x75A592C6EED1E12ALL;
static int64_t g_47 = 0L;
static int16_t g_74 = 1L;
static int64_t g_84 = 5L;
static uint64_t g_87[9][9][3] = {{{18446744073709551615UL,0xC9C6C2CF37692AFBLL,8UL},{0x822C3E505CE5052DLL,0x8348F9E473B9571DLL,0x11DF381B91F40AC1LL},{0x97A07E09FA00A4EDLL,18446744073709551615UL,0UL},{18446744073709551615UL,18446744073709551615UL,0UL},{9UL,8UL,0x34807DA0BF3FD26FLL},{18446744073709551615UL,1UL,18446744073709551615UL},{0xE7BB921586CE7EF2LL,18446744073709551615UL,5UL},{0x5E8A086CC6B0C40BLL,18446744073709551615UL,18446744073709551615UL},{0xBF39352A55CCBD95LL,0x8E16D714E288A3D8LL,0x34807DA0BF3FD26FLL}},{{0x61030FACFA70DAEELL,0xAA7F794FC7BC07E7LL,0UL},{18446744073709551615UL,1UL,0UL},{0x6F2FEC8B64E3C6AALL,0x277F141C5AB2A44BLL,0x11DF381B91F40AC1LL},{0x8E16D714E288A3D8LL,18446744073709551615UL,8UL},{18446744073709551615UL,0x5E8A086CC6B0C40BLL,18446744073709551614UL},{9UL,1UL,1UL},{18446744073709551614UL,0xCB2DECA365B034E2LL,1UL},{0x61DFA23986B299B5LL,0x8E16D714E288A3D8LL,0UL},{5UL,0xE81D84CB426AB799LL,1UL}},{{1UL,0x34807DA0BF3FD26FLL,0xE4D501105CA7CEE7LL},{18446744073709551615UL,0xE81D84CB426AB799LL,0x61030FACFA70DAEELL},{0x85EBC95BC5B3697ELL,0x8E16D714E288A3D8LL,0x135737360B9F0A6CLL},{18446744073709551615UL,0xCB2DECA365B034E2LL,18446744073709551615UL},{0x87E8D9F6C8506302LL,0x85EBC95BC5B3697ELL,7UL},{9UL,18446744073709551615UL,0x822C3E505CE5052DLL},{0UL,18446744073709551609UL,5UL},{18446744073709551606UL,0xD76C132D45AB60A9LL,1UL},{18446744073709551608UL,0xE4C0C5DC74738709LL,18446744073709551608UL}},{{0xEB44D5381D847982LL,18446744073709551606UL,0xD8E7029BB2D3F577LL},{1UL,8UL,0x85EBC95BC5B3697ELL},{18446744073709551613UL,0x61030FACFA70DAEELL,0UL},{18446744073709551615UL,0x8E16D714E288A3D8LL,1UL},{18446744073709551613UL,18446744073709551608UL,1UL},{1UL,18446744073709551615UL,7UL},{0xEB44D5381D847982LL,5UL,0x61030FACFA70DAEELL},{18446744073709551608UL,0xE7BB921586CE7EF2LL,18446744073709551609UL},{18446744073709551606UL,0xCB2DECA365B034E2LL,0x277F141C5AB2A44BLL}},{{0UL,0x97A07E09FA00A4EDLL,0UL},{9UL,18446744073709551606UL,1UL},{0x87E8D9F6C8506302LL,0x87E8D9F6C8506302LL,5UL},{18446744073709551615UL,0x11DF381B91F40AC1LL,0UL},{0x85EBC95BC5B3697ELL,0xE4C0C5DC74738709LL,0xB835292FD4AE77DDLL},{18446744073709551615UL,18446744073709551615UL,18446744073709551613UL},{1UL,0x85EBC95BC5B3697ELL,0xB835292FD4AE77DDLL},{5UL,0xEB44D5381D847982LL,0UL},{0x61DFA23986B299B5LL,0xE7BB921586CE7EF2LL,5UL}},{{0xE81D84CB426AB799LL,18446744073709551608UL,1UL},{8UL,18446744073709551607UL,0UL},{0xEB44D5381D847982LL,0xE81D84CB426AB799LL,0x277F141C5AB2A44BLL},{8UL,1UL,18446744073709551609UL},{18446744073709551615UL,0x61030FACFA70DAEELL,0x61030FACFA70DAEELL},{18446744073709551609UL,0x97A07E09FA00A4EDLL,7UL},{18446744073709551606UL,18446744073709551615UL,1UL},{0x87E8D9F6C8506302LL,18446744073709551609UL,1UL},{18446744073709551615UL,9UL,0UL}},{{18446744073709551608UL,18446744073709551609UL,0x85EBC95BC5B3697ELL},{0x61030FACFA70DAEELL,18446744073709551615UL,0xD8E7029BB2D3F577LL},{8UL,0x97A07E09FA00A4EDLL,18446744073709551608UL},{5UL,0x61030FACFA70DAEELL,1UL},{0x34807DA0BF3FD26FLL,1UL,5UL},{18446744073709551613UL,0xE81D84CB426AB799LL,0x822C3E505CE5052DLL},{0xE7BB921586CE7EF2LL,18446744073709551607UL,7UL},{18446744073709551615UL,18446744073709551608UL,18446744073709551615UL},{8UL,0xE7BB921586CE7EF2LL,0x135737360B9F0A6CLL}},{{18446744073709551615UL,0xEB44D5381D847982LL,0x61030FACFA70DAEELL},{0UL,0x85EBC95BC5B3697ELL,0xE4D501105CA7CEE7LL},{0x11DF381B91F40AC1LL,18446744073709551615UL,1UL},{0UL,0xE4C0C5DC74738709LL,0UL},{18446744073709551615UL,0x11DF381B91F40AC1LL,1UL},{8UL,0x87E8D9F6C8506302LL,0x85EBC95BC5B3697ELL},{18446744073709551615UL,18446744073709551606UL,0xE81D84CB426AB799LL},{0xE7BB921586CE7EF2LL,0x97A07E09FA00A4EDLL,0xB835292FD4AE77DDLL},{18446744073709551613UL,0xCB2DECA365B034E2LL,0xAD35785F4F6E0893LL}},{{0x34807DA0BF3FD26FLL,0xE7BB921586CE7EF2LL,1UL},{5UL,5UL,0x822C3E505CE5052DLL},{8UL,18446744073709551615UL,0xE4D501105CA7CEE7LL},{0x61030FACFA70DAEELL,18446744073709551608UL,0x277F141C5AB2A44BLL},{18446744073709551608UL,0x8E16D714E288A3D8LL,0UL},{18446744073709551615UL,0x61030FACFA70DAEELL,0x277F141C5AB2A44BLL},{0x87E8D9F6C8506302LL,8UL,0xE4D501105CA7CEE7LL},{1UL,18446744073709551615UL,18446744073709551613UL},{0xC165AAE70C30F141LL,18446744073709551615UL,0xE4C0C5DC74738709LL}}};
static int32_t g_91[4] = {0x8C36E20AL,0x8C36E20AL,0x8C36E20AL,0x8C36E20AL};
static uint64_t g_92 = 0x9521466050866D82LL;
static uint32_t g_107[1][4] = {{1UL,1UL,1UL,1UL}};
static int8_t g_118 = (-9L);
static int32_t g_147 = 0x4C979CE0L;
static int32_t * const g_146 = &g_147;
static int32_t * const *g_145 = &g_146;
static int32_t * const **g_144 = &g_145;
static int32_t * const ***g_143 = &g_144;
static uint16_t g_152 = 1UL;
static uint16_t g_154 = 0x0499L;
static const uint16_t g_162[9][3][4] = {{{1UL,65529UL,65535UL,0x061BL},{1UL,65535UL,0x06FCL,65535UL},{0x06FCL,65535UL,1UL,0x061BL}},{{65535UL,65529UL,1UL,0x06FCL},{3UL,0x4016L,0x4016L,3UL},{3UL,0x061BL,1UL,1UL}},{{65535UL,3UL,1UL,1UL},{0x06FCL,0x17FAL,0x06FCL,1UL},{1UL,3UL,65535UL,1UL}},{{1UL,0x061BL,3UL,3UL},{0x4016L,0x4016L,3UL,0x06FCL},{1UL,65529UL,65535UL,0x061BL}},{{1UL,65535UL,0x06FCL,65535UL},{0x06FCL,65535UL,1UL,0x061BL},{65535UL,65529UL,1UL,0x06FCL}},{{3UL,0x4016L,0x4016L,3UL},{3UL,0x061BL,1UL,1UL},{65535UL,3UL,1UL,1UL}},{{0x06FCL,0x17FAL,0x06FCL,1UL},{1UL,3UL,65535UL,1UL},{1UL,0x061BL,3UL,3UL}},{{0x4016L,0x4016L,3UL,0x06FCL},{1UL,65529UL,65535UL,0x061BL},{1UL,65535UL,0x06FCL,65535UL}},{{0x06FCL,65535UL,1UL,0x061BL},{65535UL,65529UL,1UL,0x06FCL},{3UL,0x4016L,0x4016L,3UL}}};
static int32_t *g_185[6][7][6] = {{{&g_91[1],&g_91[3],&g_91[1],&g_91[3],&g_91[1],&g_91[2]},{&g_91[2],&g_8,&g_91[1],&g_8,&g_8,&g_91[3]},{&g_147,&g_91[1],&g_91[1],&g_8,(void*)0,&g_91[3]},{&g_91[1],&g_91[1],&g_91[1],&g_147,&g_147,&g_91[2]},{(void*)0,&g_91[1],&g_91[1],&g_91[1],&g_91[1],&g_147},{&g_8,&g_91[3],&g_8,&g_147,&g_8,&g_91[1]},{&g_8,&g_91[0],&g_91[1],&g_147,&g_91[1],&g_8}},{{&g_147,&g_147,&g_8,&g_91[0],&g_147,&g_91[1]},{(void*)0,&g_147,&g_91[1],&g_147,(void*)0,&g_8},{(void*)0,&g_91[1],&g_91[1],&g_91[1],&g_91[1],(void*)0},{&g_147,(void*)0,(void*)0,(void*)0,&g_147,&g_8},{&g_91[1],&g_91[0],&g_147,&g_91[1],&g_8,&g_8},{&g_147,(void*)0,(void*)0,&g_147,&g_91[3],(void*)0},{&g_147,&g_91[3],&g_8,(void*)0,&g_91[1],(void*)0}},{{&g_91[3],&g_91[1],&g_91[0],&g_91[2],&g_91[1],&g_91[0]},{&g_91[1],&g_91[3],&g_8,&g_91[0],&g_91[3],&g_147},{&g_8,(void*)0,&g_91[1],&g_8,&g_8,&g_8},{&g_147,&g_91[1],&g_8,&g_8,&g_147,&g_91[1]},{&g_8,(void*)0,&g_8,&g_91[3],&g_8,&g_91[3]},{&g_147,&g_8,&g_8,&g_147,&g_147,&g_91[1]},{&g_91[1],&g_8,&g_147,&g_8,&g_91[1],&g_91[1]}},{{&g_147,&g_91[1],(void*)0,&g_91[1],&g_91[0],&g_147},{&g_8,&g_91[1],&g_91[1],&g_147,&g_91[0],&g_147},{&g_147,&g_8,&g_91[1],&g_91[1],&g_8,&g_91[1]},{&g_91[2],&g_91[1],&g_91[2],&g_8,&g_91[1],&g_8},{&g_147,&g_91[1],&g_147,&g_91[1],(void*)0,&g_91[1]},{&g_91[1],&g_8,&g_147,&g_91[1],&g_91[1],&g_8},{&g_147,&g_91[0],&g_8,&g_8,&g_8,&g_147}},{{&g_91[2],&g_147,&g_147,&g_91[1],&g_91[1],&g_8},{&g_147,&g_147,&g_91[1],&g_147,&g_147,&g_91[1]},{&g_8,&g_91[1],&g_91[1],&g_91[1],&g_147,&g_8},{&g_147,&g_8,&g_91[1],&g_8,&g_91[0],&g_91[3]},{&g_91[1],&g_91[1],&g_91[1],&g_147,&g_91[1],&g_91[1]},{&g_147,&g_147,&g_91[1],&g_91[3],&g_8,&g_91[0]},{&g_8,&g_8,&g_8,&g_8,&g_91[1],(void*)0}},{{&g_147,&g_147,&g_147,&g_8,&g_8,&g_147},{&g_8,&g_8,&g_8,&g_91[0],&g_91[1],&g_147},{&g_91[1],&g_8,&g_91[1],&g_91[2],&g_8,&g_8},{&g_91[3],&g_91[1],&g_91[1],(void*)0,&g_8,&g_147},{&g_147,(void*)0,&g_8,&g_147,&g_147,&g_147},{&g_147,&g_147,&g_147,&g_91[1],&g_8,(void*)0},{&g_91[1],&g_147,&g_8,&g_147,&g_91[3],&g_91[0]}}};
static int32_t **g_190 = &g_185[0][5][1];
static uint64_t g_222 = 0x5F94D6FDC2CA2C02LL;
static int32_t ***g_240 = &g_190;
static int16_t g_252 = 0xA3B2L;
static int32_t g_272 = 0x81389A03L;
static int16_t g_281 = (-1L);
static uint32_t g_319[10][5][5] = {{{1UL,5UL,0UL,0x09D8D0A3L,9UL},{1UL,0x29E1D5F6L,0x7E3DA041L,0xAB20EA23L,1UL},{18446744073709551615UL,0x51033959L,0xCC49EFC2L,0x365EFACFL,8UL},{1UL,0x11CE01D7L,0UL,0xF45AB369L,6UL},{0xCE03B84FL,0x51033959L,1UL,0x51033959L,0xCE03B84FL}},{{6UL,0xF45AB369L,0UL,0x11CE01D7L,1UL},{8UL,0x365EFACFL,0xCC49EFC2L,0x51033959L,18446744073709551615UL},{1UL,0xAB20EA23L,0x7E3DA041L,0xF45AB369L,1UL},{18446744073709551615UL,0x51033959L,0xB91E9267L,0x365EFACFL,0xCE03B84FL},{1UL,1UL,0UL,0xAB20EA23L,6UL}},{{8UL,0x51033959L,0x6E09BA27L,0x51033959L,8UL},{6UL,0xAB20EA23L,0UL,1UL,1UL},{0xCE03B84FL,0x365EFACFL,0xB91E9267L,0x51033959L,18446744073709551615UL},{1UL,0xF45AB369L,0x7E3DA041L,0xAB20EA23L,1UL},{18446744073709551615UL,0x51033959L,0xCC49EFC2L,0x365EFACFL,8UL}},{{1UL,0x11CE01D7L,0UL,0xF45AB369L,6UL},{0xCE03B84FL,0x51033959L,1UL,0x51033959L,0xCE03B84FL},{6UL,0xF45AB369L,0UL,0x11CE01D7L,1UL},{8UL,0x365EFACFL,0xCC49EFC2L,0x51033959L,18446744073709551615UL},{1UL,0xAB20EA23L,0x7E3DA041L,0xF45AB369L,1UL}},{{18446744073709551615UL,0x51033959L,0xB91E9267L,0x365EFACFL,0xCE03B84FL},{1UL,1UL,0UL,0xAB20EA23L,6UL},{8UL,0x51033959L,0x6E09BA27L,0x51033959L,8UL},{6UL,0xAB20EA23L,0UL,1UL,1UL},{0xCE03B84FL,0x365EFACFL,0xB91E9267L,0x51033959L,18446744073709551615UL}},{{1UL,0xF45AB369L,0x7E3DA041L,0xAB20EA23L,1UL},{18446744073709551615UL,0x51033959L,0xCC49EFC2L,0x365EFACFL,8UL},{1UL,0x11CE01D7L,0UL,0xF45AB369L,6UL},{0xCE03B84FL,0x51033959L,1UL,0x51033959L,0xCE03B84FL},{6UL,0xF45AB369L,0UL,0x11CE01D7L,1UL}},{{8UL,0x365EFACFL,0xCC49EFC2L,0x51033959L,18446744073709551615UL},{1UL,0xAB20EA23L,0x7E3DA041L,0xF45AB369L,1UL},{18446744073709551615UL,0x51033959L,0xB91E9267L,0x365EFACFL,0xCE03B84FL},{1UL,1UL,0UL,0xAB20EA23L,6UL},{8UL,0x51033959L,0x6E09BA27L,0x51033959L,8UL}},{{6UL,0xAB20EA23L,0UL,1UL,1UL},{0xCE03B84FL,0x365EFACFL,0xB91E9267L,0x51033959L,18446744073709551615UL},{1UL,0xF45AB369L,0x7E3DA041L,0xAB20EA23L,1UL},{18446744073709551615UL,0x51033959L,0xCC49EFC2L,0x365EFACFL,8UL},{1UL,0x11CE01D7L,0UL,18446744073709551615UL,0x678E7F81L}},{{0UL,0UL,9UL,0UL,0UL},{0x678E7F81L,18446744073709551615UL,0x56B1A0AEL,0x1FACA5B8L,0x11CE01D7L},{0UL,6UL,18446744073709551611UL,0UL,18446744073709551615UL},{0x11CE01D7L,18446744073709551608UL,8UL,18446744073709551615UL,0x11CE01D7L},{0x015230D3L,0UL,1UL,6UL,0UL}},{{0x11CE01D7L,0x394DDC96L,0x56B1A0AEL,18446744073709551608UL,0x678E7F81L},{0UL,0UL,18446744073709551615UL,0UL,0UL},{0x678E7F81L,18446744073709551608UL,0x56B1A0AEL,0x394DDC96L,0x11CE01D7L},{0UL,6UL,1UL,0UL,0x015230D3L},{0x11CE01D7L,18446744073709551615UL,8UL,18446744073709551608UL,0x11CE01D7L}}};
static uint8_t g_324 = 255UL;
static uint64_t g_349 = 5UL;
static uint64_t g_352 = 0x1D8D4A9802F6E727LL;
static uint16_t *g_399 = &g_152;
static uint16_t **g_398 = &g_399;
static int32_t *****g_412 = (void*)0;
static uint32_t g_490 = 0xE4FBF5BAL;
static uint16_t g_493 = 0xCA7FL;
static int8_t g_494[4] = {0xAAL,0xAAL,0xAAL,0xAAL};
static int64_t g_525 = 2L;
static int64_t *g_524 = &g_525;
static int32_t * const ****g_542 = &g_143;
static const uint32_t g_616 = 0xA9E6782CL;
static uint16_t g_671[10] = {1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL};
static int8_t g_678[9] = {0x6FL,(-1L),(-1L),0x6FL,(-1L),(-1L),0x6FL,(-1L),(-1L)};
static int16_t g_685 = 0x952EL;
static uint32_t g_686[4][1][2] = {{{0x9A6148A8L,0x9A6148A8L}},{{0x9A6148A8L,0x9A6148A8L}},{{0x9A6148A8L,0x9A6148A8L}},{{0x9A6148A8L,0x9A6148A8L}}};
static uint64_t *g_730 = &g_222;
static uint64_t **g_749 = &g_730;
static uint64_t ***g_748 = &g_749;
static uint32_t g_778[5] = {0x725A0653L,0x725A0653L,0x725A0653L,0x725A0653L,0x725A0653L};
static int32_t g_786 = 5L;
static int32_t *g_826 = &g_91[1];
static int32_t ****g_855 = &g_240;
static int8_t g_977 = 0x58L;
static uint8_t g_1062 = 0xCDL;
static uint8_t g_1067 = 0xB6L;
static int32_t **g_1114 = &g_185[0][0][0];
static uint8_t g_1139 = 1UL;
static int16_t g_1197 = 0x571CL;
static int32_t * const * const ***g_1234 = (void*)0;
static int8_t *g_1239 = &g_494[3];
static uint16_t ** const *g_1309 = &g_398;
static uint16_t ** const **g_1308[4] = {&g_1309,&g_1309,&g_1309,&g_1309};
static uint8_t g_1335 = 0UL;
static const uint64_t g_1442 = 1UL;
static int32_t g_1563 = 0x79F5CC6CL;
static uint16_t ***g_1614 = &g_398;
static uint16_t ****g_1613 = &g_1614;
static int32_t g_1627 = 1L;
static uint32_t g_1666 = 0x5E2D6C52L;


/* --- FORWARD DECLARATIONS --- */
static uint8_t  func_1(void);
static int8_t  func_10(int32_t * p_11, int32_t * p_12, int32_t  p_13, int32_t * p_14, uint8_t  p_15);
static uint64_t  func_23(uint64_t  p_24, uint16_t  p_25, uint32_t  p_26, int32_t * p_27);
static uint32_t  func_29(int64_t  p_30, uint32_t  p_31, const uint64_t  p_32);
static int8_t  func_43(int64_t  p_44, int64_t * p_45);
static uint16_t  func_55(int64_t  p_56, int32_t  p_57, uint32_t  p_58, uint16_t  p_59);
static int64_t * func_60(int32_t * p_61, uint64_t  p_62, int32_t * p_63);
static int32_t * func_65(int32_t * p_66, uint16_t  p_67);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_8
 * writes: g_8
 */
static uint8_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_2 = 250UL;
    int32_t l_7[3];
    int32_t *l_1463 = &g_8;
    int32_t l_1513 = 0x404B0E17L;
    uint64_t l_1529 = 0UL;
    uint64_t l_1535 = 18446744073709551611UL;
    int32_t l_1546[2][1][6];
    int64_t *l_1562 = &g_20;
    uint16_t l_1586 = 65535UL;
    int64_t l_1660 = 0L;
    uint64_t l_1664[10] = {0x4274D8827EE4C683LL,0xA5C3C17FAC72D7B3LL,0x4274D8827EE4C683LL,0xA5C3C17FAC72D7B3LL,0x4274D8827EE4C683LL,0xA5C3C17FAC72D7B3LL,0x4274D8827EE4C683LL,0xA5C3C17FAC72D7B3LL,0x4274D8827EE4C683LL,0xA5C3C17FAC72D7B3LL};
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_7[i] = 1L;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 6; k++)
                l_1546[i][j][k] = 0xD3E06189L;
        }
    }
    l_2++;
    for (l_2 = 27; (l_2 != 33); l_2++)
    { /* block id: 4 */
        int32_t *l_9 = &g_8;
        int64_t *l_19 = &g_20;
        uint8_t l_1510 = 0x3BL;
        int32_t *** const *l_1561 = &g_240;
        uint64_t ***l_1594 = &g_749;
        uint8_t l_1608[4][3];
        uint16_t ***l_1612 = &g_398;
        uint16_t **** const l_1611 = &l_1612;
        uint16_t ****l_1615 = &l_1612;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_1608[i][j] = 250UL;
        }
        for (g_8 = 0; g_8 < 3; g_8 += 1)
        {
            l_7[g_8] = (-3L);
        }
        (*l_9) = (g_8 | l_2);
    }
    return (*l_1463);
}


/* ------------------------------------------ */
/* 
 * reads : g_1239 g_494
 * writes:
 */
static int8_t  func_10(int32_t * p_11, int32_t * p_12, int32_t  p_13, int32_t * p_14, uint8_t  p_15)
{ /* block id: 629 */
    uint32_t l_1464 = 0x6625A446L;
    ++l_1464;
    return (*g_1239);
}


/* ------------------------------------------ */
/* 
 * reads : g_147
 * writes: g_147
 */
static uint64_t  func_23(uint64_t  p_24, uint16_t  p_25, uint32_t  p_26, int32_t * p_27)
{ /* block id: 620 */
    int16_t l_1449 = 1L;
    int32_t l_1450 = 1L;
    int32_t l_1451 = 0xADFCF44CL;
    int32_t *l_1452 = (void*)0;
    int32_t l_1453 = 0x0B44F3ECL;
    int32_t l_1454 = 7L;
    int32_t *l_1455[7] = {&l_1450,&l_1454,&l_1454,&l_1450,&l_1454,&l_1454,&l_1450};
    int32_t l_1456 = 0xA9449073L;
    int32_t l_1457 = 0x6F852D2BL;
    int64_t l_1458 = 0x32B88D77A54A813DLL;
    int32_t l_1459 = (-6L);
    uint8_t l_1460 = 0UL;
    int i;
    for (g_147 = 0; (g_147 < (-1)); g_147 = safe_sub_func_int32_t_s_s(g_147, 6))
    { /* block id: 623 */
        int32_t *l_1448 = &g_91[1];
        l_1448 = p_27;
        (*p_27) = (*p_27);
    }
    l_1460--;
    return p_26;
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_47 g_107 g_84 g_91 g_118 g_92 g_87 g_74 g_154 g_144 g_145 g_146 g_152 g_147 g_190 g_185 g_162 g_222 g_252 g_272 g_493 g_524 g_525 g_749 g_730 g_786 g_494 g_399 g_748 g_826 g_240 g_542 g_143 g_1062 g_1067 g_349 g_319 g_398 g_352 g_1335 g_1139 g_686 g_977 g_1239 g_1442 g_1309
 * writes: g_74 g_84 g_87 g_91 g_92 g_107 g_118 g_143 g_152 g_147 g_185 g_190 g_47 g_154 g_222 g_240 g_252 g_493 g_352 g_786 g_324 g_494 g_1062 g_1067 g_1335 g_1139
 */
static uint32_t  func_29(int64_t  p_30, uint32_t  p_31, const uint64_t  p_32)
{ /* block id: 8 */
    int32_t l_1006 = (-1L);
    int16_t *l_1020 = &g_74;
    int32_t l_1046 = 0x8B4D1525L;
    uint32_t *l_1069 = &g_107[0][0];
    uint32_t ** const l_1068 = &l_1069;
    uint32_t **l_1070 = (void*)0;
    int32_t *l_1087 = &l_1006;
    uint8_t *l_1088 = &g_1067;
    int32_t l_1089 = (-4L);
    int32_t *****l_1100 = &g_855;
    int32_t l_1138 = 0L;
    int16_t l_1172 = 0x54E1L;
    int64_t l_1201 = 0xF8E56DBEEC361907LL;
    int16_t l_1203[2];
    int32_t l_1206 = 2L;
    int32_t l_1208 = (-1L);
    uint32_t **l_1218 = &l_1069;
    const uint32_t l_1227[9][7] = {{1UL,4294967288UL,1UL,4294967289UL,0x68B19A3EL,0x68B19A3EL,4294967289UL},{0UL,4294967292UL,0UL,0x68B19A3EL,0x1AEF9BA6L,4294967288UL,4294967289UL},{0x501D70ABL,0xDD05883EL,0xDFAE6C34L,0UL,4294967289UL,0UL,4294967289UL},{4294967295UL,0UL,4294967288UL,0xDD05883EL,0xDD05883EL,4294967288UL,0UL},{4294967289UL,0x5B0470A7L,0x25C1ACABL,4294967295UL,0xDD05883EL,0x68B19A3EL,0xDE119787L},{4294967292UL,0x501D70ABL,0x5B0470A7L,4294967288UL,4294967289UL,0xDFAE6C34L,0x25C1ACABL},{0UL,0x1AEF9BA6L,4294967295UL,4294967295UL,0x1AEF9BA6L,0UL,4294967292UL},{0x5B0470A7L,0x25C1ACABL,4294967295UL,0xDD05883EL,0x68B19A3EL,0xDE119787L,0x1AEF9BA6L},{0xDE119787L,4294967289UL,0x5B0470A7L,0UL,1UL,0x1AEF9BA6L,1UL}};
    int32_t l_1278 = 0x3AE53AF0L;
    int32_t l_1279[8][3] = {{0xDAA4D639L,0xDAA4D639L,0xDAA4D639L},{1L,1L,1L},{0xDAA4D639L,0xDAA4D639L,0xDAA4D639L},{1L,1L,1L},{0xDAA4D639L,0xDAA4D639L,0xDAA4D639L},{1L,1L,1L},{0xDAA4D639L,0xDAA4D639L,0xDAA4D639L},{1L,1L,1L}};
    uint32_t l_1337 = 0x5CECA8C0L;
    uint16_t l_1445 = 0x5A58L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_1203[i] = (-1L);
    if (g_8)
    { /* block id: 9 */
        uint64_t l_41 = 1UL;
        int64_t *l_46 = &g_47;
        uint64_t *l_1005 = &g_352;
        g_786 ^= (safe_sub_func_int32_t_s_s((-1L), (safe_sub_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(g_8, (safe_lshift_func_uint8_t_u_u((l_41 <= (((!(func_43(g_8, l_46) && (1L >= ((safe_lshift_func_int16_t_s_u(0x3276L, 11)) | (((((*l_1005) = ((**g_749) = ((safe_div_func_int64_t_s_s(((*l_46) |= (*g_524)), 0x1EA865048A08ADD4LL)) < g_107[0][1]))) , 0x5D384418L) > (-3L)) <= g_84))))) | 0x8818332580EA7C39LL) ^ 4L)), 4)))), p_31))));
        return l_1006;
    }
    else
    { /* block id: 446 */
        uint32_t l_1019 = 0UL;
        int16_t **l_1021 = &l_1020;
        int32_t l_1051 = (-1L);
        int32_t l_1063 = 0L;
        if (((safe_mod_func_uint32_t_u_u(((safe_rshift_func_uint8_t_u_s((safe_div_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s((safe_div_func_int32_t_s_s((safe_mul_func_uint16_t_u_u((l_1019 == ((-4L) > (&g_252 == ((*l_1021) = l_1020)))), (p_31 , 8L))), g_162[3][0][3])), ((((safe_sub_func_uint64_t_u_u((safe_unary_minus_func_int16_t_s(((safe_sub_func_int16_t_s_s(0xED4FL, (g_84 != p_30))) < l_1019))), p_31)) > p_32) | 0x5C3C471FL) != 6L))), 0xFB83L)), l_1019)) , 0xD86386A1L), 0x6613EE56L)) <= l_1006))
        { /* block id: 448 */
            uint32_t *l_1029 = &g_107[0][0];
            uint8_t *l_1044 = &g_324;
            int8_t *l_1045 = (void*)0;
            int32_t l_1049[9][7][2] = {{{(-9L),1L},{(-9L),0xA572A146L},{0xC2BE57F5L,(-1L)},{0xA572A146L,0xBDAD6FD8L},{(-7L),0x172DF0BBL},{1L,5L},{5L,(-7L)}},{{0x2182ED39L,0L},{0x22EAC2EDL,0x691B81D5L},{0xBDAD6FD8L,0xDA21760DL},{0x200D9C9BL,0L},{0xA5B1430DL,0L},{0x32B1FC29L,0xA5A3D62EL},{0x691B81D5L,(-9L)}},{{0x5DD23C7FL,0x22EAC2EDL},{1L,0x22EAC2EDL},{0x5DD23C7FL,(-9L)},{0x691B81D5L,0xA5A3D62EL},{0x32B1FC29L,0L},{0xA5B1430DL,0L},{0x200D9C9BL,0xDA21760DL}},{{0xBDAD6FD8L,0x691B81D5L},{0x22EAC2EDL,0L},{0x2182ED39L,(-7L)},{5L,5L},{1L,0x172DF0BBL},{(-7L),0xBDAD6FD8L},{0xA572A146L,(-1L)}},{{0xC2BE57F5L,0xA572A146L},{(-9L),1L},{(-9L),0xA572A146L},{0xC2BE57F5L,(-1L)},{0xA572A146L,0xBDAD6FD8L},{(-7L),0x172DF0BBL},{1L,5L}},{{5L,(-7L)},{0x2182ED39L,0L},{0x22EAC2EDL,0x691B81D5L},{0xBDAD6FD8L,0xDA21760DL},{0x200D9C9BL,0L},{0xA5B1430DL,0L},{0x32B1FC29L,0xA5A3D62EL}},{{0x691B81D5L,(-9L)},{0x5DD23C7FL,0x22EAC2EDL},{1L,0x22EAC2EDL},{0x5DD23C7FL,(-9L)},{0x691B81D5L,0xA5A3D62EL},{0x32B1FC29L,0L},{0xA5B1430DL,0L}},{{0x200D9C9BL,0xDA21760DL},{0xBDAD6FD8L,0x691B81D5L},{0x22EAC2EDL,0L},{0x2182ED39L,(-7L)},{5L,5L},{1L,0x172DF0BBL},{(-7L),0xBDAD6FD8L}},{{0xA572A146L,(-1L)},{0xC2BE57F5L,0xA572A146L},{(-9L),1L},{(-9L),0xA572A146L},{0xC2BE57F5L,(-1L)},{0xA572A146L,0xBDAD6FD8L},{(-7L),0x172DF0BBL}}};
            int8_t *l_1052[3][4][10] = {{{&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7]},{(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7]},{&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7]},{(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7]}},{{&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7]},{(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7]},{&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7]},{(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7]}},{{&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7]},{(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7]},{&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7],&g_977,&g_678[7]},{(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7],(void*)0,&g_678[7]}}};
            uint8_t *l_1061 = &g_1062;
            int i, j, k;
            l_1063 = (((void*)0 == &g_524) || (safe_rshift_func_int16_t_s_s((((*l_1029)--) , (safe_mul_func_uint16_t_u_u(((safe_add_func_int64_t_s_s((((safe_add_func_int8_t_s_s((safe_sub_func_int8_t_s_s((l_1046 &= (safe_mul_func_uint8_t_u_u(p_32, ((*l_1044) = (safe_mul_func_int16_t_s_s((-3L), g_74)))))), ((*l_1061) = ((safe_sub_func_int64_t_s_s(l_1049[2][5][0], (1L ^ (((g_118 = ((g_494[2] &= (!l_1051)) <= (((*g_399)++) == ((safe_lshift_func_int8_t_s_u((safe_add_func_int32_t_s_s((safe_rshift_func_int8_t_s_u(l_1051, l_1051)), g_118)), 1)) >= p_31)))) < g_222) <= 1L)))) | (***g_748))))), g_222)) | g_525) == g_87[0][8][0]), p_31)) < (*g_826)), p_30))), 12)));
            (**g_240) = (void*)0;
            (*g_826) = ((*****g_542) = 9L);
            (*g_826) &= l_1051;
        }
        else
        { /* block id: 461 */
            for (g_1062 = 0; (g_1062 >= 5); g_1062 = safe_add_func_int16_t_s_s(g_1062, 7))
            { /* block id: 464 */
                int32_t *l_1066 = &l_1063;
                l_1066 = func_65(l_1066, g_1067);
            }
            l_1070 = l_1068;
        }
    }
    if (((((l_1089 |= ((((*l_1088) &= (safe_div_func_uint32_t_u_u((safe_div_func_uint64_t_u_u(0x94BD5BDEBD12F39ELL, (((safe_mod_func_uint64_t_u_u(p_31, 18446744073709551615UL)) >= (*g_730)) ^ (safe_div_func_uint8_t_u_u((safe_div_func_int64_t_s_s((p_30 < (safe_rshift_func_uint8_t_u_u((p_32 , (safe_rshift_func_uint16_t_u_s((safe_mod_func_int32_t_s_s((&l_1046 == (((*l_1087) ^= (g_786 , g_494[3])) , &l_1046)), l_1046)), g_107[0][3]))), 5))), p_30)), l_1046))))), 1L))) , l_1088) != (void*)0)) , 0xE1L) != 0x7DL) || 9L))
    { /* block id: 473 */
        int32_t *****l_1099 = &g_855;
        int32_t l_1157 = (-3L);
        int8_t *l_1238 = &g_494[3];
        int32_t l_1276[10] = {0xDE6C6468L,0L,0xB98CCB6AL,0L,0xDE6C6468L,0xDE6C6468L,0L,0xB98CCB6AL,0L,0xDE6C6468L};
        int32_t l_1284 = 0xFCDDA3E2L;
        int32_t l_1311 = 0x5F15EDB7L;
        int32_t l_1364 = 0L;
        int16_t l_1370 = 1L;
        uint32_t l_1371 = 0x8D99DBDFL;
        uint16_t l_1405 = 1UL;
        int i;
        for (l_1089 = 0; (l_1089 == 15); l_1089++)
        { /* block id: 476 */
            int64_t *l_1113 = &g_84;
            int16_t **l_1115[10] = {&l_1020,&l_1020,&l_1020,&l_1020,&l_1020,&l_1020,&l_1020,&l_1020,&l_1020,&l_1020};
            int32_t l_1118 = (-1L);
            uint16_t ***l_1136[3][2][6] = {{{&g_398,(void*)0,&g_398,(void*)0,&g_398,(void*)0},{&g_398,&g_398,&g_398,(void*)0,&g_398,(void*)0}},{{&g_398,&g_398,&g_398,&g_398,&g_398,&g_398},{&g_398,(void*)0,(void*)0,&g_398,&g_398,(void*)0}},{{&g_398,&g_398,&g_398,(void*)0,&g_398,&g_398},{&g_398,&g_398,&g_398,(void*)0,&g_398,&g_398}}};
            int32_t l_1137 = (-1L);
            int8_t l_1198 = 0x27L;
            int32_t l_1209 = 8L;
            int32_t l_1210[10][3] = {{(-10L),(-1L),0L},{0xF788828EL,0xEB222F79L,0xF788828EL},{0xF788828EL,(-10L),0xEB222F79L},{(-10L),0xF788828EL,0xF788828EL},{0xEB222F79L,0xF788828EL,0L},{(-1L),(-10L),1L},{0xEB222F79L,0xEB222F79L,1L},{(-10L),(-1L),0L},{0xF788828EL,0xEB222F79L,0xF788828EL},{0xF788828EL,(-10L),0xEB222F79L}};
            uint32_t **l_1217 = &l_1069;
            const uint16_t l_1229 = 0x4F5FL;
            uint64_t l_1286 = 0UL;
            int32_t ***l_1303 = &g_190;
            uint32_t l_1312 = 0xF761E8C2L;
            int8_t l_1397 = 0x03L;
            int16_t l_1422 = (-9L);
            uint16_t l_1429 = 0x44B9L;
            int i, j, k;
            (**g_145) |= ((safe_lshift_func_int8_t_s_u((((!0x08D028E1L) || ((0UL ^ 0x8A1DE391L) & ((*l_1088) = ((safe_rshift_func_int16_t_s_s((((safe_rshift_func_int16_t_s_s(p_30, 12)) , l_1099) == (l_1100 = &g_855)), (safe_sub_func_uint16_t_u_u((g_349 , (l_1020 != (((((*g_524) , l_1089) != l_1089) >= g_319[8][3][3]) , (*g_398)))), g_352)))) , 0x2AL)))) < (*g_826)), 5)) <= (*g_524));
        }
        for (g_1335 = 20; (g_1335 <= 10); g_1335--)
        { /* block id: 599 */
            for (g_222 = 0; (g_222 >= 39); g_222 = safe_add_func_int64_t_s_s(g_222, 1))
            { /* block id: 602 */
                (*****g_542) = (&g_47 != &g_525);
            }
            return p_30;
        }
    }
    else
    { /* block id: 607 */
        int32_t * const *** const l_1438 = &g_144;
        int32_t * const ***l_1444 = &g_144;
        for (g_1139 = 0; (g_1139 >= 33); g_1139++)
        { /* block id: 610 */
            const uint16_t l_1439[4][5] = {{4UL,4UL,4UL,4UL,4UL},{4UL,4UL,4UL,4UL,4UL},{4UL,4UL,4UL,4UL,4UL},{4UL,4UL,4UL,4UL,4UL}};
            int32_t l_1443 = (-3L);
            int i, j;
            (***g_144) = ((l_1438 != (l_1444 = ((((((p_31 = g_686[2][0][1]) , ((g_977 ^ ((g_222 || (((*g_1239) | l_1439[3][4]) == (((((safe_div_func_int16_t_s_s(((((l_1439[3][4] < 0x4FL) && (((*g_1239) <= (****l_1438)) , 0x429C2092L)) >= g_1442) , l_1443), (***g_1309))) , (void*)0) != (void*)0) ^ (**g_749)) , 0x3AL))) ^ 18446744073709551615UL)) , l_1439[3][4])) & p_32) , 0L) >= p_30) , (*g_542)))) > 0xD6291D2EL);
        }
    }
    (*****g_542) = ((*g_826) = p_31);
    (**g_145) = p_30;
    return l_1445;
}


/* ------------------------------------------ */
/* 
 * reads : g_47 g_8 g_107 g_84 g_91 g_118 g_92 g_87 g_74 g_154 g_144 g_145 g_146 g_152 g_147 g_190 g_185 g_162 g_222 g_252 g_272 g_493
 * writes: g_74 g_84 g_87 g_91 g_92 g_107 g_118 g_143 g_152 g_147 g_185 g_190 g_47 g_154 g_222 g_240 g_252 g_493
 */
static int8_t  func_43(int64_t  p_44, int64_t * p_45)
{ /* block id: 10 */
    int32_t *l_64 = &g_8;
    int32_t ** const l_169 = &l_64;
    int32_t ** const *l_168 = &l_169;
    int32_t ** const **l_167 = &l_168;
    int8_t l_170[9][8][3] = {{{1L,1L,0x11L},{0L,0x13L,0x33L},{0L,0L,1L},{(-2L),(-1L),0xC5L},{0xB7L,0xAFL,0x40L},{0xF0L,0x25L,3L},{0xFBL,0xB7L,0x40L},{0x6DL,0L,0xC5L}},{{1L,(-1L),1L},{(-1L),0x08L,0x58L},{0L,(-4L),0x50L},{0xB2L,(-7L),0xB7L},{0xA1L,(-4L),0xB7L},{0xDEL,0x08L,(-1L)},{(-4L),(-1L),0L},{(-1L),2L,1L}},{{1L,0L,1L},{(-1L),(-1L),(-2L)},{1L,1L,1L},{(-1L),(-1L),0x25L},{(-4L),0xC8L,9L},{0xDEL,0x91L,5L},{0xA1L,5L,0x1BL},{0xB2L,0xDEL,5L}},{{0L,0x9CL,9L},{(-1L),(-1L),0x25L},{1L,0xABL,1L},{2L,(-6L),(-2L)},{0x15L,0xA1L,1L},{(-7L),(-6L),1L},{0L,0xABL,0L},{(-6L),(-1L),(-1L)}},{{0xC8L,0x9CL,0xB7L},{0x74L,0xDEL,0xB7L},{(-1L),5L,0x50L},{0x74L,0x91L,0x58L},{0xC8L,0xC8L,1L},{(-6L),(-1L),0x72L},{0L,1L,0xFBL},{(-7L),(-1L),0L}},{{0x15L,0L,0xFBL},{2L,2L,0x72L},{1L,(-1L),1L},{(-1L),0x08L,0x58L},{0L,(-4L),0x50L},{0xB2L,(-7L),0xB7L},{0xA1L,(-4L),0xB7L},{0xDEL,0x08L,(-1L)}},{{(-4L),(-1L),0L},{(-1L),2L,1L},{1L,0L,1L},{(-1L),(-1L),(-2L)},{1L,1L,1L},{(-1L),(-1L),0x25L},{(-4L),0xC8L,9L},{0xDEL,0x91L,5L}},{{0xA1L,5L,0x1BL},{0xB2L,0xDEL,5L},{0L,0x9CL,9L},{(-1L),(-1L),0x25L},{1L,0xABL,1L},{2L,(-6L),(-2L)},{0x15L,0xA1L,1L},{(-7L),(-6L),1L}},{{0L,0xABL,0L},{(-6L),(-1L),(-1L)},{0xC8L,0x9CL,0xB7L},{0x74L,0xDEL,0xB7L},{(-1L),5L,0x50L},{0x74L,0x91L,0x58L},{0xC8L,0xC8L,1L},{(-6L),(-1L),1L}}};
    int32_t ***l_239 = (void*)0;
    int32_t l_275[2][3] = {{0x0D83DF38L,0x0D83DF38L,(-2L)},{0x0D83DF38L,0x0D83DF38L,(-2L)}};
    int16_t l_282 = 0x5B86L;
    uint64_t l_286 = 0x333EA55186942E31LL;
    uint16_t *l_317 = &g_152;
    uint16_t **l_316 = &l_317;
    uint64_t l_428[1][7];
    uint32_t l_472 = 5UL;
    int32_t *l_532 = &g_147;
    int32_t l_549 = 0x9B1045FBL;
    uint64_t *l_567 = &l_428[0][1];
    uint64_t **l_566 = &l_567;
    int32_t * const * const l_595 = (void*)0;
    int32_t * const * const *l_594[4][9][2];
    uint32_t l_607[8][6][5] = {{{0x61CA0753L,0x8DB39B9AL,0x534DF321L,0xDEFACEA6L,0x7F3BEFC5L},{18446744073709551615UL,0x8DB39B9AL,0x69F650C7L,0UL,0x1C25C4CDL},{0x8DB39B9AL,1UL,0UL,0xB942C99FL,18446744073709551612UL},{7UL,0x8DB39B9AL,0xB360964FL,18446744073709551613UL,7UL},{0UL,0x8DB39B9AL,18446744073709551612UL,0UL,18446744073709551611UL},{0x61CA0753L,1UL,1UL,0xDEFACEA6L,1UL}},{{0x8A72E1C7L,0x8DB39B9AL,0xB6C206ABL,18446744073709551610UL,0x1C25C4CDL},{1UL,0x8DB39B9AL,0UL,18446744073709551607UL,1UL},{7UL,1UL,1UL,18446744073709551613UL,0UL},{0xCDBC1E89L,0x8DB39B9AL,0xE42C29AEL,18446744073709551615UL,18446744073709551611UL},{0x40CCB57CL,0x8DB39B9AL,1UL,0xCED08D41L,0x7F3BEFC5L},{0x8A72E1C7L,1UL,0x69F650C7L,18446744073709551610UL,0x69F650C7L}},{{0x8DB39B9AL,0x8DB39B9AL,4UL,0xB942C99FL,1UL},{0x29816CD8L,0x8DB39B9AL,1UL,18446744073709551607UL,7UL},{0xCDBC1E89L,1UL,18446744073709551612UL,18446744073709551615UL,1UL},{0x61CA0753L,0x8DB39B9AL,0x534DF321L,0xDEFACEA6L,0x7F3BEFC5L},{18446744073709551615UL,0x8DB39B9AL,0x69F650C7L,0UL,0x1C25C4CDL},{0x8DB39B9AL,1UL,0UL,0xB942C99FL,18446744073709551612UL}},{{7UL,0x8DB39B9AL,0xB360964FL,18446744073709551613UL,7UL},{0UL,0x8DB39B9AL,18446744073709551612UL,0UL,18446744073709551611UL},{0x61CA0753L,1UL,1UL,0xDEFACEA6L,1UL},{0x8A72E1C7L,0x8DB39B9AL,0xB6C206ABL,18446744073709551610UL,0x1C25C4CDL},{1UL,0x8DB39B9AL,0UL,18446744073709551607UL,1UL},{7UL,1UL,1UL,18446744073709551613UL,0UL}},{{0xCDBC1E89L,0x8DB39B9AL,0xE42C29AEL,18446744073709551615UL,18446744073709551611UL},{0x40CCB57CL,0x8DB39B9AL,1UL,0xCED08D41L,0x7F3BEFC5L},{0x8A72E1C7L,1UL,0x69F650C7L,18446744073709551610UL,0x69F650C7L},{0x8DB39B9AL,0x8DB39B9AL,4UL,0xB942C99FL,1UL},{0x29816CD8L,0x8DB39B9AL,1UL,18446744073709551607UL,7UL},{0xCDBC1E89L,1UL,18446744073709551612UL,18446744073709551615UL,1UL}},{{0x61CA0753L,0x8DB39B9AL,0x534DF321L,0xDEFACEA6L,0x7F3BEFC5L},{18446744073709551615UL,0x8DB39B9AL,0x69F650C7L,0UL,0x1C25C4CDL},{0x8DB39B9AL,1UL,0UL,0xB942C99FL,18446744073709551612UL},{7UL,0x8DB39B9AL,0xB360964FL,18446744073709551613UL,7UL},{0UL,0x8DB39B9AL,18446744073709551612UL,0UL,18446744073709551611UL},{0x61CA0753L,1UL,1UL,0xDEFACEA6L,1UL}},{{0x8A72E1C7L,0x8DB39B9AL,0xB6C206ABL,0x22768503L,0x64D53067L},{4UL,0UL,0UL,0xCC05EFDEL,4UL},{0x69F650C7L,4UL,7UL,3UL,0UL},{1UL,0UL,1UL,0x1F450D48L,18446744073709551615UL},{0xE42C29AEL,0UL,0UL,8UL,7UL},{1UL,4UL,0x6662135EL,0x22768503L,0x6662135EL}},{{0UL,0UL,0UL,18446744073709551615UL,4UL},{0xB6C206ABL,0UL,7UL,18446744073709551615UL,18446744073709551608UL},{1UL,4UL,0x12CD2576L,0x1F450D48L,0UL},{18446744073709551612UL,0UL,18446744073709551615UL,9UL,7UL},{0xB360964FL,0UL,0x6662135EL,18446744073709551609UL,0x64D53067L},{0UL,4UL,0UL,18446744073709551615UL,0x12CD2576L}}};
    uint8_t l_667 = 2UL;
    int8_t l_683 = (-9L);
    int8_t l_684 = 0x3CL;
    uint16_t l_762 = 0x6E06L;
    uint32_t l_774 = 0x70C72403L;
    uint16_t l_845[9];
    int16_t l_913 = 0L;
    int32_t **l_935 = &l_64;
    int32_t l_979 = (-1L);
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 7; j++)
            l_428[i][j] = 0x4F636EED263F547DLL;
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 2; k++)
                l_594[i][j][k] = &l_595;
        }
    }
    for (i = 0; i < 9; i++)
        l_845[i] = 5UL;
    for (p_44 = 0; (p_44 != (-23)); p_44 = safe_sub_func_uint16_t_u_u(p_44, 1))
    { /* block id: 13 */
        int32_t *l_54 = &g_8;
        int64_t *l_111[9];
        int8_t *l_163 = (void*)0;
        int8_t *l_164 = &g_118;
        const uint32_t l_183 = 0x19D5E563L;
        int32_t ***l_237 = &g_190;
        int32_t ****l_236 = &l_237;
        int32_t ****l_238[9] = {&l_237,&l_237,&l_237,&l_237,&l_237,&l_237,&l_237,&l_237,&l_237};
        uint16_t l_248 = 8UL;
        const int32_t l_253 = (-1L);
        int i;
        for (i = 0; i < 9; i++)
            l_111[i] = &g_84;
        if ((+((*l_164) = (~(safe_mod_func_uint32_t_u_u((l_54 != &g_8), (65535UL & func_55((*p_45), (((l_111[5] = func_60(l_64, g_47, func_65(&g_8, ((safe_rshift_func_int16_t_s_u(((void*)0 == l_54), 15)) , 0x7777L)))) != (void*)0) < p_44), g_47, p_44))))))))
        { /* block id: 59 */
            uint32_t l_184 = 0UL;
            (***g_144) |= ((safe_div_func_uint64_t_u_u(((((l_167 == ((l_170[6][2][1] && (safe_lshift_func_uint8_t_u_u(((safe_div_func_int64_t_s_s((safe_sub_func_int8_t_s_s((g_87[4][6][0] && g_84), ((p_44 ^ ((safe_div_func_int8_t_s_s((safe_div_func_uint8_t_u_u((safe_div_func_uint16_t_u_u(((((p_44 & g_87[4][6][0]) , l_183) > 0x66E9L) && l_184), 0xAD31L)), g_118)), 0x91L)) , (-1L))) || p_44))), g_87[4][7][0])) || 4294967295UL), 1))) , &g_144)) >= 8UL) < 18446744073709551615UL) == p_44), 0x5B6DF9734E232B65LL)) , 0L);
        }
        else
        { /* block id: 61 */
            int32_t **l_189 = (void*)0;
            int32_t ***l_188 = &l_189;
            g_185[0][0][0] = (***l_167);
            (**g_145) = (safe_mul_func_int8_t_s_s(((void*)0 == &g_154), ((*l_54) <= (&l_54 == (g_190 = ((*l_188) = (g_87[5][8][0] , (void*)0)))))));
            return p_44;
        }
        for (g_47 = 0; (g_47 > 12); g_47 = safe_add_func_int8_t_s_s(g_47, 2))
        { /* block id: 70 */
            uint32_t l_197 = 0UL;
            uint32_t l_204[3][5] = {{18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL},{0xB58E8656L,0xB58E8656L,0xB58E8656L,0xB58E8656L,0xB58E8656L},{18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL}};
            int32_t ***l_235 = (void*)0;
            int32_t ****l_234[4][6] = {{&l_235,&l_235,&l_235,&l_235,&l_235,&l_235},{&l_235,&l_235,&l_235,&l_235,&l_235,&l_235},{&l_235,&l_235,&l_235,&l_235,&l_235,&l_235},{&l_235,&l_235,&l_235,&l_235,&l_235,&l_235}};
            int32_t *****l_233[4] = {&l_234[1][0],&l_234[1][0],&l_234[1][0],&l_234[1][0]};
            int16_t *l_249 = &g_74;
            uint64_t *l_250 = &g_92;
            int16_t *l_251 = &g_252;
            int32_t ** const ***l_294 = &l_167;
            int i, j;
            for (g_92 = 19; (g_92 < 26); g_92 = safe_add_func_int64_t_s_s(g_92, 4))
            { /* block id: 73 */
                int32_t *l_205 = &g_91[3];
                for (g_154 = 4; (g_154 == 5); g_154++)
                { /* block id: 76 */
                    int16_t *l_201 = &g_74;
                    (**l_168) = (*g_190);
                    if ((((g_87[2][7][1] , (((((l_197 , 0xE8E71EE0A1EFB264LL) , (~(safe_mod_func_uint16_t_u_u(g_118, ((*l_201) = g_162[4][0][1]))))) , ((*l_164) = (-2L))) , (((((((safe_div_func_uint32_t_u_u(0x6457C80CL, l_204[2][0])) == g_91[3]) > 0xACL) <= p_44) != g_118) , 0x7802F3114D939EB3LL) || g_87[4][6][0])) & (*l_54))) != 1L) > (*p_45)))
                    { /* block id: 80 */
                        (*g_190) = l_205;
                        if ((*l_205))
                            break;
                        return p_44;
                    }
                    else
                    { /* block id: 84 */
                        uint16_t *l_208[10] = {&g_154,&g_154,&g_154,&g_154,&g_154,&g_154,&g_154,&g_154,&g_154,&g_154};
                        int32_t l_213 = 0xD70EA170L;
                        int i;
                        (***g_144) |= ((((g_152 |= (safe_rshift_func_uint16_t_u_u(0xF54DL, 15))) != (g_222 = ((0L | p_44) != (safe_sub_func_int16_t_s_s(((*l_201) = (safe_rshift_func_int8_t_s_u(l_213, 1))), ((safe_mul_func_uint8_t_u_u(1UL, g_162[4][0][1])) || ((safe_lshift_func_uint16_t_u_u((p_44 , ((safe_lshift_func_uint16_t_u_s((l_213 == (safe_mod_func_int16_t_s_s((-10L), (*l_205)))), g_47)) || 0x58L)), 4)) <= g_107[0][3]))))))) || 0xABL) == 8UL);
                    }
                }
            }
            if (((safe_mul_func_int8_t_s_s((safe_lshift_func_int16_t_s_u(((safe_mod_func_uint16_t_u_u((((*l_251) |= (safe_mod_func_uint64_t_u_u(((safe_div_func_uint16_t_u_u((g_91[1] , ((((l_236 = (void*)0) != (l_238[2] = &l_237)) , (g_240 = l_239)) != (((*l_250) = (((((0xA001F272L | (safe_mul_func_int16_t_s_s((!(((*l_249) = (((***g_144) != ((safe_sub_func_int64_t_s_s((safe_mod_func_int16_t_s_s(((void*)0 != &g_144), g_8)), g_107[0][0])) <= p_44)) , l_248)) || p_44)), 0xB0BAL))) || 0UL) ^ 0x01E4L) < g_147) || (*l_54))) , (*l_167)))), g_222)) && p_44), p_44))) <= p_44), 1L)) != 0UL), 6)), g_107[0][3])) , l_253))
            { /* block id: 98 */
                uint16_t l_271 = 0xEBF2L;
                int32_t l_273[2][3][10] = {{{0x4E7EDF30L,0x2978E774L,0xEFEFC4BCL,0L,(-2L),0xC371AC07L,1L,0xC371AC07L,(-2L),0L},{0x1E62F85CL,5L,0x1E62F85CL,0L,1L,0xDA91CA6CL,0xEFEFC4BCL,2L,0x3E28ED99L,2L},{0x1E62F85CL,0xC371AC07L,0x3E28ED99L,0x2978E774L,0x3E28ED99L,0xC371AC07L,0x1E62F85CL,2L,0x4E7EDF30L,5L}},{{0x4E7EDF30L,2L,0x1E62F85CL,0xC371AC07L,0x3E28ED99L,0x2978E774L,0x3E28ED99L,0xC371AC07L,0x1E62F85CL,2L},{0x3E28ED99L,2L,0xEFEFC4BCL,0xDA91CA6CL,1L,0L,0x1E62F85CL,5L,0x1E62F85CL,0L},{(-2L),0xC371AC07L,1L,0xC371AC07L,(-2L),0L,0xEFEFC4BCL,0x2978E774L,0x4E7EDF30L,0xDA91CA6CL}}};
                int i, j, k;
                for (g_152 = 0; (g_152 == 4); g_152 = safe_add_func_int64_t_s_s(g_152, 4))
                { /* block id: 101 */
                    uint32_t l_263 = 0UL;
                    int32_t l_274 = 1L;
                    int32_t l_276 = 0x73B47B3EL;
                    int32_t l_277 = 0x1DF589D1L;
                    int32_t l_278 = 0L;
                    int32_t l_279 = 0x6FAD7FB4L;
                    int32_t l_280 = 0xC3E89001L;
                    int32_t l_283 = 0xA2BF0E48L;
                    int32_t l_284 = 0x6FDFDF90L;
                    int32_t l_285 = 0xBED56425L;
                    (*g_146) = ((safe_unary_minus_func_int32_t_s(((((safe_add_func_int32_t_s_s((18446744073709551610UL < ((safe_mul_func_int8_t_s_s(p_44, (((safe_rshift_func_uint8_t_u_u((l_263 | ((safe_div_func_int64_t_s_s(((((((safe_mod_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(0xC7L, 3)), g_147)) , (safe_unary_minus_func_uint8_t_u(((0x04L || ((*g_144) == (void*)0)) , p_44)))) > g_152) | p_44) , l_263) != 6L), g_252)) == (-8L))), 2)) < 0xFD064CE6463C702ALL) | l_271))) , g_147)), p_44)) , p_44) & p_44) , g_272))) & l_263);
                    l_286--;
                }
                for (g_222 = 0; (g_222 < 14); g_222 = safe_add_func_uint64_t_u_u(g_222, 8))
                { /* block id: 107 */
                    uint32_t l_291 = 0UL;
                    l_291++;
                }
                (***l_167) = (void*)0;
            }
            else
            { /* block id: 111 */
                for (g_118 = 1; (g_118 <= 5); g_118 += 1)
                { /* block id: 114 */
                    return g_91[3];
                }
                l_294 = &l_167;
            }
            if ((*l_54))
                break;
        }
    }
    for (p_44 = 0; (p_44 <= 5); p_44 += 1)
    { /* block id: 124 */
        int8_t *l_301[9];
        int16_t *l_311 = &g_74;
        int32_t **l_318 = &l_64;
        int16_t *l_320[6][8] = {{(void*)0,(void*)0,&g_252,&g_252,(void*)0,(void*)0,&l_282,(void*)0},{(void*)0,&l_282,&g_252,(void*)0,&g_281,(void*)0,(void*)0,(void*)0},{&g_252,&l_282,(void*)0,(void*)0,(void*)0,(void*)0,&l_282,&g_252},{(void*)0,(void*)0,(void*)0,&g_281,(void*)0,&g_281,(void*)0,(void*)0},{&g_252,(void*)0,(void*)0,&g_252,&g_281,&g_281,&g_252,(void*)0},{(void*)0,(void*)0,(void*)0,&l_282,&g_252,(void*)0,&g_252,&l_282}};
        int32_t ** const *** const l_327 = &l_167;
        int32_t l_378 = 1L;
        int32_t l_379 = 3L;
        int32_t l_380 = 0L;
        int32_t l_381 = (-1L);
        int32_t l_382[5] = {0xF7EF95CAL,0xF7EF95CAL,0xF7EF95CAL,0xF7EF95CAL,0xF7EF95CAL};
        int16_t l_434 = 0x4C05L;
        uint32_t l_439 = 0x75274DF1L;
        int16_t l_489 = 1L;
        uint8_t l_491 = 255UL;
        int16_t l_495 = 0x8EEAL;
        int i, j;
        for (i = 0; i < 9; i++)
            l_301[i] = (void*)0;
    }
    for (g_493 = 0; (g_493 <= 2); g_493 += 1)
    { /* block id: 205 */
        int32_t ****l_497 = &g_240;
        uint16_t **l_498 = &l_317;
        uint16_t ***l_499[7][7][5] = {{{(void*)0,&l_316,&l_498,&g_398,&l_498},{(void*)0,&l_498,&g_398,(void*)0,&l_498},{(void*)0,&g_398,&l_316,&g_398,(void*)0},{(void*)0,&l_316,&g_398,(void*)0,&g_398},{&g_398,&l_498,&l_498,&l_316,&l_316},{(void*)0,&l_498,&l_498,(void*)0,&l_498},{&g_398,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_398,&l_498,&l_498,&l_316,&l_316},{&l_316,&g_398,(void*)0,&g_398,&l_316},{&g_398,(void*)0,&l_498,&g_398,(void*)0},{&l_316,&g_398,(void*)0,(void*)0,&l_498},{&l_498,(void*)0,(void*)0,&l_498,&l_316},{&l_498,(void*)0,&l_498,&g_398,&g_398},{&l_498,(void*)0,(void*)0,&g_398,(void*)0}},{{&l_316,&l_316,&l_498,&l_498,&l_498},{&l_316,&l_498,&l_498,&l_498,&l_498},{&g_398,&l_498,&l_498,&g_398,(void*)0},{(void*)0,&l_498,&g_398,&l_316,&l_316},{&l_316,&l_316,&l_498,(void*)0,&l_316},{&l_316,(void*)0,(void*)0,&l_316,(void*)0},{&l_498,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_398,(void*)0,(void*)0,&g_398,(void*)0},{(void*)0,&g_398,&l_498,&l_498,(void*)0},{(void*)0,(void*)0,&l_316,(void*)0,&l_316},{&g_398,&g_398,&l_498,(void*)0,&l_498},{&l_498,&l_498,&l_316,&l_498,&l_316},{&l_498,(void*)0,&l_316,&g_398,(void*)0},{(void*)0,&l_498,&g_398,(void*)0,(void*)0}},{{&l_498,&l_498,&g_398,&l_316,&l_316},{(void*)0,&l_316,(void*)0,(void*)0,&l_316},{(void*)0,&g_398,&l_498,&l_316,(void*)0},{&l_498,&l_498,(void*)0,&g_398,&g_398},{&l_498,(void*)0,&g_398,&l_316,&g_398},{&l_498,&l_498,&l_316,(void*)0,&g_398},{(void*)0,&l_316,&l_316,&l_316,&l_498}},{{&l_498,&g_398,&l_498,&l_316,&g_398},{(void*)0,&l_498,(void*)0,&g_398,&g_398},{&l_316,&l_498,&g_398,&l_316,&l_498},{&l_498,(void*)0,&g_398,&l_316,&l_498},{&g_398,(void*)0,&g_398,&g_398,&l_498},{&l_498,(void*)0,&g_398,(void*)0,&l_498},{(void*)0,&l_498,&g_398,&g_398,&g_398}},{{&g_398,&l_498,&g_398,(void*)0,&l_316},{&g_398,(void*)0,(void*)0,&l_316,(void*)0},{&g_398,&l_498,&l_498,&l_316,(void*)0},{(void*)0,(void*)0,&l_316,(void*)0,(void*)0},{&l_498,&l_498,&l_316,(void*)0,&l_498},{&l_498,&l_316,&g_398,&g_398,&l_498},{&l_316,&l_498,(void*)0,&l_498,&l_498}}};
        int32_t ***l_500 = (void*)0;
        const int8_t l_545 = 0xEAL;
        int32_t * const * const *l_593 = &g_145;
        int32_t l_663 = 0x8C60634CL;
        int32_t l_666 = 1L;
        int32_t l_679 = 0L;
        int32_t l_680 = (-7L);
        int32_t l_681 = (-1L);
        int32_t l_682[10][5] = {{(-1L),(-1L),(-1L),(-1L),(-1L)},{1L,1L,1L,1L,1L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{1L,1L,1L,1L,1L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{1L,1L,1L,1L,1L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{1L,1L,1L,1L,1L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{1L,1L,1L,1L,1L}};
        uint32_t l_689 = 4294967294UL;
        int64_t *l_777 = (void*)0;
        uint64_t ***l_868 = &l_566;
        int64_t l_900[6] = {0x427881F79D23E69ALL,(-3L),0x427881F79D23E69ALL,0x427881F79D23E69ALL,(-3L),0x427881F79D23E69ALL};
        const int64_t l_920[1] = {0xFB6594228731359FLL};
        int i, j, k;
    }
    return p_44;
}


/* ------------------------------------------ */
/* 
 * reads : g_107 g_84 g_91 g_118 g_92 g_87 g_74 g_154 g_144 g_145 g_146 g_152
 * writes: g_91 g_118 g_92 g_143 g_152 g_147
 */
static uint16_t  func_55(int64_t  p_56, int32_t  p_57, uint32_t  p_58, uint16_t  p_59)
{ /* block id: 40 */
    int32_t *l_114 = &g_91[2];
    int32_t **l_113 = &l_114;
    int32_t *** const l_112 = &l_113;
    int32_t ***l_116 = &l_113;
    int32_t ****l_115[9] = {&l_116,&l_116,(void*)0,&l_116,&l_116,(void*)0,&l_116,&l_116,(void*)0};
    int32_t ****l_117 = &l_116;
    uint32_t l_128 = 5UL;
    uint64_t *l_137 = &g_92;
    int32_t ** const *l_139 = &l_113;
    int32_t ** const **l_138 = &l_139;
    int32_t * const *l_142[1][10][3] = {{{&l_114,&l_114,&l_114},{&l_114,&l_114,&l_114},{&l_114,&l_114,&l_114},{&l_114,&l_114,&l_114},{&l_114,&l_114,&l_114},{&l_114,&l_114,&l_114},{&l_114,&l_114,&l_114},{&l_114,&l_114,&l_114},{&l_114,&l_114,&l_114},{&l_114,&l_114,&l_114}}};
    int32_t * const **l_141[7][7] = {{(void*)0,&l_142[0][4][0],&l_142[0][3][0],&l_142[0][3][0],&l_142[0][4][0],(void*)0,&l_142[0][4][0]},{&l_142[0][3][0],(void*)0,(void*)0,&l_142[0][3][0],&l_142[0][4][0],&l_142[0][3][0],(void*)0},{&l_142[0][3][0],&l_142[0][3][0],(void*)0,&l_142[0][3][0],(void*)0,&l_142[0][3][0],&l_142[0][3][0]},{&l_142[0][3][0],(void*)0,&l_142[0][3][0],(void*)0,&l_142[0][3][0],&l_142[0][3][0],(void*)0},{&l_142[0][3][0],&l_142[0][4][0],&l_142[0][3][0],(void*)0,(void*)0,&l_142[0][3][0],&l_142[0][4][0]},{(void*)0,&l_142[0][4][0],&l_142[0][3][0],&l_142[0][3][0],&l_142[0][4][0],(void*)0,&l_142[0][4][0]},{&l_142[0][3][0],(void*)0,(void*)0,&l_142[0][3][0],&l_142[0][4][0],&l_142[0][3][0],(void*)0}};
    int32_t * const ***l_140 = &l_141[6][6];
    uint16_t *l_150 = (void*)0;
    uint16_t *l_151 = &g_152;
    uint16_t *l_153[9] = {&g_154,&g_154,&g_154,&g_154,&g_154,&g_154,&g_154,&g_154,&g_154};
    const uint16_t **l_159 = (void*)0;
    const uint16_t *l_161[8][10][3] = {{{&g_162[5][1][0],&g_162[4][0][1],(void*)0},{&g_162[4][0][1],&g_162[4][0][1],&g_162[2][2][3]},{&g_162[8][2][3],&g_162[4][0][1],(void*)0},{&g_162[4][0][1],&g_162[2][0][0],&g_162[4][0][1]},{&g_162[4][0][1],(void*)0,&g_162[4][0][1]},{&g_162[4][0][1],(void*)0,&g_162[0][2][1]},{&g_162[4][0][1],&g_162[4][0][1],(void*)0},{&g_162[4][0][1],(void*)0,&g_162[4][0][1]},{&g_162[7][0][0],&g_162[0][2][1],&g_162[4][0][1]},{&g_162[4][0][1],&g_162[5][1][0],&g_162[4][1][3]}},{{(void*)0,&g_162[4][0][1],&g_162[2][0][1]},{(void*)0,&g_162[4][0][2],&g_162[2][1][2]},{&g_162[4][0][1],&g_162[4][0][1],&g_162[4][0][1]},{&g_162[4][0][1],&g_162[4][0][1],&g_162[4][0][1]},{&g_162[4][0][1],(void*)0,&g_162[4][0][1]},{&g_162[4][0][1],&g_162[8][0][2],&g_162[4][0][1]},{&g_162[7][2][2],&g_162[4][0][1],&g_162[4][0][1]},{(void*)0,&g_162[4][0][1],&g_162[4][0][1]},{&g_162[4][0][1],&g_162[1][0][2],&g_162[2][1][2]},{(void*)0,&g_162[0][0][1],&g_162[2][0][1]}},{{&g_162[8][1][2],&g_162[4][0][1],&g_162[4][1][3]},{(void*)0,&g_162[5][0][2],&g_162[4][0][1]},{(void*)0,(void*)0,&g_162[4][0][1]},{&g_162[2][2][1],&g_162[4][0][1],(void*)0},{(void*)0,(void*)0,&g_162[0][2][1]},{&g_162[4][0][1],(void*)0,&g_162[4][0][1]},{&g_162[2][0][1],&g_162[4][0][1],&g_162[4][0][1]},{&g_162[4][0][1],&g_162[4][0][1],(void*)0},{&g_162[2][1][2],&g_162[4][0][1],&g_162[2][2][3]},{&g_162[4][2][2],(void*)0,(void*)0}},{{&g_162[2][1][2],&g_162[1][2][0],&g_162[8][0][0]},{&g_162[4][0][1],(void*)0,&g_162[4][0][1]},{&g_162[2][0][1],&g_162[4][0][1],(void*)0},{&g_162[4][0][1],&g_162[4][0][1],&g_162[4][0][1]},{(void*)0,&g_162[4][0][1],&g_162[4][0][1]},{&g_162[2][2][1],(void*)0,(void*)0},{(void*)0,&g_162[4][0][1],&g_162[2][2][1]},{(void*)0,&g_162[8][1][2],&g_162[4][0][1]},{&g_162[8][1][2],(void*)0,&g_162[4][0][1]},{(void*)0,&g_162[8][0][0],&g_162[4][0][1]}},{{&g_162[4][0][1],&g_162[7][2][1],&g_162[4][0][1]},{(void*)0,&g_162[0][0][0],&g_162[4][0][1]},{&g_162[7][2][2],&g_162[4][0][1],&g_162[8][1][2]},{&g_162[4][0][1],&g_162[4][0][1],(void*)0},{&g_162[4][0][1],&g_162[7][0][0],&g_162[4][0][1]},{&g_162[8][0][0],&g_162[4][0][1],(void*)0},{(void*)0,&g_162[2][2][1],&g_162[1][2][0]},{&g_162[2][2][3],&g_162[4][0][1],&g_162[0][0][1]},{&g_162[4][0][1],(void*)0,&g_162[2][2][3]},{&g_162[1][2][0],(void*)0,&g_162[4][0][3]}},{{&g_162[4][0][1],&g_162[4][0][1],&g_162[8][0][2]},{&g_162[4][0][1],(void*)0,(void*)0},{&g_162[4][0][1],&g_162[4][0][1],&g_162[4][0][1]},{&g_162[4][0][1],&g_162[4][0][1],(void*)0},{(void*)0,&g_162[4][0][3],&g_162[4][0][1]},{&g_162[4][0][1],&g_162[4][0][1],(void*)0},{&g_162[4][0][1],&g_162[4][0][1],(void*)0},{&g_162[4][0][1],&g_162[4][0][1],(void*)0},{(void*)0,&g_162[5][0][2],&g_162[4][0][1]},{&g_162[4][0][1],&g_162[4][0][2],(void*)0}},{{(void*)0,&g_162[8][1][2],&g_162[4][0][1]},{&g_162[2][1][2],&g_162[2][0][0],(void*)0},{(void*)0,&g_162[4][0][1],&g_162[8][0][2]},{&g_162[3][0][1],(void*)0,&g_162[4][0][3]},{&g_162[2][2][1],(void*)0,&g_162[2][2][3]},{(void*)0,&g_162[4][0][1],&g_162[0][0][1]},{&g_162[4][0][1],&g_162[4][0][1],&g_162[1][2][0]},{&g_162[4][0][1],&g_162[4][0][1],(void*)0},{&g_162[4][2][2],&g_162[4][0][1],&g_162[4][0][1]},{&g_162[0][2][1],(void*)0,&g_162[4][0][1]}},{{(void*)0,(void*)0,(void*)0},{(void*)0,&g_162[4][0][1],&g_162[4][2][2]},{&g_162[0][2][1],(void*)0,&g_162[4][0][1]},{&g_162[4][2][2],&g_162[1][2][0],(void*)0},{&g_162[4][0][1],&g_162[4][0][1],&g_162[4][0][1]},{&g_162[4][0][1],&g_162[2][1][2],&g_162[0][0][0]},{(void*)0,(void*)0,&g_162[2][0][1]},{&g_162[2][2][1],&g_162[4][0][1],&g_162[3][0][1]},{&g_162[3][0][1],(void*)0,&g_162[4][0][1]},{(void*)0,&g_162[4][0][1],&g_162[4][0][1]}}};
    const uint16_t **l_160 = &l_161[0][4][2];
    int i, j, k;
    (*l_117) = l_112;
    if (g_107[0][3])
    { /* block id: 42 */
        (***l_112) = (g_84 | g_107[0][3]);
    }
    else
    { /* block id: 44 */
        uint32_t l_119[1];
        int i;
        for (i = 0; i < 1; i++)
            l_119[i] = 0x43784C60L;
        g_118 ^= g_91[1];
        return l_119[0];
    }
    (***g_144) = ((safe_sub_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u((p_59 = (((safe_mod_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(l_128, g_107[0][0])), ((safe_add_func_uint16_t_u_u(p_57, (-1L))) , (safe_sub_func_uint8_t_u_u((safe_div_func_int64_t_s_s((p_57 || ((((***l_116) = (safe_sub_func_int64_t_s_s((((*l_137) &= (*l_114)) == (((*l_151) = (((l_138 != (g_143 = l_140)) || (((safe_div_func_int32_t_s_s(p_57, g_87[4][6][0])) < (***l_139)) , 0x6AL)) , 65535UL)) || g_74)), 6UL))) ^ 0x45L) & 0xBF960FFDD9DDBCA4LL)), g_74)), p_59))))) || 0L) == p_59)), 12)) <= (-6L)), p_58)) == g_154);
    (*l_113) = ((safe_mul_func_int16_t_s_s((safe_add_func_int16_t_s_s((****l_117), ((*l_151) &= (((*l_160) = ((***l_112) , &p_59)) != &g_162[4][0][1])))), (p_58 < p_58))) , (**l_139));
    return p_58;
}


/* ------------------------------------------ */
/* 
 * reads : g_84 g_107
 * writes: g_84 g_107
 */
static int64_t * func_60(int32_t * p_61, uint64_t  p_62, int32_t * p_63)
{ /* block id: 31 */
    uint8_t l_101 = 249UL;
    int32_t *l_104[4][1][7] = {{{&g_91[1],&g_91[3],&g_91[1],&g_91[1],&g_8,&g_8,&g_91[1]}},{{&g_91[2],&g_91[1],&g_91[2],&g_91[2],&g_8,&g_8,&g_91[2]}},{{&g_91[1],&g_91[3],&g_91[1],&g_91[1],&g_8,&g_8,&g_91[1]}},{{&g_91[2],&g_91[1],&g_91[2],&g_91[2],&g_8,&g_8,&g_91[2]}}};
    int16_t l_105 = 0x9A04L;
    int8_t l_106 = 0xC4L;
    int64_t *l_110[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
    int i, j, k;
    for (g_84 = 25; (g_84 <= 8); g_84 = safe_sub_func_int16_t_s_s(g_84, 1))
    { /* block id: 34 */
        int32_t *l_99 = &g_91[1];
        int32_t *l_100[9] = {&g_91[1],&g_91[1],&g_91[3],&g_91[1],&g_91[1],&g_91[3],&g_91[1],&g_91[1],&g_91[3]};
        int i;
        ++l_101;
    }
    g_107[0][3]++;
    return l_110[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_47
 * writes: g_74 g_84 g_87 g_91 g_92
 */
static int32_t * func_65(int32_t * p_66, uint16_t  p_67)
{ /* block id: 14 */
    int32_t *l_96[8][4] = {{&g_8,&g_8,&g_91[1],&g_91[0]},{&g_91[1],&g_8,&g_91[1],&g_91[1]},{&g_91[1],&g_91[1],&g_91[1],&g_91[1]},{&g_8,&g_91[1],&g_91[0],&g_91[1]},{&g_91[1],&g_8,&g_91[0],&g_91[0]},{&g_8,&g_8,&g_91[1],&g_91[0]},{&g_91[1],&g_8,&g_91[1],&g_91[1]},{&g_91[1],&g_91[1],&g_91[1],&g_91[1]}};
    int32_t **l_95 = &l_96[6][2];
    int i, j;
    for (p_67 = 24; (p_67 < 11); p_67 = safe_sub_func_uint32_t_u_u(p_67, 1))
    { /* block id: 17 */
        uint32_t l_88[1][3];
        int32_t *l_94 = &g_8;
        int32_t **l_93 = &l_94;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_88[i][j] = 0x7E04BE07L;
        }
        if (g_8)
        { /* block id: 18 */
            int32_t l_82 = 6L;
            int64_t *l_83 = &g_84;
            uint64_t *l_85 = (void*)0;
            uint64_t *l_86 = &g_87[4][6][0];
            int32_t *l_90[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_90[i][j] = &g_91[1];
            }
            g_92 = (g_91[1] = (safe_lshift_func_int16_t_s_s(((g_74 = (0L & p_67)) , (safe_lshift_func_int8_t_s_u(p_67, (safe_sub_func_int64_t_s_s((g_47 , (safe_lshift_func_uint8_t_u_u(((!l_82) , (((*l_83) = p_67) | (((((*l_86) = g_8) < l_88[0][0]) != (((!p_67) <= p_67) && 3L)) , l_88[0][0]))), 1))), p_67))))), 15)));
        }
        else
        { /* block id: 24 */
            return &g_91[2];
        }
        (*l_93) = &g_8;
    }
    (*l_95) = &g_91[1];
    return p_66;
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
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_87[i][j][k], "g_87[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_91[i], "g_91[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_92, "g_92", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_107[i][j], "g_107[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_162[i][j][k], "g_162[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_222, "g_222", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_272, "g_272", print_hash_value);
    transparent_crc(g_281, "g_281", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_319[i][j][k], "g_319[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_324, "g_324", print_hash_value);
    transparent_crc(g_349, "g_349", print_hash_value);
    transparent_crc(g_352, "g_352", print_hash_value);
    transparent_crc(g_490, "g_490", print_hash_value);
    transparent_crc(g_493, "g_493", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_494[i], "g_494[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_525, "g_525", print_hash_value);
    transparent_crc(g_616, "g_616", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_671[i], "g_671[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_678[i], "g_678[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_685, "g_685", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_686[i][j][k], "g_686[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_778[i], "g_778[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_786, "g_786", print_hash_value);
    transparent_crc(g_977, "g_977", print_hash_value);
    transparent_crc(g_1062, "g_1062", print_hash_value);
    transparent_crc(g_1067, "g_1067", print_hash_value);
    transparent_crc(g_1139, "g_1139", print_hash_value);
    transparent_crc(g_1197, "g_1197", print_hash_value);
    transparent_crc(g_1335, "g_1335", print_hash_value);
    transparent_crc(g_1442, "g_1442", print_hash_value);
    transparent_crc(g_1563, "g_1563", print_hash_value);
    transparent_crc(g_1627, "g_1627", print_hash_value);
    transparent_crc(g_1666, "g_1666", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 407
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

XXX max expression depth: 34
breakdown:
   depth: 1, occurrence: 82
   depth: 2, occurrence: 23
   depth: 3, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 19, occurrence: 2
   depth: 20, occurrence: 1
   depth: 21, occurrence: 3
   depth: 22, occurrence: 1
   depth: 24, occurrence: 2
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 30, occurrence: 1
   depth: 32, occurrence: 1
   depth: 34, occurrence: 1

XXX total number of pointers: 305

XXX times a variable address is taken: 708
XXX times a pointer is dereferenced on RHS: 239
breakdown:
   depth: 1, occurrence: 158
   depth: 2, occurrence: 45
   depth: 3, occurrence: 30
   depth: 4, occurrence: 5
   depth: 5, occurrence: 1
XXX times a pointer is dereferenced on LHS: 218
breakdown:
   depth: 1, occurrence: 148
   depth: 2, occurrence: 31
   depth: 3, occurrence: 29
   depth: 4, occurrence: 5
   depth: 5, occurrence: 5
XXX times a pointer is compared with null: 43
XXX times a pointer is compared with address of another variable: 12
XXX times a pointer is compared with another pointer: 12
XXX times a pointer is qualified to be dereferenced: 6315

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 744
   level: 2, occurrence: 280
   level: 3, occurrence: 216
   level: 4, occurrence: 81
   level: 5, occurrence: 102
XXX number of pointers point to pointers: 132
XXX number of pointers point to scalars: 173
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 27.5
XXX average alias set size: 1.44

XXX times a non-volatile is read: 1506
XXX times a non-volatile is write: 757
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 5

XXX stmts: 83
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 28
   depth: 1, occurrence: 18
   depth: 2, occurrence: 19
   depth: 3, occurrence: 8
   depth: 4, occurrence: 6
   depth: 5, occurrence: 4

XXX percentage a fresh-made variable is used: 15.1
XXX percentage an existing variable is used: 84.9
********************* end of statistics **********************/

