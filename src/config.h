/* config.h: every build knob of hearth in one place; hot code tests these macros, never raw #ifs. */
#ifndef H_CONFIG_H
#define H_CONFIG_H

/* Dispatch of the interpreter: 1 = computed goto (GCC/Clang), 0 = a portable switch. */
#ifndef H_COMPUTED_GOTO
#if defined(__GNUC__) || defined(__clang__)
#define H_COMPUTED_GOTO 1
#else
#define H_COMPUTED_GOTO 0
#endif
#endif

/* Debug-only op profiling (interp.c): 1 = count every executed internal op and op pair, printed to
 * stderr at exit when the environment variable HEARTH_PROFILE_OPS is set. Costs speed: off by
 * default; build with CFLAGS=-DH_PROFILE_OPS=1. */
#ifndef H_PROFILE_OPS
#define H_PROFILE_OPS 0
#endif

/* Lazy compilation: 1 = module load only validates function bodies; a body's internal code is
 * generated on its first call (start-up does not scale with code a run never calls). 0 = every
 * body is compiled at load. */
#ifndef H_LAZY_COMPILE
#define H_LAZY_COMPILE 1
#endif

/* Bounds checks of loads and stores: 1 = none in the interpreter; every linear memory reserves
 * H_MEMORY_RESERVE bytes (any 32-bit address + 32-bit offset lands inside), the part beyond the
 * memory's size is PROT_NONE, and a fault there is turned into the trap "out of bounds memory
 * access" by a SIGSEGV handler (interp.c). A memory whose reservation is refused (RLIMIT_AS,
 * exhausted address space) fails to be created. 0 = an explicit check per access, and memories
 * may fall back to a smaller reservation. */
#ifndef H_GUARD_PAGES
#if defined(__SANITIZE_THREAD__)
/* ThreadSanitizer's signal interception does not survive handlers that leave by siglongjmp
 * (the second out-of-bounds fault kills the process): explicit checks under TSan. */
#define H_GUARD_PAGES 0
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define H_GUARD_PAGES 0
#else
#define H_GUARD_PAGES 1
#endif
#else
#define H_GUARD_PAGES 1
#endif
#endif

/* The compiling tier (jit.c): 1 = functions get x86-64 machine code when they are compiled, where
 * the machine allows it (x86-64 Linux with guard pages; the environment variable HEARTH_JIT=0
 * turns it off at run time). 0 = the interpreter alone. */
#ifndef H_JIT
#if defined(__x86_64__) && defined(__linux__) && H_GUARD_PAGES && H_COMPUTED_GOTO
#define H_JIT 1
#else
#define H_JIT 0
#endif
#endif

/* The optimizing tier (opt.c) can run machine code here: x86-64 or aarch64 Linux with guard pages
 * (its loads and stores have no bounds checks: README "Pools"). Independent of H_JIT: on aarch64
 * the interpreter enters optimized code itself (interp.c OPT_ENTER). The code generator is the
 * plugin the Makefile builds when it finds LLVM 19; without it the tier is not offered. */
#ifndef H_OPT
#if (defined(__x86_64__) || defined(__aarch64__)) && defined(__linux__) && H_GUARD_PAGES
#define H_OPT 1
#else
#define H_OPT 0
#endif
#endif

/* Tier-up (jit.c): a function runs in the interpreter on its first H_JIT_CALL_THRESHOLD - 1 calls
 * and gets machine code on the next one, or as soon as it is running when the interpreter's
 * budget is refilled (every 1,024 loop back-edges and calls, interp.c): a long loop in a function
 * called once continues in machine code at its loop header. 1 = machine code on the first call.
 * Most functions a big program runs before `main` run once (static constructors): interpreting
 * them costs less than compiling them. The environment variable HEARTH_JIT_CALLS overrides it. */
#ifndef H_JIT_CALL_THRESHOLD
#define H_JIT_CALL_THRESHOLD 2u
#endif
/* A function of more one-word code than this (4 bytes a word) is not deferred when its code would
 * have to be copied for later (it did not come from the code cache): compiled on its first call,
 * so that deferring never doubles the memory of a giant function. */
#ifndef H_JIT_DEFER_MAX_WORDS
#define H_JIT_DEFER_MAX_WORDS (256u << 10)
#endif
/* Frames a refill looks at for hot functions: the running one and its callers (jit.c h_jit_hot). */
#ifndef H_JIT_HOT_FRAMES
#define H_JIT_HOT_FRAMES 4u
#endif

/* Machine stack that nested direct calls between machine code (jit.c) may use per entry from the
 * interpreter (16 bytes a call); deeper calls go through the interpreter, which starts afresh. */
#ifndef H_JIT_DIRECT_STACK
#define H_JIT_DIRECT_STACK (256u * 1024u)
#endif
/* jit.c's register cache: a function with more labels than this forgets every register at every
 * label (the per-label states cost 88 bytes each); a loop header's first block is scanned up to
 * this many words for the locals its registers keep. */
#ifndef H_JIT_CARRY_LABELS
#define H_JIT_CARRY_LABELS 65536u
#endif
#ifndef H_JIT_LOOP_SCAN
#define H_JIT_LOOP_SCAN 8192u
#endif
/* jit.c: a loop header loads the locals its first block reads into free registers on the way in,
 * up to this many registers of each kind kept across the loop's back-edges in all. */
#ifndef H_JIT_LOOP_KEEP
#define H_JIT_LOOP_KEEP 3
#endif
/* Debugging the compiling tier: 1 = when the environment variable HEARTH_JIT_DUMP names a directory,
 * each function's machine code is written there as it is built (f<address>.bin: the bytes as they
 * run at that address; f<address>.map: per instruction, its machine offset, one-word index and op
 * name), for `objdump -D -b binary -m i386:x86-64 --adjust-vma=<address>`. Off in every build. */
#ifndef H_JIT_DUMP
#define H_JIT_DUMP 0
#endif

/* HEARTH_TIER=auto (opt.c): a module whose code has refilled its budget this many times (one refill
 * per 1,024 calls and loop back-edges) is compiled by the optimizing tier on a background thread. */
#define H_OPT_HOT_REFILLS 64u
/* runtime.c's deadline watchdog (the thread that raises the interrupt flag of stores running
 * optimized code of the UNMETERED flavour when their deadline passes) exits after this many ms
 * with no store to watch; the next call with a deadline starts it again. */
#ifndef H_WATCHDOG_IDLE_MS
#define H_WATCHDOG_IDLE_MS 1000u
#endif
/* The optimizing tier leaves to the baseline what LLVM would take too long over (a hostile module
 * must not stall loading): modules above this many bytes of code or functions, and functions with
 * a br_table of more targets. */
#define H_OPT_MAX_CODE_BYTES (4u << 20)
#define H_OPT_MAX_FUNCS 20000u
#define H_OPT_MAX_BR_TABLE 4096u
/* 1: every load in optimized code traps out of bounds as wasm requires, even one whose value LLVM
 * finds unused (`(i32.and (i32.load ...) (i32.const 0))`): each loaded value is an operand of an
 * empty asm that LLVM may not delete (opt_llvm.c keep_load; no instruction is emitted).
 * 2: the same guarantee by the first scheme, each loaded value added to a sink stored to the
 * context (one add per load: run phase +50% instructions on gemm and nbody; docs/perf.md).
 * 0: only loads whose value is dropped right away are kept (volatile); a load that later folding
 * leaves unused may vanish with its trap (clang never emits such loads). */
/* objload.c: the largest object image (all sections, stubs and GOT) it maps; every PC-relative
 * reference inside must reach (x86-64: +-2 GiB). */
#define H_OBJ_MAX_BYTES (1ull << 30)
#ifndef H_OPT_EXACT_LOAD_TRAPS
#define H_OPT_EXACT_LOAD_TRAPS 1
#endif

/* A module read from a pipe or device (not a regular file, whose size is known) is read up to this
 * many bytes (V8's limit); past it the read fails (EFBIG, HEARTH_ERR_LIMIT). A stream whose first
 * byte is 0 but that does not begin with the binary magic stops after its first read, so that
 * /dev/zero is a decode error at once (text never begins with a 0). */
#define H_MAX_MODULE_BYTES (1ull << 30)

/* Code cache (cache.c): modules smaller than this are neither looked up nor stored (validating
 * them costs less than a file lookup; HEARTH_CACHE_MIN_BYTES overrides, e.g. 0 in tests). */
#define H_CACHE_MIN_MODULE_BYTES (64u * 1024u)
/* hearth_module_new_file maps (read-only, private) rather than copies a module of at least this
 * many bytes that it found in the code cache's file index. */
#define H_CACHE_MAP_MIN_BYTES (16u << 20)
/* At most this many words of compiled code (4 bytes each) in one cache entry: functions compiled
 * past it run as usual but are not written back (256 MiB). */
#define H_CACHE_CODE_MAX_WORDS (64ull << 20)

/* Default limits (hearth_config fields that are 0 take these). */
#define H_DEFAULT_MAX_CALL_DEPTH 10000u
#define H_DEFAULT_MAX_STACK_BYTES (8u * 1024u * 1024u)
#define H_DEFAULT_MAX_MEMORY_BYTES (4ull * 1024u * 1024u * 1024u)

/* Native stack kept free below guest code (interp.c): host -> wasm -> host re-entry recurses on the
 * thread's own stack (about 1.5 KB per level), so every entry into wasm and every call from wasm to
 * the host traps "call stack exhausted" when less than this much of the thread's stack is left. It
 * must cover what runs between two checks: hearth's own deepest path (lazy compilation, the
 * compiling tier, a trap's backtrace, WASI calls: a whole `hearth run` of the md2html, files and
 * trap guests, CLI and process start included, runs in a 24 KiB stack), a signal frame (up to
 * 4 KiB with AVX-512) and an embedder's host function with the libraries it calls, which is why
 * it is generous. On a stack smaller than 4 times this, a quarter of the stack is kept instead, so
 * that small thread stacks can still run guests. */
#ifndef H_NATIVE_STACK_MARGIN
#define H_NATIVE_STACK_MARGIN (128u * 1024u)
#endif

/* Address space reserved per linear memory, so that it never moves on memory.grow and templates can
 * map a memory image copy-on-write at its base: 4 GiB of pages plus room for any 32-bit offset. */
#define H_MEMORY_RESERVE (8ull * 1024u * 1024u * 1024u)
#define H_PAGE_SIZE 65536u

/* Write tracking of linear memories (memory.c): every store marks the 4 KiB granule it starts in,
 * in a byte map placed H_DIRTY_MAP_BYTES below the memory's base (one byte per granule of the whole
 * reservation, so any address + offset of a store that reaches memory has a map byte). Reset of a
 * snapshot-backed memory restores exactly the marked granules in place (copy from the image, or
 * zero) with no system call and no page fault. */
#define H_DIRTY_SHIFT 12u
#define H_DIRTY_GRANULE (1u << H_DIRTY_SHIFT)
#define H_DIRTY_MAP_BYTES (H_MEMORY_RESERVE >> H_DIRTY_SHIFT)
/* Widest store (v128): a store starting in granule g writes at most this many bytes minus one into
 * granule g + 1. */
#define H_MAX_STORE_BYTES 16u
/* Default keep-resident budget per snapshot-backed memory: bytes of private pages (restored in
 * place) and of grown pages kept mapped across resets. Past it, reset drops pages with madvise
 * (each then costs a page fault on its next touch). hearth_pool_config.keep_resident_bytes. */
#define H_DEFAULT_KEEP_RESIDENT (32ull * 1024u * 1024u)
/* Reset scans the dirty map directly up to this many granules (64 MiB of memory: 16 KiB of map,
 * well under a microsecond); past it, one read of /proc/self/pagemap tells which map pages were
 * ever written and only those are scanned. */
#define H_RESET_PAGEMAP_GRANULES 16384u
#define H_MAX_PAGES 65536u
/* Deepest evaluation stack of an extended constant expression (validate.c rejects deeper ones with
 * HEARTH_ERR_LIMIT; runtime.c evaluates on a fixed array of this many values). */
#define H_MAX_CONST_DEPTH 64u

/* Fuel of bulk memory and table operations: one unit per this many bytes (table elements count 8
 * bytes), taken per chunk of H_BULK_CHUNK bytes, so a deadline is noticed within one chunk. */
#define H_BULK_BYTES_PER_UNIT 64u
#define H_BULK_CHUNK (64u * 1024u)

/* Table elements cap (the spec allows 2^32-1; hosts cap). table.grow past it returns -1. Table
 * elements (8 bytes each) also count against the store's memory limit (max_memory_bytes) together
 * with its linear memories (runtime.c). */
#define H_MAX_TABLE_ELEMS 10000000u

/* Tables a module may declare (imports included): more fails hearth_module_new with LIMIT. The spec
 * sets no bound (browsers cap at 100,000); toolchains emit one or two (the indirect-call table,
 * wasm-bindgen's externref table) and the spec suite's largest module has a handful. Every table
 * costs each instance a table object and each pooled reset a visit even when empty, so a module's
 * fixed per-instance cost stays bounded (1,000 empty tables: about 100 KB and a few microseconds
 * of reset). Memories need no knob: WebAssembly 2.0 allows one per module (validation). */
#define H_MAX_TABLES 1000u

/* Decoder caps against hostile counts: a vector count must fit in the remaining bytes anyway;
 * these bound what a valid-looking module may ask for before anything is allocated. */
#define H_MAX_LOCALS 50000u          /* total locals per function (the same cap as major engines) */
#define H_MAX_FUNC_PARAMS 1000u
/* Types a module may define (the spec's implementation limit; heap types carry the index). */
#define H_MAX_TYPES 1000000u
#define H_MAX_STRUCT_FIELDS 10000u    /* fields of one GC struct type */
#define H_MAX_SUBTYPE_DEPTH 63u      /* declared supertype chain of a type (GC casts) */
#define H_MAX_ARRAY_FIXED 10000u      /* operands of one array.new_fixed */
#define H_GC_MAX_ARRAY_BYTES (1ull << 31) /* one GC array's data; larger: trap "GC heap" */
#define H_MAX_FUNC_RESULTS 1000u
#define H_MAX_NESTING 100000u        /* control-stack depth while compiling one function */
#ifndef H_EXN_GC_MIN
#define H_EXN_GC_MIN 4096u           /* exceptions alive in a store before exn.c collects */
#endif
/* The GC heap (gc.c): a collection runs when the bytes allocated since the last one pass
 * max(H_GC_MIN_BYTES, live bytes after it * H_GC_GROWTH_PCT / 100): 100 = the heap may double
 * between collections (amortized marking work per allocated byte stays constant). */
#ifndef H_GC_GROWTH_PCT
#define H_GC_GROWTH_PCT 100u
#endif
#ifndef H_GC_MIN_BYTES
#define H_GC_MIN_BYTES (4u << 20)
#endif
/* Bytes counted per object besides its header and data: the allocator's header and the object's
 * entries in gc.c's object array and address set. */
#define H_GC_OBJ_OVERHEAD 32u
/* A pool's grow hook is charged in steps of this many bytes of GC heap (fewer atomic updates). */
#define H_GC_CHARGE_CHUNK (64u << 10)
/* Freed GC objects of up to (H_GC_CACHE_CLASSES - 1) * 8 bytes of data are kept for reuse, up to
 * this many counted bytes per store (gc.c: allocation without malloc/free in steady state; still
 * counted against the memory limit, dropped at reset). */
#define H_GC_CACHE_CLASSES 33u
#define H_GC_CACHE_BYTES (4u << 20)
/* Incremental collection (gc.c): a cycle's marking and sweeping advance in steps of at most
 * H_GC_STEP_WORK units (an object visited or swept, or 8 reference slots scanned), one step
 * each time the mutator has allocated H_GC_STEP_BYTES more bytes during the cycle. The pace,
 * WORK / BYTES units per allocated byte, must outrun allocation: a cycle costs about 4 units per
 * live object of ~56 counted bytes, so 1/4 finishes it while the heap grows by ~30% of its live
 * bytes. The step bounds the pause (~0.1 ms per 1,000 units on a large heap: cache misses). */
#ifndef H_GC_STEP_WORK
#define H_GC_STEP_WORK 4096u
#endif
#ifndef H_GC_STEP_BYTES
#define H_GC_STEP_BYTES (16u << 10)
#endif

/* `hearth serve` (src/serve/): built into the hearth CLI when the Makefile finds libmicrohttpd and
 * libyaml (it passes -DH_SERVE=1); the core library never links them. Defaults of its settings: */
#ifndef H_SERVE
#define H_SERVE 0
#endif
#define H_SERVE_DEFAULT_ADDR "127.0.0.1:8080"
#define H_SERVE_DEFAULT_MAX_BODY (1u << 20)            /* request body bytes; more is 413 */
#define H_SERVE_DEFAULT_MAX_OUTPUT (16u << 20)         /* guest stdout / response bytes */
#define H_SERVE_DEFAULT_CONNECTIONS 1024u              /* open connections (a thread each) */
#define H_SERVE_DEFAULT_IDLE_S 30u                     /* idle keep-alive connection timeout */
#define H_SERVE_DEFAULT_DRAIN_MS 30000u                /* SIGTERM: wait this long for requests */
#define H_SERVE_DEFAULT_INIT_TIMEOUT_MS 10000u         /* module start/_initialize at load */
#define H_SERVE_THREAD_STACK (8u << 20)                /* connection threads run guest code */
#define H_SERVE_DISCARD_MAX (16u << 20)                /* chunked body past max_body: then close */
#define H_SERVE_YAML_MAX_DEPTH 64u                     /* config nesting (libyaml: quadratic) */

/* File descriptors a guest may not take from the process (src/wasi/wasi.c h_wasi_fd_keep): a
 * descriptor a guest opens (a file, a directory stream, a socket) is closed again and refused with
 * ENFILE when fewer than this many would be left under RLIMIT_NOFILE (a quarter of the limit when
 * that is less), so that the host can still accept connections and open its own files. */
#define H_WASI_HOST_FD_RESERVE 256u

/* wasi:sockets (src/wasi/sockets.c): name lookups resolving at once in background threads in the
 * whole process (beyond it a lookup resolves on the guest's thread, blocking it), bytes a TCP
 * output-stream grants per check-write, datagrams per check-send and per receive. */
#define H_SOCK_LOOKUP_THREADS 16u
#define H_SOCK_WRITE_PERMIT (64u * 1024u)
#define H_SOCK_DGRAM_BATCH 64u

#endif /* H_CONFIG_H */
