/* test_objload.c: the ELF relocatable loader (objload.c) on an x86-64 object built here byte by
 * byte and an AArch64 object from the cross toolchain (tests/objload_a64.S): each relocation kind
 * the optimizing tier's objects use lands where it should, imports come from the table only, and
 * malformed objects (truncated, flipped, out of bounds, unknown kinds) are refused without a
 * crash. */
#include <elf.h>

#include "internal.h"
#include "t.h"

static int64_t t_add(int64_t a, int64_t b) { return a + b; }

/* The test object's layout (offsets in the file). */
enum {
  O_TEXT = 64, N_TEXT = 48,
  O_RODATA = O_TEXT + N_TEXT, N_RODATA = 16,
  O_RELA = O_RODATA + N_RODATA, N_RELA = 4,
  O_SYM = O_RELA + N_RELA * 24, N_SYM = 7,
  O_STR = O_SYM + N_SYM * 24, N_STR = 64,
  O_SH = O_STR + N_STR, N_SH = 6,
  OBJ_LEN = O_SH + N_SH * 64
};
/* Text offsets of the four functions. */
enum { F0 = 0, F1 = 16, F2 = 24, F3 = 32 };

static _Alignas(8) uint8_t g_obj[OBJ_LEN];

static void put_sym(int i, uint32_t name, unsigned char info, uint16_t shndx, uint64_t value) {
  Elf64_Sym s = {.st_name = name, .st_info = info, .st_shndx = shndx, .st_value = value};
  memcpy(g_obj + O_SYM + 24 * i, &s, sizeof s);
}
static void put_rela(int i, uint64_t off, uint32_t sym, uint32_t type, int64_t addend) {
  Elf64_Rela r = {.r_offset = off, .r_info = ELF64_R_INFO(sym, type), .r_addend = addend};
  memcpy(g_obj + O_RELA + 24 * i, &r, sizeof r);
}
static void put_sh(int i, uint32_t type, uint64_t flags, uint64_t off, uint64_t size, uint32_t link,
                   uint32_t info, uint64_t align, uint64_t entsize) {
  Elf64_Shdr s = {.sh_type = type, .sh_flags = flags, .sh_offset = off, .sh_size = size,
                  .sh_link = link, .sh_info = info, .sh_addralign = align, .sh_entsize = entsize};
  memcpy(g_obj + O_SH + 64 * i, &s, sizeof s);
}

/* hearth_e0: lea rax,[rip+.rodata] (PC32); mov rax,[rax]; ret      -> 0x1122334455667788
 * hearth_e1: jmp t_add (PLT32: through a stub)                        -> a + b
 * hearth_e2: mov rax,[rip+t_add@GOTPCREL] (REX_GOTPCRELX); ret        -> &t_add
 * hearth_e3: movabs rax,.rodata+8 (R_X86_64_64); ret                  -> &second constant */
static void build(void) {
  memset(g_obj, 0, sizeof g_obj);
  Elf64_Ehdr eh = {.e_type = ET_REL, .e_machine = EM_X86_64, .e_version = EV_CURRENT,
                   .e_shoff = O_SH, .e_ehsize = sizeof(Elf64_Ehdr), .e_shentsize = sizeof(Elf64_Shdr),
                   .e_shnum = N_SH, .e_shstrndx = 0};
  memcpy(eh.e_ident, ELFMAG, SELFMAG);
  eh.e_ident[EI_CLASS] = ELFCLASS64;
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_ident[EI_VERSION] = EV_CURRENT;
  memcpy(g_obj, &eh, sizeof eh);
  uint8_t *t = g_obj + O_TEXT;
  memset(t, 0xcc, N_TEXT);
  const uint8_t f0[] = {0x48, 0x8d, 0x05, 0, 0, 0, 0, 0x48, 0x8b, 0x00, 0xc3};
  const uint8_t f1[] = {0xe9, 0, 0, 0, 0};
  const uint8_t f2[] = {0x48, 0x8b, 0x05, 0, 0, 0, 0, 0xc3};
  const uint8_t f3[] = {0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0xc3};
  memcpy(t + F0, f0, sizeof f0);
  memcpy(t + F1, f1, sizeof f1);
  memcpy(t + F2, f2, sizeof f2);
  memcpy(t + F3, f3, sizeof f3);
  const uint64_t k[2] = {0x1122334455667788ull, 0x0102030405060708ull};
  memcpy(g_obj + O_RODATA, k, sizeof k);
  /* strtab: "\0hearth_e0\0hearth_e1\0hearth_e2\0hearth_e3\0t_add\0" */
  const char str[] = "\0hearth_e0\0hearth_e1\0hearth_e2\0hearth_e3\0t_add";
  memcpy(g_obj + O_STR, str, sizeof str);
  put_sym(1, 0, ELF64_ST_INFO(STB_LOCAL, STT_SECTION), 2, 0);
  put_sym(2, 1, ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 1, F0);
  put_sym(3, 11, ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 1, F1);
  put_sym(4, 21, ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 1, F2);
  put_sym(5, 31, ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 1, F3);
  put_sym(6, 41, ELF64_ST_INFO(STB_GLOBAL, STT_NOTYPE), SHN_UNDEF, 0);
  put_rela(0, F0 + 3, 1, R_X86_64_PC32, -4);
  put_rela(1, F1 + 1, 6, R_X86_64_PLT32, -4);
  put_rela(2, F2 + 3, 6, R_X86_64_REX_GOTPCRELX, -4);
  put_rela(3, F3 + 2, 1, R_X86_64_64, 8);
  put_sh(1, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, O_TEXT, N_TEXT, 0, 0, 16, 0);
  put_sh(2, SHT_PROGBITS, SHF_ALLOC, O_RODATA, N_RODATA, 0, 0, 8, 0);
  put_sh(3, SHT_RELA, SHF_INFO_LINK, O_RELA, N_RELA * 24, 4, 1, 8, 24);
  put_sh(4, SHT_SYMTAB, 0, O_SYM, N_SYM * 24, 5, 2, 8, 24);
  put_sh(5, SHT_STRTAB, 0, O_STR, N_STR, 0, 0, 1, 0);
}

static const h_obj_import k_imports[] = {{"memcpy", (void *)(uintptr_t)memcpy},
                                         {"t_add", (void *)(uintptr_t)t_add}};

static h_obj *load(const uint8_t *p, size_t len, void **e, char *err) {
  return h_obj_load(p, len, k_imports, 2, "hearth_e", e, 4, err, 200);
}

/* Every relocation kind lands: the functions return what their references point at. */
static void relocates(void) {
  build();
  void *e[4] = {0};
  char err[200];
#if !defined(__x86_64__)
  /* The object is x86-64 code: on another machine (aarch64 under make test-aarch64) the loader
   * refuses it, since it could not run there. */
  CHECK(load(g_obj, OBJ_LEN, e, err) == NULL);
  CHECK(strstr(err, "machine") != NULL);
  return;
#endif
  h_obj *o = load(g_obj, OBJ_LEN, e, err);
  if (!o) fprintf(stderr, "refused: %s\n", err);
  CHECK(o != NULL);
  for (int i = 0; i < 4; i++) CHECK(e[i] != NULL);
  CHECK_EQ_INT(((int64_t(*)(void))(uintptr_t)e[0])(), 0x1122334455667788ll);
  CHECK_EQ_INT(((int64_t(*)(int64_t, int64_t))(uintptr_t)e[1])(40, 2), 42);
  CHECK(((void *(*)(void))(uintptr_t)e[2])() == (void *)(uintptr_t)t_add);
  const int64_t *k = ((const int64_t *(*)(void))(uintptr_t)e[3])();
  CHECK_EQ_INT(*k, 0x0102030405060708ll);
  CHECK(h_obj_size(o) >= 2 * 4096); /* text+stubs, constants+GOT: separate pages */
  h_obj_free(o);
  /* Imports come from the table alone: without t_add the object is refused. */
  CHECK(h_obj_load(g_obj, OBJ_LEN, k_imports, 1, "hearth_e", e, 4, err, sizeof err) == NULL);
  CHECK(strstr(err, "t_add") != NULL);
}

/* Specific malformations are refused with a reason. */
static void refuses_malformed(void) {
  char err[200];
  void *e[4];
  struct { const char *what; size_t off; uint64_t val; unsigned width; } bad[] = {
      {"other machine", offsetof(Elf64_Ehdr, e_machine), EM_AARCH64, 2},
      {"shared object", offsetof(Elf64_Ehdr, e_type), ET_DYN, 2},
      {"section table outside", offsetof(Elf64_Ehdr, e_shoff), OBJ_LEN - 8, 8},
      {"text outside", O_SH + 64 + offsetof(Elf64_Shdr, sh_offset), OBJ_LEN, 8},
      {"writable text", O_SH + 64 + offsetof(Elf64_Shdr, sh_flags), SHF_ALLOC | SHF_EXECINSTR | SHF_WRITE, 8},
      {"TLS section", O_SH + 128 + offsetof(Elf64_Shdr, sh_flags), SHF_ALLOC | SHF_TLS, 8},
      {"init array", O_SH + 128 + offsetof(Elf64_Shdr, sh_type), SHT_INIT_ARRAY, 4},
      {"relocation type", O_RELA + offsetof(Elf64_Rela, r_info), ELF64_R_INFO(1, R_X86_64_TPOFF64), 8},
      {"relocation symbol", O_RELA + offsetof(Elf64_Rela, r_info), ELF64_R_INFO(99, R_X86_64_PC32), 8},
      {"relocation offset", O_RELA + offsetof(Elf64_Rela, r_offset), N_TEXT - 2, 8},
      {"symbol name", O_SYM + 24 * 2 + offsetof(Elf64_Sym, st_name), 5000, 4},
      {"common symbol", O_SYM + 24 * 6 + offsetof(Elf64_Sym, st_shndx), SHN_COMMON, 2},
      {"symbol value", O_SYM + 24 * 2 + offsetof(Elf64_Sym, st_value), 4096, 8},
      {"32S overflow", O_RELA + 24 * 3 + offsetof(Elf64_Rela, r_info), ELF64_R_INFO(1, R_X86_64_32S), 8},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    build();
    memcpy(g_obj + bad[i].off, &bad[i].val, bad[i].width);
    h_obj *o = load(g_obj, OBJ_LEN, e, err);
    if (o) fprintf(stderr, "not refused: %s\n", bad[i].what);
    CHECK(o == NULL);
    CHECK(err[0] != 0);
  }
  build();
  CHECK(load(NULL, 0, e, err) == NULL);
  CHECK(load(g_obj + 4, OBJ_LEN - 8, e, err) == NULL); /* misaligned / not ELF */
}

/* Every truncation is refused; every single-bit flip loads or is refused, never crashes (ASan
 * checks the reads stay inside the buffer), and a flip of the header or tables is mostly refused. */
static void truncated_and_flipped(void) {
  char err[200];
  void *e[4];
  build();
  static _Alignas(8) uint8_t copy[OBJ_LEN];
  for (size_t n = 0; n < OBJ_LEN; n++) {
    memcpy(copy, g_obj, n);
    CHECK(load(copy, n, e, err) == NULL);
  }
  unsigned refused = 0, tried = 0;
  for (size_t i = 0; i < OBJ_LEN; i++) {
    for (int b = 0; b < 8; b++) {
      memcpy(copy, g_obj, OBJ_LEN);
      copy[i] ^= (uint8_t)(1u << b);
      h_obj *o = load(copy, OBJ_LEN, e, err);
      tried++;
      if (!o) refused++;
      h_obj_free(o);
    }
  }
  fprintf(stderr, "%u of %u single-bit flips refused\n", refused, tried);
  CHECK(refused > tried / 4);
}

/* ---------------------------------------------------------------- AArch64 */

/* tests/objload_a64.o: assembled by the cross toolchain from tests/objload_a64.S (`make
 * objload-a64`) and checked in, since the aarch64 tests run under qemu-user, where no compiler
 * runs; every AArch64 relocation kind objload.c knows appears in it once at least. Read from the
 * source tree (the tests run at its root), 8-byte aligned as h_obj_load requires. */
static _Alignas(8) uint8_t g_a64[8192];

static size_t read_a64(void) {
  FILE *f = fopen("tests/objload_a64.o", "rb");
  CHECK(f != NULL);
  size_t n = fread(g_a64, 1, sizeof g_a64, f);
  CHECK(feof(f) && n > sizeof(Elf64_Ehdr));
  fclose(f);
  return n;
}

static h_obj *load_a64(size_t n, void **e, char *err) {
  return h_obj_load(g_a64, n, k_imports, 2, "hearth_e", e, 9, err, 200);
}

/* The relocation at index k of the object's .rela.text (the one RELA section against .text);
 * *count: how many it has. */
static Elf64_Rela *a64_rela(size_t k, size_t *count) {
  const Elf64_Ehdr *eh = (const Elf64_Ehdr *)g_a64;
  Elf64_Shdr *sh = (Elf64_Shdr *)(g_a64 + eh->e_shoff);
  for (unsigned i = 0; i < eh->e_shnum; i++)
    if (sh[i].sh_type == SHT_RELA && sh[i].sh_info == 1) {
      *count = sh[i].sh_size / sizeof(Elf64_Rela);
      CHECK(k < *count);
      return (Elf64_Rela *)(g_a64 + sh[i].sh_offset) + k;
    }
  CHECK(!"no .rela.text");
  return NULL;
}

/* The cross compiler's object: on aarch64 every entry returns what its relocations point at (a
 * call and a tail call to an import through stubs, a GOT slot, ADRP with ADD and with loads and
 * stores of every size, the no-check ADRP, ABS64, PREL32, PREL64); on x86-64 it is refused. */
static void a64_relocates(void) {
  size_t n = read_a64();
  void *e[9] = {0};
  char err[200];
  CHECK_EQ_INT(((const Elf64_Ehdr *)g_a64)->e_machine, EM_AARCH64);
#if !defined(__aarch64__)
  CHECK(load_a64(n, e, err) == NULL);
  CHECK(strstr(err, "machine") != NULL);
  for (int i = 0; i < 9; i++) CHECK(e[i] == NULL);
  return;
#endif
  h_obj *o = load_a64(n, e, err);
  if (!o) fprintf(stderr, "refused: %s\n", err);
  CHECK(o != NULL);
  for (int i = 0; i < 9; i++) CHECK(e[i] != NULL);
  /* Calls to imports go through a stub whatever the distance (libhearth may be beyond a branch's
   * +-128 MiB): e0's bl (its third instruction) lands on `adrp x16, ...` in the image. */
  uint32_t bl;
  memcpy(&bl, (const uint8_t *)e[0] + 8, 4);
  CHECK((bl & 0xfc000000u) == 0x94000000u);
  const uint8_t *to = (const uint8_t *)e[0] + 8 + (int64_t)((int32_t)(bl << 6) >> 6) * 4;
  CHECK(to != (const uint8_t *)(uintptr_t)t_add);
  uint32_t adrp;
  memcpy(&adrp, to, 4);
  CHECK((adrp & 0x9f00001fu) == 0x90000010u);
  fprintf(stderr, "t_add is %lld MiB from the code\n",
          (long long)(((intptr_t)(uintptr_t)t_add - (intptr_t)(uintptr_t)e[0]) >> 20));
  typedef int64_t (*fn2)(int64_t, int64_t);
  typedef int64_t (*fn0)(void);
  typedef const void *(*fnp)(void);
  CHECK_EQ_INT(((fn2)(uintptr_t)e[0])(40, 2), 42);
  CHECK_EQ_INT(((fn2)(uintptr_t)e[1])(-7, 10), 3);
  CHECK(((fnp)(uintptr_t)e[2])() == (const void *)(uintptr_t)t_add);
  const int64_t *k64 = ((const int64_t *(*)(void))(uintptr_t)e[3])();
  CHECK_EQ_INT(*k64, 0x4400000000000000ll);
  CHECK_EQ_INT(((fn0)(uintptr_t)e[4])(), 0x4400005533002211ll);
  CHECK_EQ_INT(((fn0)(uintptr_t)e[5])(), 0x4400000000000000ll);
  CHECK(((fnp)(uintptr_t)e[6])() == (const void *)(uintptr_t)t_add);
  CHECK(((fnp)(uintptr_t)e[7])() == (const void *)k64);
  CHECK(((fnp)(uintptr_t)e[8])() == (const void *)k64);
  h_obj_free(o);
}

/* AArch64-specific refusals (aarch64 only: elsewhere the machine refuses first): a relocation kind
 * not known (TLS), a GOT reference with an addend (the slot holds the symbol alone), a load whose
 * low 12 bits are not a multiple of its size, and an import missing from the table. */
static void a64_refuses(void) {
  size_t n = read_a64();
  void *e[9];
  char err[200];
#if !defined(__aarch64__)
  CHECK(load_a64(n, e, err) == NULL);
  return;
#endif
  static _Alignas(8) uint8_t orig[sizeof g_a64];
  memcpy(orig, g_a64, n);
  struct { size_t k; uint32_t type; int64_t addend; const char *why; } bad[] = {
      {0, R_AARCH64_TLSLE_ADD_TPREL_HI12, 0, "not supported"},
      {3, R_AARCH64_LD64_GOT_LO12_NC, 8, "addend"},
      {7, R_AARCH64_LDST64_ABS_LO12_NC, 0x1e, "misaligned"}, /* an 8-byte load of k8 */
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    memcpy(g_a64, orig, n);
    size_t nr;
    Elf64_Rela *r = a64_rela(bad[i].k, &nr);
    r->r_info = ELF64_R_INFO(ELF64_R_SYM(r->r_info), bad[i].type);
    r->r_addend = bad[i].addend;
    h_obj *o = load_a64(n, e, err);
    if (o) fprintf(stderr, "not refused: case %zu\n", i);
    CHECK(o == NULL);
    if (!strstr(err, bad[i].why)) fprintf(stderr, "case %zu: %s\n", i, err);
    CHECK(strstr(err, bad[i].why) != NULL);
  }
  memcpy(g_a64, orig, n);
  CHECK(h_obj_load(g_a64, n, k_imports, 1, "hearth_e", e, 9, err, sizeof err) == NULL);
  CHECK(strstr(err, "t_add") != NULL);
  h_obj *o = load_a64(n, e, err); /* the untouched object still loads */
  CHECK(o != NULL);
  h_obj_free(o);
  /* Every single-bit flip of a relocation entry loads or is refused, never crashes. */
  size_t nr;
  Elf64_Rela *r0 = a64_rela(0, &nr);
  size_t from = (size_t)((uint8_t *)r0 - g_a64), len = nr * sizeof *r0;
  unsigned refused = 0;
  for (size_t i = from; i < from + len; i++)
    for (int b = 0; b < 8; b++) {
      memcpy(g_a64, orig, n);
      g_a64[i] ^= (uint8_t)(1u << b);
      o = load_a64(n, e, err);
      if (!o) refused++;
      h_obj_free(o);
    }
  fprintf(stderr, "%u of %zu single-bit flips of .rela.text refused\n", refused, len * 8);
  CHECK(refused > 0);
}

T_MAIN(T_CASE(relocates), T_CASE(refuses_malformed), T_CASE(truncated_and_flipped),
       T_CASE(a64_relocates), T_CASE(a64_refuses))
