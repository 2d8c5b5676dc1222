/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 13 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      13
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 0L;


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3
 * writes:
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_2 = &g_3;
    int32_t *l_4 = &g_3;
    int32_t *l_5 = &g_3;
    int32_t *l_6 = &g_3;
    int32_t *l_7 = &g_3;
    int32_t *l_8 = &g_3;
    int32_t *l_9[6] = {&g_3,&g_3,&g_3,&g_3,&g_3,&g_3};
    uint64_t l_10[6][10] = {{0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL},{0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL},{0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL},{0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL},{0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL},{0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL,0xC556123D4A1CF041LL}};
    int i, j;
    l_10[5][6]++;
    return (*l_7);
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 1
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

XXX max expression depth: 1
breakdown:
   depth: 1, occurrence: 3

XXX total number of pointers: 7

XXX times a variable address is taken: 7
XXX times a pointer is dereferenced on RHS: 1
breakdown:
   depth: 1, occurrence: 1
XXX times a pointer is dereferenced on LHS: 0
breakdown:
XXX times a pointer is compared with null: 0
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 44

XXX max dereference level: 1
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2
XXX number of pointers point to pointers: 0
XXX number of pointers point to scalars: 7
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 14.3
XXX average alias set size: 1.14

XXX times a non-volatile is read: 2
XXX times a non-volatile is write: 1
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 2
XXX max block depth: 0
breakdown:
   depth: 0, occurrence: 2

XXX percentage a fresh-made variable is used: 14.3
XXX percentage an existing variable is used: 85.7
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

