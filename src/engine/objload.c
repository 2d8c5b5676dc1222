/* objload.c: a loader for the optimizing tier's machine code: an x86-64 or AArch64 ELF
 * relocatable object (what the plugin emits and the code cache keeps) mapped into this process and
 * relocated. */
#include "internal.h"

#include <elf.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

/* Contract (internal.h h_obj_load): the object comes from a file anyone could have written, so
 * nothing in it is trusted before it is checked. The header, every section, symbol and relocation
 * is bounds-checked against the buffer; only PROGBITS/NOBITS sections with SHF_ALLOC are loaded
 * (text RX, constants R, data RW; writable code, TLS and anything needing start-up code is
 * refused); undefined symbols must be names of the caller's import table (no lookup in the
 * process: code cannot reach what hearth did not hand it); only the relocation kinds listed in
 * kind_x86() or kind_a64() (this machine's) are known, and each result must fit its field.
 * Anything else refuses the whole object before a byte of it is made executable. The loader
 * cannot judge the instructions themselves: the cache's checksum and ownership rules (cache.c)
 * stand for their origin.
 *
 * Layout: one anonymous mapping, [text sections | call stubs] [constants | GOT] [data], each
 * part page-aligned, so every PC-relative reference within the object reaches (< 2 GiB:
 * H_OBJ_MAX_BYTES; AArch64 ADRP: +-4 GiB). A call to an import (x86-64 PLT32; AArch64 CALL26 or
 * JUMP26, whose reach is +-128 MiB) goes through a stub (`jmp *slot(%rip)`; `adrp x16, slot;
 * ldr x16, [x16, :lo12:slot]; br x16`), since libhearth may lie farther away; GOT references
 * (GOTPCREL[X]; ADR_GOT_PAGE, LD64_GOT_LO12_NC) get a slot. A branch within the object that does
 * not reach (AArch64: text over 128 MiB, far beyond H_OPT_MAX_CODE_BYTES) refuses the object.
 * New code is made visible to the instruction cache (__builtin___clear_cache) before it runs. */

struct h_obj {
  uint8_t *base;
  size_t size;
};

typedef struct {
  const uint8_t *p;
  size_t len;
  const Elf64_Shdr *sh;
  uint32_t nsh;
  const Elf64_Sym *sym;
  uint32_t nsym;
  const char *str;
  size_t strlen;
  uint64_t *secaddr;  /* per section: load offset in the image, or UINT64_MAX (not loaded) */
  uint64_t *symaddr;  /* per symbol: absolute address once the image is mapped */
  uint8_t *symkind;   /* per symbol: 0 unresolved/unused, 1 in the image, 2 import, 3 absolute */
  uint32_t *slot;     /* per symbol: GOT slot + 1, 0 = none */
  uint32_t *stub;     /* per symbol: stub + 1, 0 = none */
  char *err;
  size_t errlen;
} ld;

H_PRINTF(2, 3) static bool refuse(ld *l, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (l->errlen) vsnprintf(l->err, l->errlen, fmt, ap);
  va_end(ap);
  return false;
}

static bool in_buf(const ld *l, uint64_t off, uint64_t n) { return off <= l->len && n <= l->len - off; }

static uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }

/* The NUL-terminated name at off in the symbol string table, or NULL. */
static const char *sym_name(const ld *l, uint32_t off) {
  if (off >= l->strlen) return NULL;
  return memchr(l->str + off, 0, l->strlen - off) ? l->str + off : NULL;
}

/* 0 = not loaded, 1 = text, 2 = constants, 3 = data; -1 = refused. */
static int sec_class(const Elf64_Shdr *s) {
  if (!(s->sh_flags & SHF_ALLOC)) return 0;
  if (s->sh_type == SHT_X86_64_UNWIND) return 0; /* .eh_frame: nothing unwinds optimized code */
  if (s->sh_type != SHT_PROGBITS && s->sh_type != SHT_NOBITS) return -1;
  if (s->sh_flags & SHF_TLS) return -1;
  if (s->sh_flags & SHF_EXECINSTR) return (s->sh_flags & SHF_WRITE) || s->sh_type == SHT_NOBITS ? -1 : 1;
  return s->sh_flags & SHF_WRITE ? 3 : 2;
}

/* Section i is .eh_frame, which nothing reads (nothing unwinds optimized code): AArch64 has no
 * section type of its own for it (x86-64: SHT_X86_64_UNWIND, sec_class), so it goes by name. A
 * malformed name table only means that the section is loaded. */
static bool is_eh_frame(const ld *l, uint32_t i) {
  uint32_t k = ((const Elf64_Ehdr *)l->p)->e_shstrndx;
  if (k == SHN_UNDEF || k >= l->nsh || l->sh[k].sh_type != SHT_STRTAB) return false;
  const Elf64_Shdr *st = &l->sh[k]; /* inside the file: parse checked every section */
  static const char name[] = ".eh_frame";
  return st->sh_size >= sizeof name && l->sh[i].sh_name <= st->sh_size - sizeof name &&
         memcmp(l->p + st->sh_offset + l->sh[i].sh_name, name, sizeof name) == 0;
}

/* The machine whose objects are loaded: this process's (an object for another machine could not
 * run here). x86-64 and AArch64 relocation kinds are known; on any other machine every object is
 * refused, and the optimizing tier falls back to the other tiers. */
#if defined(__x86_64__)
#define H_OBJ_MACHINE EM_X86_64
#define H_OBJ_STUB_BYTES 8u
#elif defined(__aarch64__)
#define H_OBJ_MACHINE EM_AARCH64
#define H_OBJ_STUB_BYTES 16u
#else
#define H_OBJ_MACHINE EM_NONE
#define H_OBJ_STUB_BYTES 8u
#endif

static bool parse(ld *l) {
  const Elf64_Ehdr *eh = (const Elf64_Ehdr *)l->p;
  if (l->len < sizeof *eh || ((uintptr_t)l->p & 7)) return refuse(l, "too short or misaligned");
  if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
      eh->e_ident[EI_DATA] != ELFDATA2LSB || eh->e_ident[EI_VERSION] != EV_CURRENT)
    return refuse(l, "not a little-endian ELF64 file");
  if (eh->e_type != ET_REL || H_OBJ_MACHINE == EM_NONE || eh->e_machine != H_OBJ_MACHINE)
    return refuse(l, "not a relocatable object for this machine");
  if (eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shnum == 0 || eh->e_shnum >= SHN_LORESERVE ||
      (eh->e_shoff & 7) || !in_buf(l, eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr)))
    return refuse(l, "bad section header table");
  l->sh = (const Elf64_Shdr *)(l->p + eh->e_shoff);
  l->nsh = eh->e_shnum;
  const Elf64_Shdr *symtab = NULL;
  for (uint32_t i = 0; i < l->nsh; i++) {
    const Elf64_Shdr *s = &l->sh[i];
    if (s->sh_type != SHT_NOBITS && s->sh_type != SHT_NULL && !in_buf(l, s->sh_offset, s->sh_size))
      return refuse(l, "section %u outside the file", i);
    if (s->sh_addralign > 4096 || (s->sh_addralign & (s->sh_addralign - 1)))
      return refuse(l, "section %u: bad alignment", i);
    if (sec_class(s) < 0) return refuse(l, "section %u: kind not supported", i);
    if (s->sh_type == SHT_REL) return refuse(l, "REL relocations not supported");
    if (s->sh_type == SHT_SYMTAB) {
      if (symtab) return refuse(l, "two symbol tables");
      symtab = s;
    }
  }
  if (!symtab || symtab->sh_entsize != sizeof(Elf64_Sym) || (symtab->sh_offset & 7) ||
      symtab->sh_size % sizeof(Elf64_Sym) || symtab->sh_link >= l->nsh ||
      l->sh[symtab->sh_link].sh_type != SHT_STRTAB)
    return refuse(l, "bad symbol table");
  if (symtab->sh_size / sizeof(Elf64_Sym) > UINT32_MAX / 2) return refuse(l, "too many symbols");
  l->sym = (const Elf64_Sym *)(l->p + symtab->sh_offset);
  l->nsym = (uint32_t)(symtab->sh_size / sizeof(Elf64_Sym));
  const Elf64_Shdr *st = &l->sh[symtab->sh_link];
  l->str = (const char *)(l->p + st->sh_offset);
  l->strlen = st->sh_size;
  return true;
}

/* Resolves every symbol to an image offset, an import or an absolute value. */
static bool resolve_syms(ld *l, const h_obj_import *imp, size_t nimp) {
  for (uint32_t i = 1; i < l->nsym; i++) {
    const Elf64_Sym *s = &l->sym[i];
    const char *name = sym_name(l, s->st_name);
    if (!name) return refuse(l, "symbol %u: bad name", i);
    unsigned type = ELF64_ST_TYPE(s->st_info);
    if (type == STT_FILE) continue;
    if (type == STT_TLS || type == STT_GNU_IFUNC) return refuse(l, "symbol %s: kind not supported", name);
    if (s->st_shndx == SHN_UNDEF) {
      size_t k = 0;
      while (k < nimp && strcmp(imp[k].name, name) != 0) k++;
      if (k == nimp) return refuse(l, "unknown external symbol %s", name);
      l->symaddr[i] = (uint64_t)(uintptr_t)imp[k].addr;
      l->symkind[i] = 2;
    } else if (s->st_shndx == SHN_ABS) {
      l->symaddr[i] = s->st_value;
      l->symkind[i] = 3;
    } else if (s->st_shndx >= l->nsh) {
      return refuse(l, "symbol %s: bad section", name);
    } else if (l->secaddr[s->st_shndx] != UINT64_MAX) {
      if (s->st_value > l->sh[s->st_shndx].sh_size) return refuse(l, "symbol %s outside its section", name);
      l->symkind[i] = 1; /* its address once the image is laid out and mapped */
    }
  }
  return true;
}

static bool fits32s(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* What a relocation kind needs: the bytes it writes, whether it refers to a GOT slot, whether a
 * reference to an import goes through a stub (calls and jumps: libhearth may lie beyond their
 * reach), and the addend a GOT slot requires (AArch64: the slot holds S itself, so only A = 0). */
typedef struct {
  unsigned width;
  bool got, stub;
  bool zero_addend;
} rkind;

/* x86-64 (System V psABI): false for a kind not listed (the object is refused). */
static bool kind_x86(uint32_t type, rkind *k) {
  *k = (rkind){.width = 4};
  switch (type) {
  case R_X86_64_64: case R_X86_64_PC64: k->width = 8; return true;
  case R_X86_64_PC32: case R_X86_64_32: case R_X86_64_32S: return true;
  case R_X86_64_PLT32: k->stub = true; return true;
  case R_X86_64_GOTPCREL: case R_X86_64_GOTPCRELX: case R_X86_64_REX_GOTPCRELX:
    k->got = true;
    return true;
  default: return false;
  }
}

/* AArch64 (AAELF64): what LLVM emits for the small code model, position independent (checked
 * with llvm-readelf-19 -r on the tier's objects: docs/perf.md), and its neighbours: data words,
 * PC-relative words, calls and jumps (imm26), ADRP pages with their low 12 bits in an ADD or a
 * load/store, GOT pages and slots. */
static bool kind_a64(uint32_t type, rkind *k) {
  *k = (rkind){.width = 4};
  switch (type) {
  case R_AARCH64_ABS64: case R_AARCH64_PREL64: k->width = 8; return true;
  case R_AARCH64_PREL32: case R_AARCH64_ADR_PREL_PG_HI21: case R_AARCH64_ADR_PREL_PG_HI21_NC:
  case R_AARCH64_ADD_ABS_LO12_NC: case R_AARCH64_LDST8_ABS_LO12_NC:
  case R_AARCH64_LDST16_ABS_LO12_NC: case R_AARCH64_LDST32_ABS_LO12_NC:
  case R_AARCH64_LDST64_ABS_LO12_NC: case R_AARCH64_LDST128_ABS_LO12_NC:
    return true;
  case R_AARCH64_CALL26: case R_AARCH64_JUMP26: k->stub = true; return true;
  case R_AARCH64_ADR_GOT_PAGE: case R_AARCH64_LD64_GOT_LO12_NC:
    k->got = k->zero_addend = true;
    return true;
  default: return false;
  }
}

static bool apply_x86(ld *l, uint32_t type, uint8_t *at, uint64_t v64, int64_t rel) {
  switch (type) {
  case R_X86_64_64: memcpy(at, &v64, 8); break;
  case R_X86_64_PC64: memcpy(at, &rel, 8); break;
  case R_X86_64_32:
    if (v64 > UINT32_MAX) return refuse(l, "R_X86_64_32 overflow");
    memcpy(at, &(uint32_t){(uint32_t)v64}, 4);
    break;
  case R_X86_64_32S:
    if (!fits32s((int64_t)v64)) return refuse(l, "R_X86_64_32S overflow");
    memcpy(at, &(int32_t){(int32_t)(int64_t)v64}, 4);
    break;
  default: /* PC-relative 32 */
    if (!fits32s(rel)) return refuse(l, "PC-relative relocation overflow (type %u)", type);
    memcpy(at, &(int32_t){(int32_t)rel}, 4);
    break;
  }
  return true;
}

/* Replaces the bits of mask in the AArch64 instruction word at `at` by those of v (in place). */
static void a64_patch(uint8_t *at, uint32_t mask, uint32_t v) {
  uint32_t w;
  memcpy(&w, at, 4);
  w = (w & ~mask) | (v & mask);
  memcpy(at, &w, 4);
}

/* ADRP's 21-bit page delta: immlo in bits 30:29, immhi in 23:5. */
static void a64_adrp(uint8_t *at, int64_t pages) {
  uint32_t v = (uint32_t)pages;
  a64_patch(at, 3u << 29 | 0x7ffffu << 5, (v & 3) << 29 | ((v >> 2) & 0x7ffff) << 5);
}

static int64_t a64_page_delta(uint64_t v, uint64_t P) {
  return (int64_t)((v & ~(uint64_t)0xfff) - (P & ~(uint64_t)0xfff)) >> 12;
}

/* v = S + A (S: the GOT slot for the GOT kinds, the stub for calls to imports), P the place. */
static bool apply_a64(ld *l, uint32_t type, uint8_t *at, uint64_t v, uint64_t P) {
  int64_t rel = (int64_t)(v - P);
  unsigned shift = 0;
  switch (type) {
  case R_AARCH64_ABS64: memcpy(at, &v, 8); return true;
  case R_AARCH64_PREL64: memcpy(at, &rel, 8); return true;
  case R_AARCH64_PREL32:
    if (rel < INT32_MIN || rel > (int64_t)UINT32_MAX) return refuse(l, "R_AARCH64_PREL32 overflow");
    memcpy(at, &(uint32_t){(uint32_t)rel}, 4);
    return true;
  case R_AARCH64_CALL26: case R_AARCH64_JUMP26:
    if ((rel & 3) || rel < -(INT64_C(1) << 27) || rel >= (INT64_C(1) << 27))
      return refuse(l, "branch out of range or misaligned (type %u)", type);
    a64_patch(at, 0x3ffffff, (uint32_t)(rel >> 2));
    return true;
  case R_AARCH64_ADR_PREL_PG_HI21: case R_AARCH64_ADR_GOT_PAGE: {
    int64_t pages = a64_page_delta(v, P);
    if (pages < -(INT64_C(1) << 20) || pages >= (INT64_C(1) << 20))
      return refuse(l, "ADRP out of range (type %u)", type);
    a64_adrp(at, pages);
    return true;
  }
  case R_AARCH64_ADR_PREL_PG_HI21_NC: a64_adrp(at, a64_page_delta(v, P)); return true;
  case R_AARCH64_ADD_ABS_LO12_NC: break;
  case R_AARCH64_LDST8_ABS_LO12_NC: break;
  case R_AARCH64_LDST16_ABS_LO12_NC: shift = 1; break;
  case R_AARCH64_LDST32_ABS_LO12_NC: shift = 2; break;
  case R_AARCH64_LDST64_ABS_LO12_NC: case R_AARCH64_LD64_GOT_LO12_NC: shift = 3; break;
  case R_AARCH64_LDST128_ABS_LO12_NC: shift = 4; break;
  default: return refuse(l, "relocation type %u not supported", type);
  }
  /* The low 12 bits into imm12 (bits 21:10), scaled by the access size, which they must be a
   * multiple of. */
  if (v & ((1u << shift) - 1)) return refuse(l, "misaligned low-12-bit relocation (type %u)", type);
  a64_patch(at, 0xfffu << 10, (uint32_t)((v & 0xfff) >> shift) << 10);
  return true;
}

/* Walks every relocation of a loaded section: counts the GOT slots and stubs needed (img NULL),
 * or applies them (img: the mapped image, got/stubs at their offsets). */
static bool relocs(ld *l, uint8_t *img, uint64_t got_off, uint64_t stub_off, uint32_t *nslot,
                   uint32_t *nstub) {
  for (uint32_t i = 0; i < l->nsh; i++) {
    const Elf64_Shdr *rs = &l->sh[i];
    if (rs->sh_type != SHT_RELA) continue;
    if (rs->sh_info >= l->nsh || rs->sh_entsize != sizeof(Elf64_Rela) || (rs->sh_offset & 7) ||
        rs->sh_size % sizeof(Elf64_Rela) || rs->sh_link >= l->nsh ||
        l->sh[rs->sh_link].sh_type != SHT_SYMTAB) /* the one symbol table (parse) */
      return refuse(l, "relocation section %u: bad header", i);
    uint32_t target = rs->sh_info;
    if (l->secaddr[target] == UINT64_MAX) continue; /* e.g. .rela.eh_frame */
    const Elf64_Shdr *ts = &l->sh[target];
    if (ts->sh_type == SHT_NOBITS) return refuse(l, "relocations in a NOBITS section");
    const Elf64_Rela *r = (const Elf64_Rela *)(l->p + rs->sh_offset);
    size_t n = rs->sh_size / sizeof *r;
    for (size_t k = 0; k < n; k++) {
      uint32_t type = ELF64_R_TYPE(r[k].r_info);
      uint64_t si = ELF64_R_SYM(r[k].r_info);
      if (type == 0) continue; /* R_X86_64_NONE, R_AARCH64_NONE */
      rkind kd;
      if (!(H_OBJ_MACHINE == EM_AARCH64 ? kind_a64(type, &kd) : kind_x86(type, &kd)))
        return refuse(l, "relocation type %u not supported", type);
      if (si == 0 || si >= l->nsym) return refuse(l, "relocation with bad symbol %llu", (unsigned long long)si);
      if (!l->symkind[si]) return refuse(l, "relocation against a symbol not loaded");
      if (r[k].r_offset > ts->sh_size || kd.width > ts->sh_size - r[k].r_offset)
        return refuse(l, "relocation outside its section");
      if (kd.zero_addend && r[k].r_addend != 0) return refuse(l, "GOT relocation with an addend");
      bool got = kd.got;
      bool stub = kd.stub && l->symkind[si] == 2;
      if (!img) { /* counting pass */
        if ((got || stub) && !l->slot[si]) l->slot[si] = ++*nslot;
        if (stub && !l->stub[si]) l->stub[si] = ++*nstub;
        continue;
      }
      uint64_t S = l->symaddr[si];
      int64_t A = r[k].r_addend;
      uint64_t P = (uint64_t)(uintptr_t)img + l->secaddr[target] + r[k].r_offset;
      uint8_t *at = img + l->secaddr[target] + r[k].r_offset;
      if (stub) S = (uint64_t)(uintptr_t)img + stub_off + (uint64_t)(l->stub[si] - 1) * H_OBJ_STUB_BYTES;
      if (got) S = (uint64_t)(uintptr_t)img + got_off + (uint64_t)(l->slot[si] - 1) * 8;
      uint64_t v64 = S + (uint64_t)A;
      bool ok = H_OBJ_MACHINE == EM_AARCH64 ? apply_a64(l, type, at, v64, P)
                                            : apply_x86(l, type, at, v64, (int64_t)(v64 - P));
      if (!ok) return false;
    }
  }
  return true;
}

/* Writes the stub at s (address sa) that jumps to the address in the GOT slot at ga. */
static void write_stub(uint8_t *s, uint64_t sa, uint64_t ga) {
  if (H_OBJ_MACHINE == EM_AARCH64) {
    /* adrp x16, slot; ldr x16, [x16, #:lo12:slot]; br x16; brk #0 (x16: the veneer register) */
    const uint32_t w[4] = {0x90000010u, 0xf9400210u, 0xd61f0200u, 0xd4200000u};
    memcpy(s, w, sizeof w);
    a64_adrp(s, a64_page_delta(ga, sa));
    a64_patch(s + 4, 0xfffu << 10, (uint32_t)((ga & 0xfff) >> 3) << 10);
    return;
  }
  int32_t d = (int32_t)((int64_t)ga - (int64_t)(sa + 6));
  s[0] = 0xff, s[1] = 0x25; /* jmp *d(%rip) */
  memcpy(s + 2, &d, 4);
  s[6] = s[7] = 0xcc;
}

/* Entries: defined, global, function symbols named prefix<decimal> in a text section. */
static void find_entries(ld *l, const char *prefix, void **entries, uint32_t nentries) {
  size_t plen = strlen(prefix);
  for (uint32_t i = 1; i < l->nsym; i++) {
    const Elf64_Sym *s = &l->sym[i];
    if (l->symkind[i] != 1 || ELF64_ST_TYPE(s->st_info) != STT_FUNC ||
        ELF64_ST_BIND(s->st_info) != STB_GLOBAL || !(l->sh[s->st_shndx].sh_flags & SHF_EXECINSTR))
      continue;
    const char *name = sym_name(l, s->st_name); /* checked by resolve_syms */
    if (strncmp(name, prefix, plen) != 0) continue;
    const char *d = name + plen;
    uint64_t v = 0;
    bool ok = *d >= '0' && *d <= '9' && !(d[0] == '0' && d[1]);
    for (; ok && *d; d++) {
      ok = *d >= '0' && *d <= '9';
      v = v * 10 + (uint64_t)(*d - '0');
      if (v >= nentries) ok = false;
    }
    if (ok) entries[v] = (void *)(uintptr_t)l->symaddr[i]; /* absolute once mapped */
  }
}

h_obj *h_obj_load(const uint8_t *elf, size_t len, const h_obj_import *imports, size_t nimports,
                  const char *prefix, void **entries, uint32_t nentries, char *err, size_t errlen) {
  ld l = {.p = elf, .len = len, .err = err, .errlen = errlen};
  if (errlen) err[0] = 0;
  h_obj *o = NULL;
  uint8_t *img = MAP_FAILED;
  size_t size = 0;
  if (!elf || !parse(&l)) return NULL;
  l.secaddr = h_malloc((size_t)l.nsh * sizeof *l.secaddr);
  l.symaddr = h_calloc(l.nsym, sizeof *l.symaddr);
  l.symkind = h_calloc(l.nsym, 1);
  l.slot = h_calloc(l.nsym, sizeof *l.slot);
  l.stub = h_calloc(l.nsym, sizeof *l.stub);
  if (!l.secaddr || !l.symaddr || !l.symkind || !l.slot || !l.stub) {
    refuse(&l, "out of memory");
    goto out;
  }
  /* Which sections are loaded, then the symbols and the GOT slots and stubs the relocations need,
   * then the layout: each class page-aligned after the previous one, the stubs after the text and
   * the GOT after the constants, where the class's protection suits them. */
  uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE), off = 0, cls_start[4] = {0}, stub_off = 0, got_off = 0;
  uint32_t nslot = 0, nstub = 0;
  for (uint32_t i = 0; i < l.nsh; i++)
    l.secaddr[i] = sec_class(&l.sh[i]) > 0 && !is_eh_frame(&l, i) ? 0 : UINT64_MAX;
  if (!resolve_syms(&l, imports, nimports) || !relocs(&l, NULL, 0, 0, &nslot, &nstub)) goto out;
  for (int c = 1; c <= 3; c++) {
    off = align_up(off, page);
    cls_start[c] = off;
    for (uint32_t i = 0; i < l.nsh; i++) {
      if (sec_class(&l.sh[i]) != c || l.secaddr[i] == UINT64_MAX) continue;
      uint64_t a = l.sh[i].sh_addralign ? l.sh[i].sh_addralign : 1;
      if (l.sh[i].sh_size > H_OBJ_MAX_BYTES) {
        refuse(&l, "section %u too large", i);
        goto out;
      }
      off = align_up(off, a);
      l.secaddr[i] = off;
      off += l.sh[i].sh_size;
      if (off > H_OBJ_MAX_BYTES) {
        refuse(&l, "object too large");
        goto out;
      }
    }
    if (c == 1) {
      stub_off = align_up(off, 16);
      off = stub_off + (uint64_t)nstub * H_OBJ_STUB_BYTES;
    }
    if (c == 2) {
      got_off = align_up(off, 8);
      off = got_off + (uint64_t)nslot * 8;
    }
  }
  size = (size_t)align_up(off, page);
  if (size > H_OBJ_MAX_BYTES) {
    refuse(&l, "object too large");
    goto out;
  }
  if (size == 0) { /* nothing to load (a module with no optimized function): no mapping */
    o = h_calloc(1, sizeof *o);
    if (!o) refuse(&l, "out of memory");
    goto out;
  }
  for (uint32_t i = 1; i < l.nsym; i++)
    if (l.symkind[i] == 1) l.symaddr[i] = l.secaddr[l.sym[i].st_shndx] + l.sym[i].st_value;
  img = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (img == MAP_FAILED) {
    refuse(&l, "cannot map %zu bytes", size);
    goto out;
  }
  for (uint32_t i = 0; i < l.nsh; i++)
    if (l.secaddr[i] != UINT64_MAX && l.sh[i].sh_type == SHT_PROGBITS)
      memcpy(img + l.secaddr[i], l.p + l.sh[i].sh_offset, l.sh[i].sh_size);
  for (uint32_t i = 1; i < l.nsym; i++) { /* GOT slots and the stubs through them */
    if (l.symkind[i] == 1) l.symaddr[i] += (uint64_t)(uintptr_t)img;
    if (l.slot[i]) memcpy(img + got_off + (uint64_t)(l.slot[i] - 1) * 8, &l.symaddr[i], 8);
    if (l.stub[i]) {
      uint64_t so = stub_off + (uint64_t)(l.stub[i] - 1) * H_OBJ_STUB_BYTES;
      write_stub(img + so, (uint64_t)(uintptr_t)img + so,
                 (uint64_t)(uintptr_t)img + got_off + (uint64_t)(l.slot[i] - 1) * 8);
    }
  }
  if (!relocs(&l, img, got_off, stub_off, &nslot, &nstub)) goto out;
  /* Machines whose instruction cache does not snoop data writes (aarch64) must see the new code. */
  __builtin___clear_cache((char *)img, (char *)img + cls_start[2]);
  if (mprotect(img, (size_t)cls_start[2], PROT_READ | PROT_EXEC) != 0 ||
      (cls_start[3] > cls_start[2] &&
       mprotect(img + cls_start[2], (size_t)(cls_start[3] - cls_start[2]), PROT_READ) != 0)) {
    refuse(&l, "cannot protect the code");
    goto out;
  }
  o = h_calloc(1, sizeof *o);
  if (!o) {
    refuse(&l, "out of memory");
    goto out;
  }
  o->base = img;
  o->size = size;
  img = MAP_FAILED;
  if (entries) find_entries(&l, prefix, entries, nentries);
out:
  if (img != MAP_FAILED) munmap(img, size);
  h_free(l.secaddr);
  h_free(l.symaddr);
  h_free(l.symkind);
  h_free(l.slot);
  h_free(l.stub);
  return o;
}

size_t h_obj_size(const h_obj *o) { return o ? o->size : 0; }

void h_obj_free(h_obj *o) {
  if (!o) return;
  if (o->size) munmap(o->base, o->size);
  h_free(o);
}
