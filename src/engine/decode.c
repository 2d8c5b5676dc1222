/* decode.c: the WebAssembly 2.0 binary format -> hearth_module (all sections but function code). */
#include <stdio.h>

#include "internal.h"

/* A bounded reader over m->bytes. `eof` is the message for reading past `end` (the spec testsuite
 * distinguishes the top level, "unexpected end", from inside a section). */
typedef struct rd {
  const uint8_t *p, *end;
  const uint8_t *base; /* m->bytes, for offsets in messages */
  const char *eof;
  int sec;             /* current section id, -1 for the header / section framing */
  bool clamped;        /* a vector count was clamped by rd_count (the section must then fail) */
  bool v3;             /* 3.0 value types (typed references) are read */
} rd;

/* Decoder state beyond what the module holds. */
typedef struct dctx {
  hearth_module *m;
  uint32_t ndefined_funcs;    /* function section count */
  uint32_t ntag_imports;      /* tag imports (counted by sec_import) */
  uint32_t customs_cap;
  bool has_data;
  const uint8_t *name_sec;    /* payload of the first "name" custom section, parsed at the end */
  uint32_t name_len;
  hearth_status deferred;     /* first INVALID found while decoding (reported if nothing is malformed) */
  char deferred_msg[200];
} dctx;

#define TRY(x)                                   \
  do {                                           \
    hearth_status s_ = (x);                      \
    if (H_UNLIKELY(s_ != HEARTH_OK)) return s_;  \
  } while (0)

static const char *sec_name(int id) {
  static const char *const names[] = {"custom", "type", "import", "function", "table", "memory",
                                      "global", "export", "start", "element", "code", "data",
                                      "data count", "tag"};
  if (id < 0 || id > 13) return "module";
  return names[id];
}

static H_NOINLINE void set_detail(const rd *r, const uint8_t *at, const char *msg) {
  if (r->sec < 0)
    h_err(HEARTH_ERR_MALFORMED, "at 0x%zx: %s", (size_t)(at - r->base), msg);
  else
    h_err(HEARTH_ERR_MALFORMED, "%s section at 0x%zx: %s", sec_name(r->sec),
          (size_t)(at - r->base), msg);
}

/* Inline so that the compiler sees the constant status (and that out-params are then unused). */
static inline hearth_status fail_at(const rd *r, const uint8_t *at, const char *msg) {
  set_detail(r, at, msg);
  return HEARTH_ERR_MALFORMED;
}

static inline hearth_status fail(const rd *r, const char *msg) { return fail_at(r, r->p, msg); }

static inline hearth_status nomem(void) {
  h_err(HEARTH_ERR_NOMEM, "out of memory while decoding");
  return HEARTH_ERR_NOMEM;
}

/* Readers always write their out-parameter, even on failure. */
static inline hearth_status rd_byte(rd *r, uint8_t *out) {
  if (H_UNLIKELY(r->p >= r->end)) {
    *out = 0;
    return fail(r, r->eof);
  }
  *out = *r->p++;
  return HEARTH_OK;
}

/* Maps a shared LEB reader's verdict to this reader's errors (offsets at the number's start). */
static hearth_status rd_leb_fail(rd *r, int code) {
  return code == H_LEB_EOF ? fail(r, r->eof) : fail(r, h_leb_message(code));
}

static inline hearth_status rd_u32(rd *r, uint32_t *out) {
  int e = h_leb_u32(&r->p, r->end, out);
  return H_LIKELY(e == H_LEB_OK) ? HEARTH_OK : rd_leb_fail(r, e);
}

static hearth_status rd_s32(rd *r, int32_t *out) {
  int64_t v;
  int e = h_leb_s(&r->p, r->end, 32, &v);
  *out = (int32_t)v;
  return e == H_LEB_OK ? HEARTH_OK : rd_leb_fail(r, e);
}

static hearth_status rd_s64(rd *r, int64_t *out) {
  int e = h_leb_s(&r->p, r->end, 64, out);
  return e == H_LEB_OK ? HEARTH_OK : rd_leb_fail(r, e);
}

static inline size_t rd_left(const rd *r) { return (size_t)(r->end - r->p); }

/* A vector count. Every element takes at least min_size bytes, so at most left/min_size elements
 * can decode: a larger count is clamped to left/min_size + 1, whose last element then fails to
 * decode with the same error as an element-wise reader would report. Allocations thus stay within
 * a small multiple of the input. r->clamped records it as a safety net. */
static hearth_status rd_count(rd *r, size_t min_size, uint32_t *out) {
  TRY(rd_u32(r, out));
  size_t fit = rd_left(r) / min_size;
  if (*out > fit) {
    *out = (uint32_t)(fit + 1);
    r->clamped = true;
  }
  return HEARTH_OK;
}

static hearth_status rd_bytes(rd *r, uint32_t n, const uint8_t **out) {
  *out = r->p;
  if (n > rd_left(r)) return fail(r, "unexpected end of section or function");
  *out = r->p;
  r->p += n;
  return HEARTH_OK;
}

/* Well-formed UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
static bool utf8_valid(const uint8_t *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (n - i < len) return false;
    for (size_t k = 1; k < len; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    i += len;
  }
  return true;
}

static hearth_status rd_name(rd *r, const uint8_t **s, uint32_t *n) {
  TRY(rd_u32(r, n));
  if (*n > rd_left(r)) return fail(r, "length out of bounds");
  if (!utf8_valid(r->p, *n)) return fail(r, "malformed UTF-8 encoding");
  *s = r->p;
  r->p += *n;
  return HEARTH_OK;
}

/* Heap types of 3.0 as an h_vt of a nullable reference: the abstract ones by their byte, concrete
 * ones by a type index (s33, non-negative; read as funcref, see h_vt_fix). */
const char *h_decode_heaptype(const uint8_t **p, const uint8_t *end, h_vt *out) {
  if (*p >= end) return "unexpected end";
  uint8_t b = **p;
  h_valtype rep = 0;
  uint32_t heap = H_HT_TOP;
  switch (b) {
    case 0x70: rep = H_T_FUNCREF; break;
    case 0x6F: rep = H_T_EXTERNREF; break;
    case 0x69: rep = H_T_EXNREF; break;
    case 0x73: rep = H_T_FUNCREF; heap = H_HT_BOT; break;
    case 0x72: rep = H_T_EXTERNREF; heap = H_HT_BOT; break;
    case 0x74: rep = H_T_EXNREF; heap = H_HT_BOT; break;
    case 0x6E: rep = H_T_ANYREF; break;
    case 0x71: rep = H_T_ANYREF; heap = H_HT_BOT; break;
    case 0x6D: rep = H_T_ANYREF; heap = H_HT_EQ; break;
    case 0x6C: rep = H_T_ANYREF; heap = H_HT_I31; break;
    case 0x6B: rep = H_T_ANYREF; heap = H_HT_STRUCT; break;
    case 0x6A: rep = H_T_ANYREF; heap = H_HT_ARRAY; break;
    default: {
      const uint8_t *q = *p;
      int64_t x;
      int e = h_leb_s(&q, end, 33, &x);
      if (e != H_LEB_OK) return h_leb_message(e);
      if (x < 0) return "malformed heap type";
      if (x >= (int64_t)H_MAX_TYPES) return "type index too large";
      *p = q;
      *out = h_vt_make(H_T_FUNCREF, false, H_HT_IDX + (uint32_t)x);
      return NULL;
    }
  }
  (*p)++;
  *out = h_vt_make(rep, false, heap);
  return NULL;
}

const char *h_decode_vt(const uint8_t **p, const uint8_t *end, bool v3, h_vt *out) {
  if (*p >= end) return "unexpected end";
  uint8_t b = **p;
  switch (b) {
    case H_T_I32: case H_T_I64: case H_T_F32: case H_T_F64: case H_T_V128:
    case H_T_FUNCREF: case H_T_EXTERNREF: case H_T_EXNREF:
      (*p)++;
      *out = b;
      return NULL;
    case 0x73: case 0x72: case 0x74: case 0x6E: case 0x6D: case 0x6C: case 0x6B: case 0x6A:
    case 0x71:
      if (!v3) return "malformed value type";
      return h_decode_heaptype(p, end, out);
    case 0x63: case 0x64: {
      if (!v3) return "malformed value type";
      const uint8_t *q = *p + 1;
      const char *msg = h_decode_heaptype(&q, end, out);
      if (msg) return msg;
      if (b == 0x64) *out |= H_VT_NONNULL;
      *p = q;
      return NULL;
    }
    default:
      return (b & 0x80) ? "integer representation too long" : "malformed value type";
  }
}

static hearth_status rd_vt(rd *r, h_vt *out) {
  const char *msg = h_decode_vt(&r->p, r->end, r->v3, out);
  if (msg) return fail(r, msg);
  return HEARTH_OK;
}

static hearth_status rd_valtype(rd *r, h_valtype *out) {
  h_vt t;
  TRY(rd_vt(r, &t));
  *out = h_vt_rep(t);
  return HEARTH_OK;
}

/* A reference type; *pt gets its precise type. */
static hearth_status rd_reftype(rd *r, h_valtype *out, h_vt *pt) {
  h_vt t = 0;
  const uint8_t *at = r->p;
  const char *msg = h_decode_vt(&r->p, r->end, r->v3, &t);
  if (msg || !h_is_ref(h_vt_rep(t))) {
    r->p = at;
    bool typed = at < r->end && (*at == 0x63 || *at == 0x64);
    return fail(r, msg && r->v3 && typed ? msg : "malformed reference type");
  }
  *out = h_vt_rep(t);
  if (pt) *pt = t;
  return HEARTH_OK;
}

/* Limits: flag 0 (min) or 1 (min, max), both u32 for tables and memories in 2.0 (no memory64,
 * no shared memories: flags 2/3 are "integer too large" as in the reference interpreter). In 3.0
 * flags 4/5 are the same with i64 addresses or indices (memory64 / table64): both numbers u64. */
static hearth_status rd_limits(const dctx *d, rd *r, h_limits *out) {
  uint8_t flag;
  TRY(rd_byte(r, &flag));
  if (flag & 0x80) return fail_at(r, r->p - 1, "integer representation too long");
  bool v3 = !d->m->engine || !d->m->engine->cfg.wasm2_only;
  if (v3 && (flag == 4 || flag == 5)) {
    out->is64 = true;
    out->has_max = flag == 5;
    out->max = 0;
    int e = h_leb_u64(&r->p, r->end, &out->min);
    if (e != H_LEB_OK) return rd_leb_fail(r, e);
    if (out->has_max && (e = h_leb_u64(&r->p, r->end, &out->max)) != H_LEB_OK)
      return rd_leb_fail(r, e);
    return HEARTH_OK;
  }
  if (flag > 1) return fail_at(r, r->p - 1, "integer too large");
  if (v3) { /* 3.0 reads every limit as u64; validation bounds 32-bit ones ("memory size") */
    out->is64 = false;
    out->has_max = flag == 1;
    out->max = 0;
    int e = h_leb_u64(&r->p, r->end, &out->min);
    if (e != H_LEB_OK) return rd_leb_fail(r, e);
    if (out->has_max && (e = h_leb_u64(&r->p, r->end, &out->max)) != H_LEB_OK)
      return rd_leb_fail(r, e);
    return HEARTH_OK;
  }
  uint32_t v;
  TRY(rd_u32(r, &v));
  out->min = v;
  out->has_max = flag == 1;
  out->is64 = false;
  out->max = 0;
  if (out->has_max) {
    TRY(rd_u32(r, &v));
    out->max = v;
  }
  return HEARTH_OK;
}

static hearth_status rd_globaltype(rd *r, h_globaltype *out) {
  TRY(rd_vt(r, &out->pt));
  out->type = h_vt_rep(out->pt);
  uint8_t mut;
  TRY(rd_byte(r, &mut));
  if (mut > 1) return fail_at(r, r->p - 1, "malformed mutability");
  out->mut = mut == 1;
  return HEARTH_OK;
}

static void defer_invalid(dctx *d, const rd *r, const char *msg) {
  if (d->deferred != HEARTH_OK) return;
  d->deferred = HEARTH_ERR_INVALID;
  snprintf(d->deferred_msg, sizeof d->deferred_msg, "%s section at 0x%zx: %s", sec_name(r->sec),
           (size_t)(r->p - r->base), msg);
}

/* Single-byte opcodes of WebAssembly 2.0 (for telling "not constant" from "illegal opcode"). */
static bool is_known_opcode(uint8_t op) {
  if (op <= 0x05 || (op >= 0x0B && op <= 0x11)) return true;
  if (op == 0x1A || op == 0x1B || op == 0x1C) return true;
  if (op >= 0x20 && op <= 0x26) return true;
  if (op >= 0x28 && op <= 0xC4) return true;
  if (op >= 0xD0 && op <= 0xD2) return true;
  return op == 0xFC || op == 0xFD;
}

/* One constant instruction (the opcode byte already read). Returns HEARTH_OK and fills *e, or
 * MALFORMED, or INVALID "constant expression required" for a known non-constant instruction. */
static hearth_status rd_const_instr(rd *r, uint8_t op, h_constexpr *e) {
  const uint8_t *at = r->p - 1;
  memset(e, 0, sizeof *e);
  e->op = op;
  switch (op) {
    case 0x41: {
      int32_t v;
      TRY(rd_s32(r, &v));
      e->type = H_T_I32;
      e->bits[0] = (uint32_t)v;
      return HEARTH_OK;
    }
    case 0x42: {
      int64_t v;
      TRY(rd_s64(r, &v));
      e->type = H_T_I64;
      e->bits[0] = (uint64_t)v;
      return HEARTH_OK;
    }
    case 0x43: {
      const uint8_t *b;
      TRY(rd_bytes(r, 4, &b));
      uint32_t v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
      e->type = H_T_F32;
      e->bits[0] = v;
      return HEARTH_OK;
    }
    case 0x44: {
      const uint8_t *b;
      TRY(rd_bytes(r, 8, &b));
      uint64_t v = 0;
      for (int i = 7; i >= 0; i--) v = (v << 8) | b[i];
      e->type = H_T_F64;
      e->bits[0] = v;
      return HEARTH_OK;
    }
    case 0xD0: {
      const char *msg = r->v3 ? h_decode_heaptype(&r->p, r->end, &e->pt) : NULL;
      if (msg) return fail(r, msg);
      if (!r->v3) TRY(rd_reftype(r, &e->type, &e->pt));
      e->type = h_vt_rep(e->pt);
      return HEARTH_OK;
    }
    case 0xD2:
      TRY(rd_u32(r, &e->index));
      e->type = H_T_FUNCREF;
      return HEARTH_OK;
    case 0x23:
      TRY(rd_u32(r, &e->index));
      e->type = H_T_NONE; /* validation fills it from the global's type */
      return HEARTH_OK;
    case 0xFB: { /* GC: struct.new(_default), array.new(_default/_fixed), ref.i31, conversions */
      uint32_t sub;
      if (!r->v3) return fail_at(r, at, "illegal opcode");
      TRY(rd_u32(r, &sub));
      e->bits[0] = sub;
      switch (sub) {
        case 0: case 1: case 6: case 7: TRY(rd_u32(r, &e->index)); return HEARTH_OK;
        case 8: {
          uint32_t n;
          TRY(rd_u32(r, &e->index));
          TRY(rd_u32(r, &n));
          e->bits[1] = n;
          return HEARTH_OK;
        }
        case 26: case 27: case 28: return HEARTH_OK;
        default:
          if (sub > 30) return fail_at(r, at, "illegal opcode");
          return h_err(HEARTH_ERR_INVALID, "%s section at 0x%zx: constant expression required",
                       sec_name(r->sec), (size_t)(at - r->base));
      }
    }
    case 0xFD: {
      uint32_t sub;
      TRY(rd_u32(r, &sub));
      if (sub == 0x0C) {
        const uint8_t *b;
        TRY(rd_bytes(r, 16, &b));
        uint64_t lo = 0, hi = 0;
        for (int i = 7; i >= 0; i--) lo = (lo << 8) | b[i];
        for (int i = 15; i >= 8; i--) hi = (hi << 8) | b[i];
        e->type = H_T_V128;
        e->bits[0] = lo;
        e->bits[1] = hi;
        return HEARTH_OK;
      }
      if (sub > 0xFF) return fail_at(r, at, "illegal opcode");
      return h_err(HEARTH_ERR_INVALID, "%s section at 0x%zx: constant expression required",
                   sec_name(r->sec), (size_t)(at - r->base));
    }
    default:
      if (!is_known_opcode(op)) return fail_at(r, at, "illegal opcode");
      return h_err(HEARTH_ERR_INVALID, "%s section at 0x%zx: constant expression required",
                   sec_name(r->sec), (size_t)(at - r->base));
  }
}

/* Appends e to the module's pool of extended-constant instructions (H_CONST_SEQ). */
static hearth_status seq_push(hearth_module *m, const h_constexpr *e) {
  if (m->nconst_seq == m->cconst_seq &&
      !h_array_grow((void **)&m->const_seq, sizeof(h_constexpr), &m->cconst_seq,
                    m->nconst_seq + 1))
    return nomem();
  m->const_seq[m->nconst_seq++] = *e;
  return HEARTH_OK;
}

static bool is_const_arith(uint8_t op) { return (op >= 0x6A && op <= 0x6C) || (op >= 0x7C && op <= 0x7E); }

/* A constant expression: one constant instruction, then end. An empty expression or several
 * constant instructions decode fine but are invalid ("type mismatch"): that is deferred so that a
 * later malformation still wins, as in the spec's decode-then-validate order. In 3.0 (extended
 * constant expressions) several instructions and i32/i64 add/sub/mul form an H_CONST_SEQ whose
 * stack discipline validate.c checks. */
static hearth_status rd_constexpr(dctx *d, rd *r, h_constexpr *e) {
  uint8_t op;
  bool ext = !d->m->engine || !d->m->engine->cfg.wasm2_only;
  TRY(rd_byte(r, &op));
  if (op == 0x0B) {
    memset(e, 0, sizeof *e);
    e->op = 0x41; /* placeholder; the module is rejected as invalid */
    e->type = H_T_I32;
    defer_invalid(d, r, "type mismatch (empty constant expression)");
    return HEARTH_OK;
  }
  if (ext && is_const_arith(op)) {
    memset(e, 0, sizeof *e);
    e->op = op;
  } else {
    TRY(rd_const_instr(r, op, e));
  }
  TRY(rd_byte(r, &op));
  /* GC instructions take operands: they are always a sequence (validated as one) */
  if (H_LIKELY(op == 0x0B) && !is_const_arith(e->op) && e->op != 0xFB) return HEARTH_OK;
  if (ext) {
    hearth_module *m = d->m;
    uint32_t first = m->nconst_seq;
    TRY(seq_push(m, e));
    while (op != 0x0B) {
      h_constexpr it;
      if (is_const_arith(op)) {
        memset(&it, 0, sizeof it);
        it.op = op;
      } else {
        TRY(rd_const_instr(r, op, &it));
      }
      TRY(seq_push(m, &it));
      TRY(rd_byte(r, &op));
    }
    memset(e, 0, sizeof *e);
    e->op = H_CONST_SEQ;
    e->index = first;
    e->bits[0] = m->nconst_seq - first;
    return HEARTH_OK;
  }
  /* More instructions: decode them (malformed wins), then report the stack mismatch. */
  while (op != 0x0B) {
    h_constexpr extra;
    TRY(rd_const_instr(r, op, &extra));
    TRY(rd_byte(r, &op));
  }
  defer_invalid(d, r, "type mismatch (constant expression leaves several values)");
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- sections */

/* A function type's signature after its 0x60 byte. */
static hearth_status rd_functype(rd *r, h_functype *t) {
  h_vt ptmp[H_MAX_FUNC_PARAMS];
  for (int pass = 0; pass < 2; pass++) {
    uint32_t cnt;
    TRY(rd_count(r, 1, &cnt));
    if (cnt > (pass ? H_MAX_FUNC_RESULTS : H_MAX_FUNC_PARAMS))
      return fail(r, pass ? "too many results" : "too many parameters");
    h_valtype *arr = NULL;
    if (cnt) {
      arr = h_malloc(cnt);
      if (!arr) return nomem();
    }
    if (pass) {
      t->results = arr;
      t->nresults = cnt;
    } else {
      t->params = arr;
      t->nparams = cnt;
    }
    if (pass && !(t->pt = h_malloc(((size_t)t->nparams + cnt + 1) * sizeof(h_vt)))) return nomem();
    for (uint32_t k = 0; k < cnt; k++) {
      h_vt v;
      TRY(rd_vt(r, &v));
      arr[k] = h_vt_rep(v);
      if (pass) t->pt[t->nparams + k] = v;
      else ptmp[k] = v;
    }
    if (pass && t->nparams) memcpy(t->pt, ptmp, t->nparams * sizeof(h_vt));
  }
  h_functype_finish(t);
  return HEARTH_OK;
}

/* The fields of a struct type (after 0x5F: a vector) or the element of an array type (after
 * 0x5E: one field): storage type (i8 0x78, i16 0x77 or a value type) and mutability (0 or 1). */
static hearth_status rd_fields(rd *r, h_typeinfo *ti, bool array) {
  uint32_t n = 1;
  if (!array) {
    TRY(rd_count(r, 2, &n));
    if (n > H_MAX_STRUCT_FIELDS)
      return h_err(HEARTH_ERR_LIMIT, "type section: struct type with %u fields, more than the "
                   "limit of %u", n, (unsigned)H_MAX_STRUCT_FIELDS);
  }
  ti->ft = h_malloc((size_t)n * (sizeof(h_vt) + 1) + 1);
  if (!ti->ft) return nomem();
  ti->fmut = (uint8_t *)(ti->ft + n);
  for (uint32_t k = 0; k < n; k++) {
    if (r->p < r->end && (*r->p == H_ST_I8 || *r->p == H_ST_I16)) ti->ft[k] = *r->p++;
    else TRY(rd_vt(r, &ti->ft[k]));
    uint8_t mut;
    TRY(rd_byte(r, &mut));
    if (mut > 1) return fail_at(r, r->p - 1, "malformed mutability");
    ti->fmut[k] = mut;
    ti->nfields = k + 1;
  }
  return HEARTH_OK;
}

/* One type definition: 2.0 a function type; 3.0 also `sub` (0x50) / `sub final` (0x4F) with
 * at most one supertype index, and GC's struct (0x5F) and array (0x5E) types. */
static hearth_status rd_subtype(rd *r, h_functype *t, h_typeinfo *ti) {
  uint8_t form;
  TRY(rd_byte(r, &form));
  ti->super = H_NO_SUPER;
  ti->final = true;
  ti->kind = H_RTT_FUNC;
  if (r->v3 && (form == 0x50 || form == 0x4F)) {
    uint32_t ns;
    TRY(rd_count(r, 1, &ns));
    if (ns > 1) return h_err(HEARTH_ERR_INVALID, "type section: multiple supertypes");
    if (ns) TRY(rd_u32(r, &ti->super));
    ti->final = form == 0x4F;
    TRY(rd_byte(r, &form));
  }
  if (r->v3 && (form == 0x5F || form == 0x5E)) {
    ti->kind = form;
    return rd_fields(r, ti, form == 0x5E);
  }
  if (form != 0x60) {
    r->p--;
    return fail(r, (form & 0x80) ? "integer representation too long" : "malformed function type");
  }
  return rd_functype(r, t);
}

/* The type section: in 3.0 a vector of recursion groups (0x4E and a vector of subtypes, or one
 * subtype alone), which number their types consecutively. */
static hearth_status sec_type(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n, cap = 0;
  TRY(rd_count(r, 1, &n));
  m->ntypes = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t k = 1;
    if (r->v3 && r->p < r->end && *r->p == 0x4E) {
      r->p++;
      TRY(rd_count(r, 1, &k));
    }
    if ((uint64_t)m->ntypes + k > H_MAX_TYPES) return fail(r, "too many types");
    uint32_t c1 = cap, need = m->ntypes + k;
    if (need > cap) {
      if (!h_array_grow((void **)&m->types, sizeof(h_functype), &c1, need)) return nomem();
      uint32_t c2 = cap;
      if (!h_array_grow((void **)&m->tinfo, sizeof(h_typeinfo), &c2, need)) return nomem();
      cap = c1 < c2 ? c1 : c2;
    }
    uint32_t g = m->ntypes;
    for (uint32_t j = 0; j < k; j++) {
      h_functype *t = &m->types[m->ntypes];
      memset(t, 0, sizeof *t);
      h_typeinfo *ti = &m->tinfo[m->ntypes];
      memset(ti, 0, sizeof *ti);
      m->ntypes++; /* counted before reading: a partial type is freed with the module */
      TRY(rd_subtype(r, t, ti));
      ti->group = g;
      ti->gsize = k;
    }
  }
  return HEARTH_OK;
}

static hearth_status sec_import(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  TRY(rd_count(r, 4, &n));
  if (n) {
    m->imports = h_calloc(n, sizeof(h_import));
    if (!m->imports) return nomem();
  }
  m->nimports = n;
  uint32_t nf = 0, nt = 0, nm = 0, ng = 0;
  for (uint32_t i = 0; i < n; i++) {
    h_import *im = &m->imports[i];
    const uint8_t *s;
    uint32_t len;
    TRY(rd_name(r, &s, &len));
    if (!(im->module = h_strndup((const char *)s, len))) return nomem();
    im->module_len = len;
    TRY(rd_name(r, &s, &len));
    if (!(im->name = h_strndup((const char *)s, len))) return nomem();
    im->name_len = len;
    uint8_t kind;
    TRY(rd_byte(r, &kind));
    im->kind = kind;
    switch (kind) {
      case H_EXTERN_FUNC:
        TRY(rd_u32(r, &im->desc.func_type));
        nf++;
        break;
      case H_EXTERN_TABLE:
        TRY(rd_reftype(r, &im->desc.table.elem, &im->desc.table.pelem));
        TRY(rd_limits(d, r, &im->desc.table.limits));
        nt++;
        break;
      case H_EXTERN_MEMORY:
        TRY(rd_limits(d, r, &im->desc.mem));
        nm++;
        break;
      case H_EXTERN_GLOBAL:
        TRY(rd_globaltype(r, &im->desc.global));
        ng++;
        break;
      case H_EXTERN_TAG: {
        uint8_t attr;
        TRY(rd_byte(r, &attr));
        if (attr != 0) return fail_at(r, r->p - 1, "malformed tag attribute");
        TRY(rd_u32(r, &im->desc.tag_type));
        d->ntag_imports++;
        break;
      }
      default:
        return fail_at(r, r->p - 1, "malformed import kind");
    }
  }
  if (nf && !(m->func_type = h_malloc((size_t)nf * sizeof(uint32_t)))) return nomem();
  if (nt && !(m->tables = h_malloc((size_t)nt * sizeof(h_tabletype)))) return nomem();
  if (nm && !(m->mems = h_malloc((size_t)nm * sizeof(h_limits)))) return nomem();
  if (ng && !(m->globals = h_malloc((size_t)ng * sizeof(h_globaltype)))) return nomem();
  uint32_t ntg = d->ntag_imports;
  if (ntg && !(m->tag_type = h_malloc((size_t)ntg * sizeof(uint32_t)))) return nomem();
  m->ntags = m->nimported_tags = ntg;
  ntg = 0;
  m->nfuncs = m->nimported_funcs = nf;
  m->ntables = m->nimported_tables = nt;
  m->nmems = m->nimported_mems = nm;
  m->nglobals = m->nimported_globals = ng;
  nf = nt = nm = ng = 0;
  for (uint32_t i = 0; i < n; i++) {
    const h_import *im = &m->imports[i];
    switch (im->kind) {
      case H_EXTERN_FUNC: m->func_type[nf++] = im->desc.func_type; break;
      case H_EXTERN_TABLE: m->tables[nt++] = im->desc.table; break;
      case H_EXTERN_MEMORY: m->mems[nm++] = im->desc.mem; break;
      case H_EXTERN_TAG: m->tag_type[ntg++] = im->desc.tag_type; break;
      default: m->globals[ng++] = im->desc.global; break;
    }
  }
  return HEARTH_OK;
}

/* Grows an index-space array from `have` imported entries to have + add. */
static hearth_status grow_space(void **arr, size_t elt, uint32_t have, uint32_t add) {
  if (!add) return HEARTH_OK;
  if ((uint64_t)have + add > UINT32_MAX) return h_err(HEARTH_ERR_MALFORMED, "index space too large");
  void *p = h_realloc(*arr, ((size_t)have + add) * elt);
  if (!p) return nomem();
  *arr = p;
  return HEARTH_OK;
}

static hearth_status sec_function(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  TRY(rd_count(r, 1, &n));
  TRY(grow_space((void **)&m->func_type, sizeof(uint32_t), m->nfuncs, n));
  for (uint32_t i = 0; i < n; i++) {
    TRY(rd_u32(r, &m->func_type[m->nfuncs]));
    m->nfuncs++;
  }
  d->ndefined_funcs = n;
  return HEARTH_OK;
}

static hearth_status sec_table(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  TRY(rd_count(r, 3, &n));
  TRY(grow_space((void **)&m->tables, sizeof(h_tabletype), m->ntables, n));
  for (uint32_t i = 0; i < n; i++) {
    h_tabletype *t = &m->tables[m->ntables];
    bool has_init = false;
    if (r->v3 && r->p < r->end && *r->p == 0x40) { /* 3.0: 0x40 0x00 tabletype expr */
      r->p++;
      uint8_t z;
      TRY(rd_byte(r, &z));
      if (z != 0) return fail_at(r, r->p - 1, "malformed table");
      has_init = true;
    }
    TRY(rd_reftype(r, &t->elem, &t->pelem));
    TRY(rd_limits(d, r, &t->limits));
    m->ntables++;
    if (has_init) {
      uint32_t k = m->ntables - 1 - m->nimported_tables;
      if (!m->table_init) {
        uint32_t nd = m->ntables - m->nimported_tables + (n - 1 - i);
        if (!(m->table_init = h_calloc(nd, sizeof(h_constexpr)))) return nomem();
      }
      TRY(rd_constexpr(d, r, &m->table_init[k]));
    }
  }
  return HEARTH_OK;
}

static hearth_status sec_memory(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  TRY(rd_count(r, 2, &n));
  TRY(grow_space((void **)&m->mems, sizeof(h_limits), m->nmems, n));
  for (uint32_t i = 0; i < n; i++) {
    TRY(rd_limits(d, r, &m->mems[m->nmems]));
    m->nmems++;
  }
  return HEARTH_OK;
}

static hearth_status sec_global(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  TRY(rd_count(r, 3, &n));
  TRY(grow_space((void **)&m->globals, sizeof(h_globaltype), m->nglobals, n));
  if (n && !(m->global_init = h_calloc(n, sizeof(h_constexpr)))) return nomem();
  for (uint32_t i = 0; i < n; i++) {
    TRY(rd_globaltype(r, &m->globals[m->nglobals]));
    m->nglobals++; /* global_init[i] stays zeroed (op 0) until read; the module is then rejected */
    TRY(rd_constexpr(d, r, &m->global_init[i]));
  }
  return HEARTH_OK;
}

/* The tag section (exception handling, id 13): per tag an attribute byte 0 and a type index. */
static hearth_status sec_tag(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  TRY(rd_count(r, 2, &n));
  TRY(grow_space((void **)&m->tag_type, sizeof(uint32_t), m->ntags, n));
  for (uint32_t i = 0; i < n; i++) {
    uint8_t attr;
    TRY(rd_byte(r, &attr));
    if (attr != 0) return fail_at(r, r->p - 1, "malformed tag attribute");
    TRY(rd_u32(r, &m->tag_type[m->ntags]));
    m->ntags++;
  }
  return HEARTH_OK;
}

static hearth_status sec_export(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  TRY(rd_count(r, 3, &n));
  if (n && !(m->exports = h_calloc(n, sizeof(h_export)))) return nomem();
  m->nexports = n;
  for (uint32_t i = 0; i < n; i++) {
    h_export *ex = &m->exports[i];
    const uint8_t *s;
    uint32_t len;
    TRY(rd_name(r, &s, &len));
    if (!(ex->name = h_strndup((const char *)s, len))) return nomem();
    ex->name_len = len;
    uint8_t kind;
    TRY(rd_byte(r, &kind));
    if (kind > H_EXTERN_TAG) return fail_at(r, r->p - 1, "malformed export kind");
    ex->kind = kind;
    TRY(rd_u32(r, &ex->index));
  }
  return HEARTH_OK;
}

static hearth_status sec_start(dctx *d, rd *r) {
  TRY(rd_u32(r, &d->m->start));
  d->m->has_start = true;
  return HEARTH_OK;
}

static hearth_status sec_elem(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  TRY(rd_count(r, 3, &n));
  if (n && !(m->elems = h_calloc(n, sizeof(h_elem)))) return nomem();
  m->nelems = n;
  for (uint32_t i = 0; i < n; i++) {
    h_elem *e = &m->elems[i];
    uint32_t flags;
    const uint8_t *at = r->p;
    TRY(rd_u32(r, &flags));
    if (flags > 7) return fail_at(r, at, "malformed elements segment kind");
    /* bit 0: passive or declarative; bit 1: explicit table (active) or declarative;
     * bit 2: items are expressions rather than function indices. */
    bool exprs = flags & 4;
    e->type = H_T_FUNCREF;
    e->ptype = r->v3 && !exprs ? H_T_FUNCREF | H_VT_NONNULL : H_T_FUNCREF; /* 3.0: (ref func) */
    if (flags & 1) {
      e->mode = (flags & 2) ? H_SEG_DECLARATIVE : H_SEG_PASSIVE;
    } else {
      e->mode = H_SEG_ACTIVE;
      if (flags & 2) TRY(rd_u32(r, &e->table));
      TRY(rd_constexpr(d, r, &e->offset));
    }
    if (flags & 3) { /* elemkind or reftype present */
      if (exprs) {
        TRY(rd_reftype(r, &e->type, &e->ptype));
      } else {
        uint8_t kind;
        TRY(rd_byte(r, &kind));
        if (kind != 0x00) return fail_at(r, r->p - 1, "malformed element kind");
      }
    }
    uint32_t cnt;
    TRY(rd_count(r, 1, &cnt));
    if (cnt && !(e->items = h_calloc(cnt, sizeof(h_constexpr)))) return nomem();
    e->count = cnt;
    for (uint32_t k = 0; k < cnt; k++) {
      h_constexpr *it = &e->items[k];
      if (exprs) {
        TRY(rd_constexpr(d, r, it));
      } else {
        it->op = 0xD2;
        it->type = H_T_FUNCREF;
        it->pt = H_T_FUNCREF;
        TRY(rd_u32(r, &it->index));
      }
    }
  }
  return HEARTH_OK;
}

static hearth_status sec_datacount(dctx *d, rd *r) {
  TRY(rd_u32(r, &d->m->datacount));
  d->m->has_datacount = true;
  return HEARTH_OK;
}

static hearth_status sec_code(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  const uint8_t *at = r->p;
  TRY(rd_u32(r, &n));
  if (n != d->ndefined_funcs)
    return fail_at(r, at, "function and code section have inconsistent lengths");
  r->p = at;
  TRY(rd_count(r, 2, &n));
  if (n && !(m->bodies = h_calloc(n, sizeof(h_body)))) return nomem();
  /* A code cache entry of this very module (cache.c: same SHA-256) knows where the bodies are:
   * taken without reading them (72 MB of Clang need not be touched), each kept inside the
   * section, so that even a lying entry only makes compile.c see other (validated) bytes. */
  const uint8_t *cb = h_cache_bodies(m, n);
  for (uint32_t i = 0; cb && i < n; i++) {
    uint32_t e[2];
    memcpy(e, cb + 8 * (size_t)i, 8);
    const uint8_t *start = r->base + e[0];
    if (e[0] > (size_t)(r->end - r->base) || start < r->p || e[1] > (size_t)(r->end - start)) {
      memset(m->bodies, 0, (size_t)n * sizeof(h_body)); /* not this section: decode it */
      cb = NULL;
      break;
    }
    m->bodies[i] = (h_body){.start = start, .len = e[1], .offset = e[0]};
  }
  if (cb) {
    r->p = r->end;
    return HEARTH_OK;
  }
  for (uint32_t i = 0; i < n; i++) {
    uint32_t size;
    TRY(rd_u32(r, &size));
    if (size > rd_left(r)) return fail(r, "unexpected end of section or function");
    h_body *b = &m->bodies[i];
    b->start = r->p;
    b->len = size;
    b->offset = (uint32_t)(r->p - r->base);
    /* The locals vector, checked here so that its malformations are found before any
     * validation error; compile.c reads it again. */
    rd body = {r->p, r->p + size, r->base, "unexpected end of section or function", r->sec, false,
               r->v3};
    uint32_t ngroups;
    TRY(rd_count(&body, 2, &ngroups));
    uint64_t total = 0;
    for (uint32_t g = 0; g < ngroups; g++) {
      uint32_t cnt;
      h_valtype t;
      const uint8_t *gat = body.p;
      TRY(rd_u32(&body, &cnt));
      TRY(rd_valtype(&body, &t));
      total += cnt;
      if (total > H_MAX_LOCALS) return fail_at(&body, gat, "too many locals");
    }
    if (body.clamped) return fail(&body, body.eof);
    if (body.p >= body.end || body.end[-1] != 0x0B)
      return fail_at(&body, body.end, "END opcode expected");
    r->p += size;
  }
  return HEARTH_OK;
}

static hearth_status sec_data(dctx *d, rd *r) {
  hearth_module *m = d->m;
  uint32_t n;
  const uint8_t *at = r->p;
  TRY(rd_u32(r, &n));
  if (m->has_datacount && n != m->datacount)
    return fail_at(r, at, "data count and data section have inconsistent lengths");
  r->p = at;
  TRY(rd_count(r, 2, &n));
  if (n && !(m->datas = h_calloc(n, sizeof(h_data)))) return nomem();
  m->ndatas = n;
  d->has_data = true;
  for (uint32_t i = 0; i < n; i++) {
    h_data *g = &m->datas[i];
    uint32_t flags;
    at = r->p;
    TRY(rd_u32(r, &flags));
    if (flags > 2) return fail_at(r, at, "malformed data segment kind");
    if (flags == 1) {
      g->mode = H_SEG_PASSIVE;
    } else {
      g->mode = H_SEG_ACTIVE;
      if (flags == 2) TRY(rd_u32(r, &g->memory));
      TRY(rd_constexpr(d, r, &g->offset));
    }
    TRY(rd_u32(r, &g->len));
    TRY(rd_bytes(r, g->len, &g->bytes));
  }
  return HEARTH_OK;
}

static hearth_status sec_custom(dctx *d, rd *r) {
  hearth_module *m = d->m;
  const uint8_t *s;
  uint32_t len;
  TRY(rd_name(r, &s, &len));
  if (!h_array_grow((void **)&m->customs, sizeof(h_custom), &d->customs_cap, m->ncustoms + 1))
    return nomem();
  h_custom *c = &m->customs[m->ncustoms];
  if (!(c->name = h_strndup((const char *)s, len))) return nomem();
  c->data = r->p;
  c->len = (uint32_t)rd_left(r);
  m->ncustoms++;
  if (len == 4 && memcmp(s, "name", 4) == 0 && !d->name_sec) {
    d->name_sec = c->data;
    d->name_len = c->len;
  }
  r->p = r->end;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- name section */

/* Parses the name section (module and function names). Any malformation: the section is ignored
 * (returns false, nothing kept). */
static bool parse_names(hearth_module *m, const uint8_t *data, uint32_t len) {
  rd r = {data, data + len, m->bytes, "unexpected end", 0, false, false};
  char *modname = NULL;
  char **fnames = NULL;
  int last_id = -1;
  while (r.p < r.end) {
    uint8_t id;
    uint32_t size;
    if (rd_byte(&r, &id) || rd_u32(&r, &size) || size > rd_left(&r)) goto bad;
    if ((int)id <= last_id) goto bad;
    last_id = id;
    rd sub = {r.p, r.p + size, m->bytes, "unexpected end", 0, false, false};
    r.p += size;
    if (id == 0) {
      const uint8_t *s;
      uint32_t n;
      if (rd_name(&sub, &s, &n) || sub.p != sub.end) goto bad;
      if (!(modname = h_strndup((const char *)s, n))) goto bad;
    } else if (id == 1) {
      uint32_t cnt;
      if (rd_count(&sub, 2, &cnt)) goto bad;
      if (m->nfuncs && !(fnames = h_calloc(m->nfuncs, sizeof(char *)))) goto bad;
      int64_t prev = -1;
      for (uint32_t i = 0; i < cnt; i++) {
        uint32_t idx, n;
        const uint8_t *s;
        if (rd_u32(&sub, &idx) || rd_name(&sub, &s, &n)) goto bad;
        if ((int64_t)idx <= prev || idx >= m->nfuncs) goto bad;
        prev = idx;
        if (!(fnames[idx] = h_strndup((const char *)s, n))) goto bad;
      }
      if (sub.p != sub.end || sub.clamped) goto bad;
    }
    /* other subsections (locals, labels, ...) are skipped */
  }
  m->module_name = modname;
  m->func_names = fnames;
  return true;
bad:
  h_free(modname);
  if (fnames)
    for (uint32_t i = 0; i < m->nfuncs; i++) h_free(fnames[i]);
  h_free(fnames);
  return false;
}

/* ---------------------------------------------------------------- module */

static void mark_ref(hearth_module *m, const h_constexpr *e) {
  if (e->op == 0xD2 && e->index < m->nfuncs) m->func_declared[e->index] = true;
  if (e->op == H_CONST_SEQ)
    for (uint64_t k = 0; k < e->bits[0]; k++) mark_ref(m, &m->const_seq[e->index + k]);
}

/* C.refs: functions referenced outside function bodies and the start section. */
static hearth_status compute_declared(hearth_module *m) {
  if (!m->nfuncs) return HEARTH_OK;
  if (!(m->func_declared = h_calloc(m->nfuncs, sizeof(bool)))) return nomem();
  for (uint32_t i = 0; i < m->nglobals - m->nimported_globals; i++) mark_ref(m, &m->global_init[i]);
  for (uint32_t i = 0; i < m->nelems; i++) {
    const h_elem *e = &m->elems[i];
    mark_ref(m, &e->offset);
    for (uint32_t k = 0; k < e->count; k++) mark_ref(m, &e->items[k]);
  }
  for (uint32_t i = 0; i < m->ndatas; i++) mark_ref(m, &m->datas[i].offset);
  for (uint32_t i = 0; i < m->nexports; i++) {
    const h_export *x = &m->exports[i];
    if (x->kind == H_EXTERN_FUNC && x->index < m->nfuncs) m->func_declared[x->index] = true;
  }
  return HEARTH_OK;
}

/* Position of each section id in the required order (custom sections, id 0, go anywhere). */
static const uint8_t k_order[14] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6}; /* 13: tag */

hearth_status h_decode_module(hearth_module *m) {
  dctx d;
  memset(&d, 0, sizeof d);
  d.m = m;
  rd top = {m->bytes, m->bytes + m->len, m->bytes, "unexpected end", -1, false, false};
  if (m->len < 4) return fail_at(&top, top.end, "unexpected end");
  if (memcmp(m->bytes, "\0asm", 4) != 0) return fail(&top, "magic header not detected");
  if (m->len < 8) return fail_at(&top, top.end, "unexpected end");
  if (memcmp(m->bytes + 4, "\1\0\0\0", 4) != 0) return fail_at(&top, top.p + 4, "unknown binary version");
  if (m->len > UINT32_MAX) return h_err(HEARTH_ERR_MALFORMED, "module larger than 4 GiB");
  top.p += 8;

  unsigned last = 0;
  while (top.p < top.end) {
    const uint8_t *sec_at = top.p;
    uint8_t id;
    uint32_t size;
    TRY(rd_byte(&top, &id));
    if (id > 13) return fail_at(&top, sec_at, "malformed section id");
    TRY(rd_u32(&top, &size));
    if (size > rd_left(&top)) return fail_at(&top, sec_at, "length out of bounds");
    if (id != 0) {
      if (k_order[id] <= last) return fail_at(&top, sec_at, "unexpected content after last section");
      last = k_order[id];
    }
    rd r = {top.p, top.p + size, m->bytes, "unexpected end of section or function", id, false,
            !m->engine || !m->engine->cfg.wasm2_only};
    hearth_status s;
    switch (id) {
      case 0: s = sec_custom(&d, &r); break;
      case 1: s = sec_type(&d, &r); break;
      case 2: s = sec_import(&d, &r); break;
      case 3: s = sec_function(&d, &r); break;
      case 4: s = sec_table(&d, &r); break;
      case 5: s = sec_memory(&d, &r); break;
      case 6: s = sec_global(&d, &r); break;
      case 7: s = sec_export(&d, &r); break;
      case 8: s = sec_start(&d, &r); break;
      case 9: s = sec_elem(&d, &r); break;
      case 10: s = sec_code(&d, &r); break;
      case 11: s = sec_data(&d, &r); break;
      case 13: s = sec_tag(&d, &r); break;
      default: s = sec_datacount(&d, &r); break;
    }
    if (s != HEARTH_OK) return s;
    if (r.clamped) return fail(&r, r.eof);
    if (r.p != r.end) return fail(&r, "section size mismatch");
    top.p += size;
  }
  if (d.ndefined_funcs && !m->bodies)
    return fail(&top, "function and code section have inconsistent lengths");
  if (m->has_datacount && !d.has_data && m->datacount != 0)
    return fail(&top, "data count and data section have inconsistent lengths");

  if (d.name_sec && !parse_names(m, d.name_sec, d.name_len)) h_err_clear();
  TRY(compute_declared(m));
  if (d.deferred != HEARTH_OK) return h_err(d.deferred, "%s", d.deferred_msg);
  return h_validate_module(m);
}
