/* cache.c: the code cache: a module's validated form and the internal code of the functions runs
 * compiled, kept in files keyed by a strong hash of its bytes, hearth's build, the engine settings
 * and the CPU, so that a later start skips validation and compilation of those functions; plus
 * SHA-256 (portable and x86 SHA-NI), the hash it is keyed by.
 *
 * File layout (little-endian, one file per key, name = hex of the key's first 16 bytes + ".hcc"):
 *   h_cache_hdr, then the payload: section table (nsec x {kind, off, len}) and section bytes.
 * A file is used only when the magic, format, header size, hearth version, key (module hash,
 * length, engine settings, CPU features), the defined-function count and the SHA-256 of the
 * whole payload all match; anything else (truncated, flipped, foreign) is ignored and the module
 * is validated as if there were no file, and the file is rewritten. Writes go to a unique temp
 * file in the same directory and are renamed over the final name, so readers never see half a
 * file. Every failure to read or write the cache is silent (HEARTH_CACHE_VERBOSE=1 says why):
 * the cache can only save time, never change a result. */
#include "internal.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#endif
#if defined(__aarch64__)
#include <sys/auxv.h>
#endif

/* The machine an entry's code is for (its ELF e_machine), part of every key: an entry never
 * crosses architectures, even in a cache directory that two builds with the same HEARTH_VERSION
 * share (README "aarch64"). */
#if defined(__x86_64__)
#define H_CACHE_ARCH 62u /* EM_X86_64 */
#elif defined(__aarch64__)
#define H_CACHE_ARCH 183u /* EM_AARCH64 */
#else
#define H_CACHE_ARCH 0u
#endif

/* ------------------------------------------------------------------------------------ SHA-256 */

static const uint32_t k_sha256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static inline uint32_t ror32(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

/* Portable compression of nblocks 64-byte blocks (FIPS 180-4, 6.2.2). */
static void sha256_blocks_c(uint32_t st[8], const uint8_t *p, size_t nblocks) {
  for (; nblocks; nblocks--, p += 64) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
      w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 |
             p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
      uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3], e = st[4], f = st[5], g = st[6], h = st[7];
    for (int i = 0; i < 64; i++) {
      uint32_t t1 = h + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & f) ^ (~e & g)) +
                    k_sha256[i] + w[i];
      uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    st[0] += a;
    st[1] += b;
    st[2] += c;
    st[3] += d;
    st[4] += e;
    st[5] += f;
    st[6] += g;
    st[7] += h;
  }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define H_SHA_NI 1
/* The same compression with the SHA extensions (sha256rnds2 does two rounds, sha256msg1/2 the
 * message schedule). The state is kept as the two halves the instructions want: ABEF and CDGH. */
__attribute__((target("sha,sse4.1,ssse3"))) static void sha256_blocks_ni(uint32_t st[8],
                                                                         const uint8_t *p,
                                                                         size_t nblocks) {
  const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
  __m128i t = _mm_loadu_si128((const __m128i *)&st[0]);  /* DCBA (lane 0 = A) */
  __m128i s1 = _mm_loadu_si128((const __m128i *)&st[4]); /* HGFE */
  t = _mm_shuffle_epi32(t, 0xB1);                        /* CDAB */
  s1 = _mm_shuffle_epi32(s1, 0x1B);                      /* EFGH */
  __m128i s0 = _mm_alignr_epi8(t, s1, 8);                /* ABEF */
  s1 = _mm_blend_epi16(s1, t, 0xF0);                     /* CDGH */
  for (; nblocks; nblocks--, p += 64) {
    __m128i save0 = s0, save1 = s1, w[4];
    _Pragma("GCC unroll 16") for (int g = 0; g < 16; g++) { /* unrolled: w[] stays in registers */
      if (g < 4) w[g] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * g)), bswap);
      __m128i cur = w[g & 3];
      __m128i msg = _mm_add_epi32(cur, _mm_loadu_si128((const __m128i *)&k_sha256[4 * g]));
      s1 = _mm_sha256rnds2_epu32(s1, s0, msg);
      if (g >= 3 && g < 15) { /* finish the schedule words of group g + 1 */
        __m128i nx = _mm_add_epi32(w[(g + 1) & 3], _mm_alignr_epi8(cur, w[(g - 1) & 3], 4));
        w[(g + 1) & 3] = _mm_sha256msg2_epu32(nx, cur);
      }
      s0 = _mm_sha256rnds2_epu32(s0, s1, _mm_shuffle_epi32(msg, 0x0E));
      if (g >= 1 && g < 13) w[(g - 1) & 3] = _mm_sha256msg1_epu32(w[(g - 1) & 3], cur);
    }
    s0 = _mm_add_epi32(s0, save0);
    s1 = _mm_add_epi32(s1, save1);
  }
  t = _mm_shuffle_epi32(s0, 0x1B);      /* FEBA */
  s1 = _mm_shuffle_epi32(s1, 0xB1);     /* DCHG */
  s0 = _mm_blend_epi16(t, s1, 0xF0);    /* DCBA */
  s1 = _mm_alignr_epi8(s1, t, 8);       /* HGFE */
  _mm_storeu_si128((__m128i *)&st[0], s0);
  _mm_storeu_si128((__m128i *)&st[4], s1);
}

static bool cpu_has_sha(void) {
  unsigned a, b, c, d;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
  bool sha = (b >> 29) & 1;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
  return sha && ((c >> 19) & 1) && ((c >> 9) & 1); /* SSE4.1, SSSE3 */
}
#else
#define H_SHA_NI 0
#endif

/* 1 = use SHA-NI, 0 = portable; decided once (HEARTH_SHA_PORTABLE=1 forces portable, for tests). */
static int g_sha_ni = -1;
static void sha_pick(void) {
#if H_SHA_NI
  const char *e = getenv("HEARTH_SHA_PORTABLE");
  g_sha_ni = (e && e[0] == '1') ? 0 : cpu_has_sha();
#else
  g_sha_ni = 0;
#endif
}

static void sha256_blocks(uint32_t st[8], const uint8_t *p, size_t nblocks) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, sha_pick);
#if H_SHA_NI
  if (g_sha_ni) {
    sha256_blocks_ni(st, p, nblocks);
    return;
  }
#endif
  sha256_blocks_c(st, p, nblocks);
}

void h_sha256_init(h_sha256_ctx *c) {
  static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(c->st, iv, sizeof iv);
  c->total = 0;
  c->nbuf = 0;
}

void h_sha256_update(h_sha256_ctx *c, const void *data, size_t n) {
  const uint8_t *p = data;
  c->total += n;
  if (c->nbuf) {
    size_t k = 64 - c->nbuf < n ? 64 - c->nbuf : n;
    memcpy(c->buf + c->nbuf, p, k);
    c->nbuf += (uint32_t)k;
    p += k;
    n -= k;
    if (c->nbuf < 64) return;
    sha256_blocks(c->st, c->buf, 1);
    c->nbuf = 0;
  }
  if (n >= 64) {
    sha256_blocks(c->st, p, n / 64);
    p += n & ~(size_t)63;
    n &= 63;
  }
  memcpy(c->buf, p, n);
  c->nbuf = (uint32_t)n;
}

void h_sha256_final(h_sha256_ctx *c, uint8_t out[32]) {
  uint64_t bits = c->total * 8;
  uint8_t pad[72] = {0x80};
  size_t padn = (c->nbuf < 56 ? 56 : 120) - c->nbuf;
  for (int i = 0; i < 8; i++) pad[padn + (size_t)i] = (uint8_t)(bits >> (56 - 8 * i));
  h_sha256_update(c, pad, padn + 8);
  assert(c->nbuf == 0);
  for (int i = 0; i < 8; i++) {
    out[4 * i] = (uint8_t)(c->st[i] >> 24);
    out[4 * i + 1] = (uint8_t)(c->st[i] >> 16);
    out[4 * i + 2] = (uint8_t)(c->st[i] >> 8);
    out[4 * i + 3] = (uint8_t)c->st[i];
  }
}

void h_sha256(const void *data, size_t n, uint8_t out[32]) {
  h_sha256_ctx c;
  h_sha256_init(&c);
  h_sha256_update(&c, data, n);
  h_sha256_final(&c, out);
}

/* ------------------------------------------------------------------------------------ the key */

#define H_CACHE_MAGIC "HEARTHCC"
/* Bumped whenever the payload's meaning changes (what the sections hold, the slot model). */
#define H_CACHE_FORMAT 5u /* 5: ARRAY_GET and ARRAY_SET carry the element's storage type (ops.h) */

/* Sections: uint32 local_slots per defined function; (uint32 offset in the module, uint32 length)
 * of each defined function's body, so that the decoder need not walk the code section; since
 * format 3, optionally the compiled code of the functions earlier runs called (h_cache_crec);
 * since format 4, with each function's stack-map sites and flags (functions with GC references
 * are cached too). */
enum { H_CACHE_SEC_LOCALS = 1, H_CACHE_SEC_BODIES = 2, H_CACHE_SEC_CODE = 3 };

/* The code section: uint32 nrec, then nrec records in increasing defidx, then the words they
 * point into (word_off counts words from the first word after the records). A record's words are
 * the function's internal code in compile.c's compile-time layout (op numbers, not handler
 * addresses: nothing in them depends on where this process put anything), nwords of them, then
 * ngmap words of its stack-map sites (compile.c's serialized form, which compile.c checks against
 * the code when it loads them; here only their extent is checked). flags: H_CACHE_F_*. */
typedef struct h_cache_crec {
  uint32_t defidx, nwords, stack_base, frame, zero_lo, zero_n, word_off, flags, ngmap;
} h_cache_crec;

typedef struct h_cache_hdr {
  char magic[8];
  uint32_t format;
  uint32_t hdr_size;
  char version[16];         /* SHA-256 of HEARTH_VERSION and the build-id (build_version_init) */
  uint8_t module_hash[32];  /* SHA-256 of the module's bytes */
  uint64_t module_len;
  uint64_t settings;        /* engine settings that change validation or code (cache_settings) */
  uint64_t cpu;             /* CPU feature words (cache_cpu) */
  uint32_t ndefined;        /* defined functions */
  uint32_t nsec;
  uint64_t payload_len;     /* bytes after the header */
  uint8_t payload_hash[32]; /* SHA-256 of those bytes */
} h_cache_hdr;

typedef struct h_cache_sec {
  uint32_t kind, pad;
  uint64_t off, len; /* from the start of the file */
} h_cache_sec;

static uint64_t cache_settings(const hearth_module *m) {
  const hearth_config *c = &m->engine->cfg;
  return (uint64_t)c->wasm2_only | (uint64_t)c->no_signal_handler << 1 |
         (uint64_t)H_GUARD_PAGES << 8 | (uint64_t)H_JIT << 9 | (uint64_t)sizeof(void *) << 16 |
         (uint64_t)H_CACHE_ARCH << 24;
}

/* The CPU features machine code may depend on (x86: CPUID leaves 1 and 7; aarch64: the kernel's
 * AT_HWCAP and AT_HWCAP2 words); tests may override
 * with HEARTH_CACHE_CPU (hex) to play a foreign machine. */
static uint64_t cache_cpu(void) {
  const char *e = getenv("HEARTH_CACHE_CPU");
  if (e && *e) return strtoull(e, NULL, 16);
  uint64_t k = 0;
#if defined(__x86_64__) || defined(__i386__)
  unsigned a, b, c, d;
  if (__get_cpuid(1, &a, &b, &c, &d)) k = (uint64_t)c << 32 | d;
  if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) k ^= ((uint64_t)b << 32 | c) * 0x9e3779b97f4a7c15ull;
#elif defined(__aarch64__)
  k = (uint64_t)getauxval(AT_HWCAP) ^ (uint64_t)getauxval(AT_HWCAP2) * 0x9e3779b97f4a7c15ull;
#endif
  return k;
}

/* The build's identity: what an entry made by another build of hearth (another slot model, other
 * code) must not match even when HEARTH_VERSION is the same. The GNU build-id of the object this
 * code was linked into (a new one with every link), else the compile time of this file; with
 * HEARTH_VERSION, hashed into the header's version field. */
typedef struct build_scan {
  uintptr_t addr;
  uint8_t id[64];
  size_t n;
} build_scan;

static int build_id_cb(struct dl_phdr_info *info, size_t size, void *data) {
  build_scan *b = data;
  bool mine = false;
  for (int i = 0; i < info->dlpi_phnum && !mine; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
    mine = ph->p_type == PT_LOAD && b->addr >= lo && b->addr < lo + ph->p_memsz;
  }
  if (!mine) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_NOTE) continue;
    const uint8_t *p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
    while (end - p >= 12) {
      uint32_t nsz, dsz, type;
      memcpy(&nsz, p, 4);
      memcpy(&dsz, p + 4, 4);
      memcpy(&type, p + 8, 4);
      const uint8_t *name = p + 12;
      if ((size_t)(end - name) < ((nsz + 3u) & ~3u)) break;
      const uint8_t *desc = name + ((nsz + 3u) & ~3u);
      if ((size_t)(end - desc) < dsz) break;
      if (type == NT_GNU_BUILD_ID && nsz == 4 && memcmp(name, "GNU", 4) == 0 && dsz <= 64) {
        memcpy(b->id, desc, dsz);
        b->n = dsz;
        return 1;
      }
      if ((size_t)(end - desc) < ((dsz + 3u) & ~3u)) break;
      p = desc + ((dsz + 3u) & ~3u);
    }
  }
  return 1;
}

static char g_build_version[16];
static void build_version_init(void) {
  build_scan b = {.addr = (uintptr_t)&build_version_init};
  dl_iterate_phdr(build_id_cb, &b);
  h_sha256_ctx c;
  h_sha256_init(&c);
  h_sha256_update(&c, HEARTH_VERSION, sizeof HEARTH_VERSION);
  if (b.n) h_sha256_update(&c, b.id, b.n);
  else h_sha256_update(&c, __DATE__ " " __TIME__, sizeof __DATE__ " " __TIME__);
  uint8_t d[32];
  h_sha256_final(&c, d);
  memcpy(g_build_version, d, sizeof g_build_version);
}

static void hdr_key(const hearth_module *m, h_cache_hdr *h) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, build_version_init);
  memset(h, 0, sizeof *h);
  memcpy(h->magic, H_CACHE_MAGIC, 8);
  h->format = H_CACHE_FORMAT;
  h->hdr_size = (uint32_t)sizeof *h;
  memcpy(h->version, g_build_version, sizeof h->version);
  memcpy(h->module_hash, m->cache_hash, 32);
  h->module_len = m->len;
  h->settings = cache_settings(m);
  h->cpu = cache_cpu();
  h->ndefined = m->nfuncs - m->nimported_funcs;
}

static atomic_uint g_hits, g_stores, g_code_loaded, g_code_flushes;

void h_cache_counts(unsigned *hits, unsigned *stores) {
  *hits = atomic_load(&g_hits);
  *stores = atomic_load(&g_stores);
}

void h_cache_code_counts(unsigned *loaded, unsigned *flushes) {
  *loaded = atomic_load(&g_code_loaded);
  *flushes = atomic_load(&g_code_flushes);
}

/* Whether compiled code is cached too (HEARTH_CACHE_CODE=0: only the validated form). */
static bool code_on(void) {
  const char *e = getenv("HEARTH_CACHE_CODE");
  return !(e && strcmp(e, "0") == 0);
}

/* Whether m is big enough for the cache (H_CACHE_MIN_MODULE_BYTES, HEARTH_CACHE_MIN_BYTES). */
static bool worth_caching(const hearth_module *m) {
  const char *e = getenv("HEARTH_CACHE_MIN_BYTES");
  uint64_t min = e && *e ? strtoull(e, NULL, 10) : H_CACHE_MIN_MODULE_BYTES;
  return m->len >= min;
}

/* The cache directory (malloc'd) or NULL when the cache is off: HEARTH_CACHE=0, an empty
 * HEARTH_CACHE_DIR, or no HOME to put it under. */
static char *cache_dir(void) {
  const char *off = getenv("HEARTH_CACHE");
  if (off && strcmp(off, "0") == 0) return NULL;
  const char *d = getenv("HEARTH_CACHE_DIR");
  char buf[4096];
  if (d) {
    if (!*d) return NULL;
    snprintf(buf, sizeof buf, "%s", d);
  } else {
    const char *x = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (x && *x == '/') snprintf(buf, sizeof buf, "%s/hearth", x);
    else if (home && *home) snprintf(buf, sizeof buf, "%s/.cache/hearth", home);
    else return NULL;
  }
  return strdup(buf);
}

static bool verbose(void) {
  const char *e = getenv("HEARTH_CACHE_VERBOSE");
  return e && e[0] && e[0] != '0';
}

H_PRINTF(1, 2) static void say(const char *fmt, ...) {
  if (!verbose()) return;
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
}

/* dir/<first 16 bytes of SHA-256(header key fields) in hex>.hcc */
static bool entry_path(const char *dir, const h_cache_hdr *key, char *out, size_t cap) {
  uint8_t d[32];
  h_sha256(key, offsetof(h_cache_hdr, ndefined), d); /* known before decoding */
  char hex[33];
  for (int i = 0; i < 16; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
  int n = snprintf(out, cap, "%s/%s.hcc", dir, hex);
  return n > 0 && (size_t)n < cap;
}

void h_cache_hash_module(hearth_module *m) {
  pthread_mutex_lock(&m->compile_lock); /* hearth_module_write_code may race on a shared module */
  if (!m->cache_hashed) h_sha256(m->bytes, m->len, m->cache_hash);
  m->cache_hashed = true;
  pthread_mutex_unlock(&m->compile_lock);
}

/* ------------------------------------------------------------------------------------ load */

/* An entry mapped and verified before the module is decoded (h_cache_open_entry), used by the
 * decoder (bodies) and then by h_cache_load (locals), unmapped there or by h_cache_close. */
typedef struct h_cache_open {
  uint8_t *map;
  size_t size;
  uint32_t ndefined;
  const uint8_t *locals, *bodies; /* ndefined x uint32; ndefined x (uint32 offset, uint32 len) */
  const uint8_t *code;            /* the code section or NULL */
  uint64_t code_len;
  bool owned;                     /* the file is ours: owned by this user, writable by no other */
  char path[4200];
} h_cache_open;

/* A module's compiled code for the cache (m->cache_code): the records of the entry it was loaded
 * from (in the entry's mapping, kept while the module lives) and those compiled since. */
typedef struct h_cache_new {
  h_cache_crec rec; /* word_off unused */
  h_word *words;    /* owned: rec.nwords of code, then rec.ngmap of stack-map sites */
} h_cache_new;

typedef struct h_cache_code {
  uint8_t *map; /* the entry (munmap'd by h_cache_code_free) or NULL */
  size_t size;
  const h_cache_crec *recs; /* nrec, in the map */
  uint32_t nrec;
  const h_word *words; /* nwords, in the map */
  uint64_t nwords;
  h_cache_new *fresh; /* nfresh compiled by this process, in compile order */
  uint32_t nfresh, cfresh;
  uint64_t fresh_words;
} h_cache_code;

/* Checks the code section's structure (records in order, known flags, code and stack-map words
 * inside the section): true when usable. The words themselves are walked by compile.c as each
 * function is finished. */
static bool code_section_ok(const uint8_t *p, uint64_t len, uint32_t ndefined, h_cache_code *out) {
  uint32_t nrec;
  if (len < 4 || ((uintptr_t)p & 3)) return false;
  memcpy(&nrec, p, 4);
  if (nrec > (len - 4) / sizeof(h_cache_crec)) return false;
  const h_cache_crec *r = (const h_cache_crec *)(p + 4);
  uint64_t nwords = (len - 4 - (uint64_t)nrec * sizeof *r) / 4;
  for (uint32_t i = 0; i < nrec; i++)
    if (r[i].defidx >= ndefined || (i && r[i].defidx <= r[i - 1].defidx) ||
        (uint64_t)r[i].word_off + r[i].nwords + r[i].ngmap > nwords ||
        r[i].flags != 0) /* no flag is defined yet */
      return false;
  out->recs = r;
  out->nrec = nrec;
  out->words = (const h_word *)(p + 4 + (uint64_t)nrec * sizeof *r);
  out->nwords = nwords;
  return true;
}

/* Maps and verifies the file at path as an entry for m (everything but the function count, which
 * the decoder finds): an h_cache_open, or NULL. */
static h_cache_open *open_entry(hearth_module *m, const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno != ENOENT) say("hearth: cache: cannot open %s: %s\n", path, strerror(errno));
    else say("hearth: cache: miss %s\n", path);
    return NULL;
  }
  struct stat st;
  const char *why = "truncated";
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size < sizeof(h_cache_hdr)) {
    close(fd);
    say("hearth: cache: ignoring %s: %s\n", path, why);
    return NULL;
  }
  size_t size = (size_t)st.st_size;
  bool owned = st.st_uid == geteuid() && !(st.st_mode & (S_IWGRP | S_IWOTH));
  uint8_t *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  close(fd);
  if (p == MAP_FAILED) {
    say("hearth: cache: cannot map %s: %s\n", path, strerror(errno));
    return NULL;
  }
  h_cache_hdr want, got;
  hdr_key(m, &want);
  memcpy(&got, p, sizeof got);
  uint8_t sum[32];
  const uint8_t *locals = NULL, *bodies = NULL, *code = NULL;
  uint64_t code_len = 0;
  if (memcmp(got.magic, want.magic, 8) != 0) why = "not a hearth cache file";
  else if (got.format != want.format || got.hdr_size != want.hdr_size ||
           memcmp(got.version, want.version, sizeof got.version) != 0)
    why = "other hearth version";
  else if (memcmp(got.module_hash, want.module_hash, 32) != 0 || got.module_len != want.module_len)
    why = "other module";
  else if (got.settings != want.settings) why = "other engine settings";
  else if (got.cpu != want.cpu) why = "other CPU";
  else if (got.payload_len != size - sizeof got) why = "truncated or extended";
  else if (h_sha256(p + sizeof got, size - sizeof got, sum), memcmp(sum, got.payload_hash, 32))
    why = "checksum mismatch";
  else if (got.nsec > (size - sizeof got) / sizeof(h_cache_sec))
    why = "bad section table";
  else {
    why = NULL;
    for (uint32_t i = 0; i < got.nsec && !why; i++) {
      h_cache_sec s;
      memcpy(&s, p + sizeof got + i * sizeof s, sizeof s);
      uint64_t want_len = s.kind == H_CACHE_SEC_LOCALS   ? (uint64_t)got.ndefined * 4
                          : s.kind == H_CACHE_SEC_BODIES ? (uint64_t)got.ndefined * 8
                                                         : s.len;
      h_cache_code probe;
      if (s.off > size || s.len > size - s.off || s.len != want_len) why = "bad section table";
      else if (s.kind == H_CACHE_SEC_LOCALS) locals = p + s.off;
      else if (s.kind == H_CACHE_SEC_BODIES) bodies = p + s.off;
      else if (s.kind == H_CACHE_SEC_CODE && !code_section_ok(p + s.off, s.len, got.ndefined, &probe))
        why = "bad code section";
      else if (s.kind == H_CACHE_SEC_CODE) code = p + s.off, code_len = s.len;
    }
    if (!why && (!locals || !bodies)) why = "missing sections";
  }
  h_cache_open *o = why ? NULL : h_calloc(1, sizeof *o);
  if (!o) {
    munmap(p, size);
    say("hearth: cache: ignoring %s: %s\n", path, why ? why : "out of memory");
    return NULL;
  }
  *o = (h_cache_open){.map = p, .size = size, .ndefined = got.ndefined, .locals = locals,
                      .bodies = bodies, .code = code, .code_len = code_len, .owned = owned};
  snprintf(o->path, sizeof o->path, "%s", path);
  return o;
}

void h_cache_close(hearth_module *m) {
  h_cache_open *o = m->cache_open;
  if (!o) return;
  munmap(o->map, o->size);
  h_free(o);
  m->cache_open = NULL;
}

bool h_cache_open_entry(hearth_module *m) {
  if (m->cache_open || !worth_caching(m)) return false;
  char *dir = cache_dir();
  if (!dir) return false;
  h_cache_hash_module(m);
  h_cache_hdr key;
  hdr_key(m, &key);
  char path[4200];
  if (entry_path(dir, &key, path, sizeof path)) m->cache_open = open_entry(m, path);
  free(dir);
  return m->cache_open != NULL;
}

const uint8_t *h_cache_bodies(const hearth_module *m, uint32_t n) {
  const h_cache_open *o = m->cache_open;
  return o && o->ndefined == n ? o->bodies : NULL;
}

bool h_cache_load(hearth_module *m) {
  h_cache_open *o = m->cache_open;
  if (!o) return false;
  uint32_t ndef = m->nfuncs - m->nimported_funcs;
  bool ok = false;
  if (m->code || o->ndefined != ndef) {
    say("hearth: cache: ignoring %s: %s\n", o->path, "other module");
  } else {
    h_cfunc *code = h_calloc(ndef ? ndef : 1, sizeof *code);
    if (code) {
      h_cache_advise_huge(code, (size_t)ndef * sizeof *code); /* 133k functions: 10 MB */
      for (uint32_t k = 0; k < ndef; k++) {
        uint32_t tidx = m->func_type[m->nimported_funcs + k];
        const h_functype *ft = &m->types[tidx];
        uint32_t locals;
        memcpy(&locals, o->locals + 4 * (size_t)k, 4);
        code[k] = (h_cfunc){.param_slots = ft->param_slots, .local_slots = locals,
                            .result_slots = ft->result_slots, .type = tidx};
      }
      m->code = code;
      ok = true;
      atomic_fetch_add(&g_hits, 1);
      say("hearth: cache: hit %s\n", o->path);
      /* The compiled functions stay in the mapping, which the module keeps. */
      h_cache_code *cc = code_on() ? h_calloc(1, sizeof *cc) : NULL;
      if (cc && o->code && !o->owned)
        say("hearth: cache: not using the code in %s: owned by another user or writable by others\n",
            o->path);
      else if (cc && o->code && code_section_ok(o->code, o->code_len, ndef, cc)) {
        cc->map = o->map;
        cc->size = o->size;
        o->map = NULL;
        say("hearth: cache: %u compiled functions in %s\n", cc->nrec, o->path);
      }
      m->cache_code = cc;
    }
  }
  h_cache_close(m);
  return ok;
}

bool h_cache_code_find(const hearth_module *m, uint32_t defidx, h_cache_fcode *out) {
  const h_cache_code *cc = m->cache_code;
  if (!cc || !cc->nrec) return false;
  uint32_t lo = 0, hi = cc->nrec;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (cc->recs[mid].defidx < defidx) lo = mid + 1;
    else hi = mid;
  }
  if (lo == cc->nrec || cc->recs[lo].defidx != defidx) return false;
  const h_cache_crec *r = &cc->recs[lo];
  assert((uint64_t)r->word_off + r->nwords + r->ngmap <= cc->nwords); /* code_section_ok */
  atomic_fetch_add(&g_code_loaded, 1);
  *out = (h_cache_fcode){.words = cc->words + r->word_off, .nwords = r->nwords,
                         .stack_base = r->stack_base, .frame = r->frame, .zero_lo = r->zero_lo,
                         .zero_n = r->zero_n, .gmap = cc->words + r->word_off + r->nwords,
                         .ngmap = r->ngmap, .flags = r->flags};
  return true;
}

void h_cache_code_put(hearth_module *m, uint32_t defidx, const h_word *w, uint32_t n,
                      uint32_t stack_base, const h_cfunc *f, const h_word *gmap, uint32_t ngmap,
                      uint32_t flags) {
  h_cache_code *cc = m->cache_code;
  uint64_t total = (uint64_t)n + ngmap;
  if (!cc || !n || cc->nwords + cc->fresh_words + total > H_CACHE_CODE_MAX_WORDS) return;
  if (cc->nfresh == cc->cfresh &&
      !h_array_grow((void **)&cc->fresh, sizeof *cc->fresh, &cc->cfresh, cc->nfresh + 1))
    return; /* out of memory only costs the next run time */
  h_word *copy = h_malloc((size_t)total * sizeof *copy);
  if (!copy) return;
  memcpy(copy, w, (size_t)n * sizeof *copy);
  if (ngmap) memcpy(copy + n, gmap, (size_t)ngmap * sizeof *copy);
  cc->fresh[cc->nfresh++] = (h_cache_new){
      .rec = {.defidx = defidx, .nwords = n, .stack_base = stack_base, .frame = f->frame_slots,
              .zero_lo = f->zero_lo, .zero_n = f->zero_n, .flags = flags, .ngmap = ngmap},
      .words = copy};
  cc->fresh_words += total;
}

void h_cache_code_free(hearth_module *m) {
  h_cache_code *cc = m->cache_code;
  if (!cc) return;
  for (uint32_t i = 0; i < cc->nfresh; i++) h_free(cc->fresh[i].words);
  h_free(cc->fresh);
  if (cc->map) munmap(cc->map, cc->size);
  h_free(cc);
  m->cache_code = NULL;
}

/* ------------------------------------------------------------------------------------ files */

/* hearth_module_new_file's index: a file's identity (device, inode, size, modification and
 * status-change times in ns) -> the SHA-256 of its bytes, so that a cached start of a big module
 * need not hash it (72 MB: ~0.2-0.3 s here). The status-change time cannot be set by users and
 * changes with every write, so a rewritten file misses; a file modified in the last
 * H_CACHE_INDEX_SETTLE_NS is never indexed (a write within the same timestamp tick as our read
 * would otherwise go unseen), and a file whose identity changes while it is read is not either.
 * Even a wrong index entry cannot make hearth run unchecked code: module-level validation always
 * runs, and every function body is validated again when it is compiled (lazily, on first call);
 * a wrong entry could only make an invalid module load and fail at the invalid function. */
#define H_CACHE_INDEX_SETTLE_NS 2000000000ull
#define H_CACHE_INDEX_MAGIC "HEARTHIX"

typedef struct h_index_rec {
  char magic[8];
  h_file_id id;
  uint8_t module_hash[32];
  uint8_t check[32]; /* SHA-256 of everything before it */
} h_index_rec;

/* Advises huge pages for the 2 MiB-aligned interior of a big block not touched yet (glibc maps
 * blocks this big by themselves, so the advice covers nothing else). */
void h_cache_advise_huge(void *p, size_t len) {
  size_t huge = (size_t)2 << 20;
  if (!p || len < 4 * huge) return;
  uintptr_t lo = ((uintptr_t)p + huge - 1) & ~(uintptr_t)(huge - 1);
  uintptr_t hi = ((uintptr_t)p + len) & ~(uintptr_t)(huge - 1);
  if (hi > lo) (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
}

uint8_t *h_cache_bytes_alloc(size_t len) {
  uint8_t *p = h_malloc(len ? len : 1);
  h_cache_advise_huge(p, len);
  return p;
}

static void file_id_of(const struct stat *st, h_file_id *id) {
  memset(id, 0, sizeof *id);
  id->dev = (uint64_t)st->st_dev;
  id->ino = (uint64_t)st->st_ino;
  id->size = (uint64_t)st->st_size;
  id->mtime_ns = (uint64_t)st->st_mtim.tv_sec * 1000000000ull + (uint64_t)st->st_mtim.tv_nsec;
  id->ctime_ns = (uint64_t)st->st_ctim.tv_sec * 1000000000ull + (uint64_t)st->st_ctim.tv_nsec;
}

static bool index_path(const char *dir, const h_file_id *id, char *out, size_t cap) {
  uint8_t d[32];
  h_sha256(id, sizeof *id, d);
  char hex[33];
  for (int i = 0; i < 16; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
  int n = snprintf(out, cap, "%s/%s.hci", dir, hex);
  return n > 0 && (size_t)n < cap;
}

/* Reads the rest of fd into a growing buffer (pipes, devices). */
static hearth_status read_stream(int fd, const char *path, uint8_t **bytes, size_t *len) {
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = h_malloc(cap);
  for (;;) {
    if (!buf) return h_err(HEARTH_ERR_NOMEM, "reading %s", path);
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      h_free(buf);
      return h_err(HEARTH_ERR_IO, "cannot read %s: %s", path, strerror(errno));
    }
    if (r == 0) break;
    n += (size_t)r;
    /* not a binary module, and text never begins with a 0: what was read decodes to an error */
    if (n >= 4 && buf[0] == 0 && memcmp(buf, "\0asm", 4) != 0) break;
    if (n == cap && n >= H_MAX_MODULE_BYTES) { /* src/config.h: a stream that never ends */
      h_free(buf);
      return h_err(HEARTH_ERR_LIMIT, "cannot read %s: more than %llu bytes (H_MAX_MODULE_BYTES)",
                   path, (unsigned long long)H_MAX_MODULE_BYTES);
    }
    if (n == cap) {
      uint8_t *nb = cap > SIZE_MAX / 2 ? NULL : h_realloc(buf, cap * 2);
      if (!nb) h_free(buf);
      buf = nb;
      cap *= 2;
    }
  }
  *bytes = buf;
  *len = n;
  return HEARTH_OK;
}

/* Looks id up in the index of dir: true with hash filled when a valid record is there. */
static bool index_get(const char *dir, const h_file_id *id, uint8_t hash[32]) {
  char ipath[4200];
  if (!index_path(dir, id, ipath, sizeof ipath)) return false;
  int ifd = open(ipath, O_RDONLY | O_CLOEXEC);
  if (ifd < 0) return false;
  h_index_rec rec;
  uint8_t check[32];
  bool ok = pread(ifd, &rec, sizeof rec, 0) == (ssize_t)sizeof rec &&
            memcmp(rec.magic, H_CACHE_INDEX_MAGIC, 8) == 0 && memcmp(&rec.id, id, sizeof *id) == 0;
  close(ifd);
  if (ok) {
    h_sha256(&rec, offsetof(h_index_rec, check), check);
    ok = memcmp(check, rec.check, 32) == 0;
  }
  if (ok) memcpy(hash, rec.module_hash, 32);
  say("hearth: cache: index %s %s\n", ok ? "hit" : "miss", ipath);
  return ok;
}

hearth_status h_cache_read_file(const char *path, uint8_t **bytes, size_t *len, h_file_id *id,
                                uint8_t hash[32], int *known, bool *mapped) {
  *known = -1;
  *mapped = false;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return h_err(HEARTH_ERR_IO, "cannot open %s: %s", path, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size > SIZE_MAX / 2) {
    hearth_status s = read_stream(fd, path, bytes, len);
    close(fd);
    return s;
  }
  size_t size = (size_t)st.st_size, n = 0;
  file_id_of(&st, id);
  /* May this file be indexed at all? Cache on, big enough, not modified too recently. */
  const char *e = getenv("HEARTH_CACHE_MIN_BYTES");
  uint64_t min = e && *e ? strtoull(e, NULL, 10) : H_CACHE_MIN_MODULE_BYTES;
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  uint64_t now_ns = (uint64_t)now.tv_sec * 1000000000ull + (uint64_t)now.tv_nsec;
  uint64_t newest = id->mtime_ns > id->ctime_ns ? id->mtime_ns : id->ctime_ns;
  char *dir = size >= min && newest + H_CACHE_INDEX_SETTLE_NS <= now_ns ? cache_dir() : NULL;
  int k = dir ? (index_get(dir, id, hash) ? 1 : 0) : -1;
  free(dir);
  /* A known big module is mapped, not copied: its bytes are never written, and the mapping shares
   * the page cache's pages (a copy costs a zeroed page and a fault per page on top). */
  if (k == 1 && size >= H_CACHE_MAP_MIN_BYTES) {
    void *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    struct stat st2;
    h_file_id id2;
    if (p != MAP_FAILED && fstat(fd, &st2) == 0 && (file_id_of(&st2, &id2), 1) &&
        memcmp(id, &id2, sizeof id2) == 0) {
      close(fd);
      *bytes = p;
      *len = size;
      *mapped = true;
      *known = 1;
      return HEARTH_OK;
    }
    if (p != MAP_FAILED) munmap(p, size);
    k = -1;
  }
  uint8_t *buf = h_cache_bytes_alloc(size);
  if (!buf) {
    close(fd);
    return h_err(HEARTH_ERR_NOMEM, "module bytes (%zu)", size);
  }
  while (n < size) {
    ssize_t r = pread(fd, buf + n, size - n, (off_t)n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      int err = errno;
      h_free(buf);
      close(fd);
      return h_err(HEARTH_ERR_IO, "cannot read %s: %s", path, strerror(err));
    }
    if (r == 0) break; /* the file shrank while read: what was read is the module */
    n += (size_t)r;
  }
  struct stat st2;
  bool stable = fstat(fd, &st2) == 0 && n == size;
  close(fd);
  *bytes = buf;
  *len = n;
  if (stable) {
    h_file_id id2;
    file_id_of(&st2, &id2);
    stable = memcmp(id, &id2, sizeof id2) == 0;
  }
  *known = stable ? k : -1;
  return HEARTH_OK;
}

void h_cache_bytes_free(hearth_module *m) {
  if (m->bytes_mapped) munmap(m->bytes, m->len);
  else h_free(m->bytes);
  m->bytes = NULL;
}

static hearth_status write_atomic(const char *path, const void *a, size_t alen, const void *b,
                                  size_t blen);

void h_cache_index_put(const h_file_id *id, hearth_module *m) {
  if (!m->cache_hashed) return; /* the cache did not look at this module */
  char *dir = cache_dir();
  if (!dir) return;
  h_index_rec rec;
  memset(&rec, 0, sizeof rec);
  memcpy(rec.magic, H_CACHE_INDEX_MAGIC, 8);
  rec.id = *id;
  memcpy(rec.module_hash, m->cache_hash, 32);
  h_sha256(&rec, offsetof(h_index_rec, check), rec.check);
  char ipath[4200];
  if (index_path(dir, id, ipath, sizeof ipath) &&
      write_atomic(ipath, &rec, sizeof rec, NULL, 0) == HEARTH_OK)
    say("hearth: cache: wrote %s\n", ipath);
  free(dir);
}

/* ------------------------------------------------------------------------------------ store */

static bool write_all(int fd, const void *buf, size_t n) {
  const uint8_t *p = buf;
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= (size_t)w;
  }
  return true;
}

static int by_defidx(const void *a, const void *b) {
  uint32_t x = ((const h_cache_new *)a)->rec.defidx, y = ((const h_cache_new *)b)->rec.defidx;
  return x < y ? -1 : x > y;
}

/* The code section's bytes for cc (its loaded records merged with the fresh ones, by defidx; a
 * function in both is taken from the fresh ones: compile.c recompiles a function whose record it
 * refused), written at out when out is not NULL; returns its length. Sorts cc->fresh. */
static uint64_t code_section(h_cache_code *cc, uint8_t *out) {
  if (!out && cc->nfresh) qsort(cc->fresh, cc->nfresh, sizeof *cc->fresh, by_defidx);
  uint32_t nrec = 0;
  uint64_t nwords = 0;
  h_cache_crec *recs = out ? (h_cache_crec *)(out + 4) : NULL;
  h_word *words = NULL;
  for (int pass = out ? 0 : 1; pass < 2; pass++) { /* pass 0 counts (to place the words) */
    uint32_t i = 0, j = 0;
    nrec = 0;
    nwords = 0;
    while (i < cc->nrec || j < cc->nfresh) {
      bool old = j == cc->nfresh || (i < cc->nrec && cc->recs[i].defidx < cc->fresh[j].rec.defidx);
      h_cache_crec r = old ? cc->recs[i] : cc->fresh[j].rec;
      const h_word *w = old ? cc->words + r.word_off : cc->fresh[j].words;
      if (!old && i < cc->nrec && cc->recs[i].defidx == r.defidx) i++; /* keep the fresh one */
      if (old) i++;
      else j++;
      uint64_t rw = (uint64_t)r.nwords + r.ngmap;
      if (pass == 1 && out) {
        r.word_off = (uint32_t)nwords;
        memcpy(&recs[nrec], &r, sizeof r);
        memcpy(words + nwords, w, (size_t)rw * sizeof *w);
      }
      nrec++;
      nwords += rw;
    }
    if (pass == 0) words = (h_word *)(out + 4 + (size_t)nrec * sizeof *recs);
  }
  if (out) memcpy(out, &nrec, 4);
  return 4 + (uint64_t)nrec * sizeof(h_cache_crec) + nwords * sizeof(h_word);
}

/* Writes m's entry to path atomically (temp file in the same directory + rename), with the code
 * section when m has compiled code for the cache. */
static hearth_status write_entry(hearth_module *m, const char *path) {
  assert(m->code);
  h_cache_hash_module(m);
  h_cache_hdr h;
  hdr_key(m, &h);
  uint32_t ndef = h.ndefined;
  h_cache_code *cc = m->cache_code;
  pthread_mutex_lock(&m->compile_lock); /* lazy compilation appends to cc->fresh under it */
  uint64_t clen = cc && (cc->nrec || cc->nfresh) ? code_section(cc, NULL) : 0;
  h.nsec = clen ? 3 : 2;
  uint64_t lo = sizeof h + (uint64_t)h.nsec * sizeof(h_cache_sec);
  h_cache_sec sec[3] = {{H_CACHE_SEC_LOCALS, 0, lo, (uint64_t)ndef * 4},
                        {H_CACHE_SEC_BODIES, 0, lo + (uint64_t)ndef * 4, (uint64_t)ndef * 8},
                        {H_CACHE_SEC_CODE, 0, lo + (uint64_t)ndef * 12, clen}};
  size_t slen = h.nsec * sizeof(h_cache_sec);
  size_t plen = slen + (size_t)ndef * 12 + (size_t)clen;
  uint8_t *payload = h_malloc(plen);
  if (payload && clen) code_section(cc, payload + slen + (size_t)ndef * 12);
  pthread_mutex_unlock(&m->compile_lock);
  if (!payload) return h_err(HEARTH_ERR_NOMEM, "cache entry");
  memcpy(payload, sec, slen);
  uint8_t *lp = payload + slen, *bp = lp + (size_t)ndef * 4;
  for (uint32_t k = 0; k < ndef; k++) {
    uint32_t body[2] = {(uint32_t)(m->bodies[k].start - m->bytes), m->bodies[k].len};
    memcpy(lp + 4 * (size_t)k, &m->code[k].local_slots, 4);
    memcpy(bp + 8 * (size_t)k, body, 8);
  }
  h.payload_len = plen;
  h_sha256(payload, plen, h.payload_hash);
  hearth_status st = write_atomic(path, &h, sizeof h, payload, plen);
  h_free(payload);
  return st;
}

/* a then b into a unique temp file beside path, renamed over path: readers see the old file or
 * the whole new one, never a part. */
static hearth_status write_atomic(const char *path, const void *a, size_t alen, const void *b,
                                  size_t blen) {
  static atomic_uint seq;
  char tmp[4300];
  /* the rename replaces path: never a device, FIFO or socket (-o /dev/null as root made the node
   * a plain file) */
  struct stat old;
  if (stat(path, &old) == 0 && !S_ISREG(old.st_mode))
    return h_err(HEARTH_ERR_IO, "%s exists and is not a regular file", path);
  snprintf(tmp, sizeof tmp, "%s.tmp.%ld.%u", path, (long)getpid(), atomic_fetch_add(&seq, 1));
  hearth_status st = HEARTH_OK;
  int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return h_err(HEARTH_ERR_IO, "cannot create %s: %s", tmp, strerror(errno));
  (void)fchmod(fd, 0644); /* whatever the umask: an entry others can write is not used for code */
  bool w = write_all(fd, a, alen) && (!blen || write_all(fd, b, blen));
  if (close(fd) != 0) w = false;
  if (!w) st = h_err(HEARTH_ERR_IO, "cannot write %s: %s", tmp, strerror(errno));
  else if (rename(tmp, path) != 0)
    st = h_err(HEARTH_ERR_IO, "cannot rename %s to %s: %s", tmp, path, strerror(errno));
  if (st != HEARTH_OK) unlink(tmp);
  return st;
}

void h_cache_store(hearth_module *m) {
  if (!worth_caching(m)) return;
  char *dir = cache_dir();
  if (!dir) return;
  /* One level is created (the parent, e.g. ~/.cache, usually exists); failures are quiet. */
  if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
    say("hearth: cache: cannot create %s: %s\n", dir, strerror(errno));
    free(dir);
    return;
  }
  h_cache_hdr key;
  h_cache_hash_module(m);
  hdr_key(m, &key);
  char path[4200];
  if (entry_path(dir, &key, path, sizeof path)) {
    if (write_entry(m, path) != HEARTH_OK) say("hearth: cache: %s\n", hearth_errmsg());
    else {
      atomic_fetch_add(&g_stores, 1);
      say("hearth: cache: wrote %s\n", path);
      if (!m->cache_code && code_on()) /* record compiled functions from now on */
        m->cache_code = h_calloc(1, sizeof *m->cache_code);
    }
  }
  free(dir);
}

void h_cache_code_flush(hearth_module *m) {
  h_cache_code *cc = m->cache_code;
  if (!cc || !cc->nfresh || !m->code) return;
  char *dir = cache_dir();
  if (!dir) return;
  h_cache_hdr key;
  hdr_key(m, &key);
  char path[4200];
  if (entry_path(dir, &key, path, sizeof path)) {
    if (write_entry(m, path) != HEARTH_OK) say("hearth: cache: %s\n", hearth_errmsg());
    else {
      atomic_fetch_add(&g_code_flushes, 1);
      say("hearth: cache: wrote %s with %u newly compiled functions\n", path, cc->nfresh);
    }
  }
  free(dir);
}

hearth_status hearth_module_write_code(hearth_module *m, const char *path) {
  if (!m || !path) return h_err(HEARTH_ERR_ARGUMENT, "module or path is NULL");
  if (!m->code) return h_err(HEARTH_ERR_ARGUMENT, "module has no compiled form");
  return write_entry(m, path);
}

hearth_status hearth_module_cache_path(hearth_module *m, char *buf, size_t cap) {
  if (!m || !buf) return h_err(HEARTH_ERR_ARGUMENT, "module or buffer is NULL");
  char *dir = cache_dir();
  if (!dir) return h_err(HEARTH_ERR_ARGUMENT, "the code cache is off (HEARTH_CACHE=0 or HEARTH_CACHE_DIR empty)");
  h_cache_hash_module(m);
  h_cache_hdr key;
  hdr_key(m, &key);
  bool ok = entry_path(dir, &key, buf, cap);
  free(dir);
  return ok ? HEARTH_OK : h_err(HEARTH_ERR_ARGUMENT, "buffer too small");
}

/* ------------------------------------------------------------------------------------ opt code */

/* The optimizing tier's machine code (opt.c): one file per key, KEY.hco, beside the .hcc entries
 * but apart from them: an ELF relocatable object (objload.c) behind this header. It has no size
 * threshold (LLVM takes seconds over modules that validate in microseconds) and its own key: the
 * .hcc key (module hash and length, hearth's build, engine settings, CPU features) plus the
 * tier's key (opt.c: the code generator's identity and the knobs that change its code). A file is
 * used only when all of it matches, the SHA-256 of the object does, and the file is owned by this
 * user and writable by no other (it holds machine code); anything else is ignored (and rewritten
 * after the compile). */
#define H_CACHE_OPT_MAGIC "HEARTHCO"
#define H_CACHE_OPT_FORMAT 1u

typedef struct h_cache_ohdr {
  char magic[8];
  uint32_t format;
  uint32_t hdr_size;
  char version[16];
  uint8_t module_hash[32];
  uint64_t module_len;
  uint64_t settings;
  uint64_t cpu;
  uint64_t tier;          /* opt.c's key of the code generator and its knobs */
  uint64_t obj_len;       /* bytes after the header */
  uint8_t obj_hash[32];   /* SHA-256 of those bytes */
} h_cache_ohdr;

static void ohdr_key(hearth_module *m, uint64_t tier, h_cache_ohdr *o) {
  h_cache_hash_module(m);
  h_cache_hdr h;
  hdr_key(m, &h);
  memset(o, 0, sizeof *o);
  memcpy(o->magic, H_CACHE_OPT_MAGIC, 8);
  o->format = H_CACHE_OPT_FORMAT;
  o->hdr_size = (uint32_t)sizeof *o;
  memcpy(o->version, h.version, sizeof o->version);
  memcpy(o->module_hash, h.module_hash, 32);
  o->module_len = h.module_len;
  o->settings = h.settings;
  o->cpu = h.cpu;
  o->tier = tier;
}

static bool opt_path(hearth_module *m, uint64_t tier, char *out, size_t cap) {
  char *dir = cache_dir();
  if (!dir) return false;
  h_cache_ohdr k;
  ohdr_key(m, tier, &k);
  uint8_t d[32];
  h_sha256(&k, offsetof(h_cache_ohdr, obj_len), d);
  char hex[33];
  for (int i = 0; i < 16; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
  int n = snprintf(out, cap, "%s/%s.hco", dir, hex);
  free(dir);
  return n > 0 && (size_t)n < cap;
}

static atomic_uint g_opt_hits, g_opt_stores;

void h_cache_opt_counts(unsigned *hits, unsigned *stores) {
  *hits = atomic_load(&g_opt_hits);
  *stores = atomic_load(&g_opt_stores);
}

const uint8_t *h_cache_opt_get(hearth_module *m, uint64_t tier, size_t *len, h_cache_map *map) {
  *map = (h_cache_map){NULL, 0};
  char path[4200];
  if (!opt_path(m, tier, path, sizeof path)) return NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    say("hearth: cache: no optimized code at %s\n", path);
    return NULL;
  }
  struct stat st;
  const char *why = NULL;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size < sizeof(h_cache_ohdr))
    why = "truncated";
  else if (st.st_uid != geteuid() || (st.st_mode & (S_IWGRP | S_IWOTH)))
    why = "owned by another user or writable by others";
  uint8_t *p = MAP_FAILED;
  size_t size = why ? 0 : (size_t)st.st_size;
  if (!why) p = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  close(fd);
  if (!why && p == MAP_FAILED) why = "cannot map";
  h_cache_ohdr want, got;
  if (!why) {
    ohdr_key(m, tier, &want);
    memcpy(&got, p, sizeof got);
    uint8_t sum[32];
    if (memcmp(got.magic, want.magic, 8) != 0) why = "not an optimized-code file";
    else if (got.format != want.format || got.hdr_size != want.hdr_size ||
             memcmp(got.version, want.version, sizeof got.version) != 0)
      why = "other hearth version";
    else if (memcmp(got.module_hash, want.module_hash, 32) != 0 || got.module_len != want.module_len)
      why = "other module";
    else if (got.settings != want.settings || got.tier != want.tier) why = "other settings or code generator";
    else if (got.cpu != want.cpu) why = "other CPU";
    else if (got.obj_len != size - sizeof got) why = "truncated or extended";
    else if (h_sha256(p + sizeof got, size - sizeof got, sum), memcmp(sum, got.obj_hash, 32))
      why = "checksum mismatch";
  }
  if (why) {
    if (p != MAP_FAILED) munmap(p, size);
    say("hearth: cache: ignoring %s: %s\n", path, why);
    return NULL;
  }
  say("hearth: cache: optimized code from %s\n", path);
  atomic_fetch_add(&g_opt_hits, 1);
  *map = (h_cache_map){p, size};
  *len = size - sizeof got;
  return p + sizeof got;
}

void h_cache_map_free(h_cache_map *map) {
  if (map->p) munmap(map->p, map->size);
  *map = (h_cache_map){NULL, 0};
}

hearth_status h_cache_opt_write(hearth_module *m, uint64_t tier, const uint8_t *obj, size_t len,
                                const char *path) {
  h_cache_ohdr h;
  ohdr_key(m, tier, &h);
  h.obj_len = len;
  h_sha256(obj, len, h.obj_hash);
  return write_atomic(path, &h, sizeof h, obj, len);
}

void h_cache_opt_put(hearth_module *m, uint64_t tier, const uint8_t *obj, size_t len) {
  char path[4200];
  if (!opt_path(m, tier, path, sizeof path)) return;
  char *dir = cache_dir();
  if (dir && mkdir(dir, 0755) != 0 && errno != EEXIST)
    say("hearth: cache: cannot create %s: %s\n", dir, strerror(errno));
  free(dir);
  if (h_cache_opt_write(m, tier, obj, len, path) != HEARTH_OK) {
    say("hearth: cache: %s\n", hearth_errmsg());
    return;
  }
  atomic_fetch_add(&g_opt_stores, 1);
  say("hearth: cache: wrote %s\n", path);
}

hearth_status h_cache_opt_path(hearth_module *m, uint64_t tier, char *buf, size_t cap) {
  char *dir = cache_dir();
  free(dir);
  if (!dir) return h_err(HEARTH_ERR_ARGUMENT, "the code cache is off (HEARTH_CACHE=0 or HEARTH_CACHE_DIR empty)");
  return opt_path(m, tier, buf, cap) ? HEARTH_OK : h_err(HEARTH_ERR_ARGUMENT, "buffer too small");
}
