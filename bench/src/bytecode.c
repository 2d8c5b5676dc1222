/* bytecode.c benchmark: a small register-less stack VM (switch dispatch) running programs assembled at
 * start-up: a prime sieve, an iterative Fibonacci mod 2^32 loop, and a recursive Ackermann-like call. */
#include "common.h"

enum {
  OP_PUSH, OP_POP, OP_DUP, OP_SWAP, OP_OVER,
  OP_ADD, OP_SUB, OP_MUL, OP_DIVU, OP_REMU, OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR,
  OP_LT, OP_EQ, OP_NOT,
  OP_LOAD, OP_STORE,     /* heap[pop] / heap[a] = b */
  OP_GET, OP_SET,        /* locals of the current frame, operand = index */
  OP_JMP, OP_JZ, OP_JNZ, /* operand = absolute target */
  OP_CALL, OP_RET,       /* CALL target nargs ; RET returns one value */
  OP_HALT
};

typedef struct { uint32_t code[4096]; int n; } prog;

static int emit(prog *p, uint32_t op) { p->code[p->n] = op; return p->n++; }
static int emit2(prog *p, uint32_t op, uint32_t a) { emit(p, op); return emit(p, a) - 1; }

#define STACK 4096
#define FRAMES 1024
#define HEAP (1u << 20)

typedef struct { int ret_pc; int base; } frame;

static uint32_t run(const prog *p, uint32_t *heap) {
  uint32_t st[STACK];
  frame fr[FRAMES];
  int sp = 0, fp = 0, pc = 0, base = 0;
  for (;;) {
    uint32_t op = p->code[pc++];
    switch (op) {
    case OP_PUSH: st[sp++] = p->code[pc++]; break;
    case OP_POP: sp--; break;
    case OP_DUP: st[sp] = st[sp - 1]; sp++; break;
    case OP_SWAP: { uint32_t t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; break; }
    case OP_OVER: st[sp] = st[sp - 2]; sp++; break;
    case OP_ADD: sp--; st[sp - 1] += st[sp]; break;
    case OP_SUB: sp--; st[sp - 1] -= st[sp]; break;
    case OP_MUL: sp--; st[sp - 1] *= st[sp]; break;
    case OP_DIVU: sp--; st[sp - 1] = st[sp] ? st[sp - 1] / st[sp] : 0; break;
    case OP_REMU: sp--; st[sp - 1] = st[sp] ? st[sp - 1] % st[sp] : 0; break;
    case OP_AND: sp--; st[sp - 1] &= st[sp]; break;
    case OP_OR: sp--; st[sp - 1] |= st[sp]; break;
    case OP_XOR: sp--; st[sp - 1] ^= st[sp]; break;
    case OP_SHL: sp--; st[sp - 1] <<= (st[sp] & 31); break;
    case OP_SHR: sp--; st[sp - 1] >>= (st[sp] & 31); break;
    case OP_LT: sp--; st[sp - 1] = st[sp - 1] < st[sp]; break;
    case OP_EQ: sp--; st[sp - 1] = st[sp - 1] == st[sp]; break;
    case OP_NOT: st[sp - 1] = !st[sp - 1]; break;
    case OP_LOAD: st[sp - 1] = heap[st[sp - 1] & (HEAP - 1)]; break;
    case OP_STORE: sp -= 2; heap[st[sp] & (HEAP - 1)] = st[sp + 1]; break;
    case OP_GET: st[sp++] = st[base + (int)p->code[pc++]]; break;
    case OP_SET: st[base + (int)p->code[pc++]] = st[--sp]; break;
    case OP_JMP: pc = (int)p->code[pc]; break;
    case OP_JZ: pc = st[--sp] ? pc + 1 : (int)p->code[pc]; break;
    case OP_JNZ: pc = st[--sp] ? (int)p->code[pc] : pc + 1; break;
    case OP_CALL: {
      int target = (int)p->code[pc], nargs = (int)p->code[pc + 1];
      if (fp >= FRAMES || sp + 64 >= STACK) return 0xdeadu;
      fr[fp].ret_pc = pc + 2; fr[fp].base = base; fp++;
      base = sp - nargs;
      pc = target;
      break;
    }
    case OP_RET: {
      uint32_t v = st[sp - 1];
      sp = base;
      st[sp++] = v;
      fp--;
      pc = fr[fp].ret_pc; base = fr[fp].base;
      break;
    }
    case OP_HALT: return sp ? st[sp - 1] : 0;
    default: return 0xbadu;
    }
  }
}

/* main program: local0 = n (sieve limit), local1 = i, local2 = j, local3 = count, local4 = acc.
 * Written as structured assembly with back-patched jumps. */
static void build(prog *p, uint32_t n, uint32_t fibn, uint32_t rec) {
  int fn_rec, call_site, l, j1, j2, j3;
  emit2(p, OP_PUSH, n); emit2(p, OP_PUSH, 2); emit2(p, OP_PUSH, 0); emit2(p, OP_PUSH, 0); emit2(p, OP_PUSH, 0);
  /* sieve: for i in 2..n: heap[i]=0 ; then for i: if !heap[i] { count++; for j=i*i; j<n; j+=i heap[j]=1 } */
  l = p->n;
  emit2(p, OP_GET, 1); emit2(p, OP_PUSH, 0); emit(p, OP_STORE);
  emit2(p, OP_GET, 1); emit2(p, OP_PUSH, 1); emit(p, OP_ADD); emit(p, OP_DUP); emit2(p, OP_SET, 1);
  emit2(p, OP_GET, 0); emit(p, OP_LT); emit2(p, OP_JNZ, (uint32_t)l);
  emit2(p, OP_PUSH, 2); emit2(p, OP_SET, 1);
  l = p->n;                                            /* outer loop head */
  emit2(p, OP_GET, 1); emit(p, OP_LOAD); j1 = emit2(p, OP_JNZ, 0);
  emit2(p, OP_GET, 3); emit2(p, OP_PUSH, 1); emit(p, OP_ADD); emit2(p, OP_SET, 3);
  emit2(p, OP_GET, 4); emit2(p, OP_GET, 1); emit(p, OP_XOR); emit2(p, OP_PUSH, 31); emit(p, OP_MUL); emit2(p, OP_SET, 4);
  emit2(p, OP_GET, 1); emit(p, OP_DUP); emit(p, OP_MUL); emit2(p, OP_SET, 2);
  int inner = p->n;
  emit2(p, OP_GET, 2); emit2(p, OP_GET, 0); emit(p, OP_LT); j2 = emit2(p, OP_JZ, 0);
  emit2(p, OP_GET, 2); emit2(p, OP_PUSH, 1); emit(p, OP_STORE);
  emit2(p, OP_GET, 2); emit2(p, OP_GET, 1); emit(p, OP_ADD); emit2(p, OP_SET, 2);
  emit2(p, OP_JMP, (uint32_t)inner);
  p->code[j2 + 1] = (uint32_t)p->n;
  p->code[j1 + 1] = (uint32_t)p->n;
  emit2(p, OP_GET, 1); emit2(p, OP_PUSH, 1); emit(p, OP_ADD); emit(p, OP_DUP); emit2(p, OP_SET, 1);
  emit2(p, OP_GET, 0); emit(p, OP_LT); emit2(p, OP_JNZ, (uint32_t)l);
  /* fib loop: a=0,b=1 (locals 1,2 reused); repeat fibn times: a,b = b, a+b ; acc ^= a */
  emit2(p, OP_PUSH, 0); emit2(p, OP_SET, 1); emit2(p, OP_PUSH, 1); emit2(p, OP_SET, 2);
  emit2(p, OP_PUSH, fibn); emit2(p, OP_SET, 0);
  l = p->n;
  emit2(p, OP_GET, 2); emit2(p, OP_GET, 1); emit2(p, OP_GET, 2); emit(p, OP_ADD); emit2(p, OP_SET, 2); emit2(p, OP_SET, 1);
  emit2(p, OP_GET, 4); emit2(p, OP_PUSH, 5); emit(p, OP_SHL); emit2(p, OP_GET, 1); emit(p, OP_XOR); emit2(p, OP_SET, 4);
  emit2(p, OP_GET, 0); emit2(p, OP_PUSH, 1); emit(p, OP_SUB); emit(p, OP_DUP); emit2(p, OP_SET, 0);
  emit2(p, OP_JNZ, (uint32_t)l);
  /* recursive calls: acc += f(rec) where f(x) = x < 2 ? x : f(x-1) + f(x-2) (mod 2^32) */
  emit2(p, OP_GET, 4); emit2(p, OP_PUSH, rec);
  call_site = emit(p, OP_CALL); emit(p, 0); emit(p, 1);
  emit(p, OP_ADD); emit2(p, OP_GET, 3); emit2(p, OP_PUSH, 16); emit(p, OP_SHL); emit(p, OP_XOR);
  emit(p, OP_HALT);
  fn_rec = p->n;
  p->code[call_site + 1] = (uint32_t)fn_rec;
  emit2(p, OP_GET, 0); emit2(p, OP_PUSH, 2); emit(p, OP_LT); j3 = emit2(p, OP_JZ, 0);
  emit2(p, OP_GET, 0); emit(p, OP_RET);
  p->code[j3 + 1] = (uint32_t)p->n;
  emit2(p, OP_GET, 0); emit2(p, OP_PUSH, 1); emit(p, OP_SUB); emit(p, OP_CALL); emit(p, (uint32_t)fn_rec); emit(p, 1);
  emit2(p, OP_GET, 0); emit2(p, OP_PUSH, 2); emit(p, OP_SUB); emit(p, OP_CALL); emit(p, (uint32_t)fn_rec); emit(p, 1);
  emit(p, OP_ADD); emit(p, OP_RET);
}

int main(int argc, char **argv) {
  long scale = bench_arg(argc, argv, 15);
  uint32_t *heap = xmalloc(sizeof(uint32_t) * HEAP);
  memset(heap, 0, sizeof(uint32_t) * HEAP);
  uint64_t sum = FNV_INIT;
  static prog p;
  for (long k = 0; k < scale; k++) {
    p.n = 0;
    build(&p, 200000 + (uint32_t)k * 1000, 600000 + (uint32_t)k, 22);
    uint32_t v = run(&p, heap);
    sum = mix64(sum, v);
  }
  free(heap);
  bench_result("bytecode", scale, sum);
  return 0;
}
