/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 53 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      53
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_4[8][6] = {{0xB3A00D0EL,(-1L),3L,0xA2AE7B79L,3L,(-1L)},{2L,0xB3A00D0EL,3L,0x223FA3A9L,9L,0xA2AE7B79L},{0x495E3B37L,0x223FA3A9L,(-1L),(-1L),0x223FA3A9L,0x495E3B37L},{(-1L),0x223FA3A9L,0x495E3B37L,0xB1647C2CL,9L,3L},{3L,0xB3A00D0EL,2L,0xB3A00D0EL,3L,0x223FA3A9L},{3L,(-1L),0xB3A00D0EL,0xB1647C2CL,0xB82C4475L,0xB82C4475L},{(-1L),9L,9L,(-1L),2L,0xB82C4475L},{0x495E3B37L,0xB82C4475L,0xB3A00D0EL,0x223FA3A9L,0xB82C4475L,(-1L)}};
static int32_t g_7[1] = {0x70E81DE9L};


/* --- FORWARD DECLARATIONS --- */
static const int16_t  func_1(void);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_7
 * writes: g_4 g_7
 */
static const int16_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_2 = 0UL;
    int32_t *l_3 = &g_4[5][3];
lbl_8:
    (*l_3) |= l_2;
    for (l_2 = 0; (l_2 <= 5); l_2 += 1)
    { /* block id: 4 */
        int32_t *l_5[2][5] = {{&g_4[0][1],&g_4[0][1],(void*)0,&g_4[0][1],&g_4[0][1]},{(void*)0,&g_4[0][1],(void*)0,(void*)0,&g_4[0][1]}};
        int32_t **l_6 = &l_5[0][4];
        int i, j;
        (*l_6) = l_5[0][4];
        if (g_4[0][3])
            break;
        for (g_7[0] = 4; (g_7[0] >= 0); g_7[0] -= 1)
        { /* block id: 9 */
            int i, j;
            return g_4[l_2][g_7[0]];
        }
    }
    if (l_2)
        goto lbl_8;
    return (*l_3);
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int i, j;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_4[i][j], "g_4[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_7[i], "g_7[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 2
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

XXX max expression depth: 2
breakdown:
   depth: 1, occurrence: 8
   depth: 2, occurrence: 2

XXX total number of pointers: 3

XXX times a variable address is taken: 3
XXX times a pointer is dereferenced on RHS: 1
breakdown:
   depth: 1, occurrence: 1
XXX times a pointer is dereferenced on LHS: 2
breakdown:
   depth: 1, occurrence: 2
XXX times a pointer is compared with null: 0
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 2

XXX max dereference level: 1
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 5
XXX number of pointers point to pointers: 1
XXX number of pointers point to scalars: 2
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 33.3
XXX average alias set size: 1.33

XXX times a non-volatile is read: 8
XXX times a non-volatile is write: 6
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 8
XXX max block depth: 2
breakdown:
   depth: 0, occurrence: 4
   depth: 1, occurrence: 3
   depth: 2, occurrence: 1

XXX percentage a fresh-made variable is used: 50
XXX percentage an existing variable is used: 50
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

