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

/* Default limits (hearth_config fields that are 0 take these). */
#define H_DEFAULT_MAX_CALL_DEPTH 10000u
#define H_DEFAULT_MAX_STACK_BYTES (8u * 1024u * 1024u)
#define H_DEFAULT_MAX_MEMORY_BYTES (4ull * 1024u * 1024u * 1024u)

/* Address space reserved per linear memory, so that it never moves on memory.grow and templates can
 * map a memory image copy-on-write at its base: 4 GiB of pages plus room for any 32-bit offset. */
#define H_MEMORY_RESERVE (8ull * 1024u * 1024u * 1024u)
#define H_PAGE_SIZE 65536u
#define H_MAX_PAGES 65536u

/* Table elements cap (the spec allows 2^32-1; hosts cap). table.grow past it returns -1. */
#define H_MAX_TABLE_ELEMS 10000000u

/* Decoder caps against hostile counts: a vector count must fit in the remaining bytes anyway;
 * these bound what a valid-looking module may ask for before anything is allocated. */
#define H_MAX_LOCALS 50000u          /* total locals per function (the same cap as major engines) */
#define H_MAX_FUNC_PARAMS 1000u
#define H_MAX_FUNC_RESULTS 1000u
#define H_MAX_NESTING 100000u        /* control-stack depth while compiling one function */

#endif /* H_CONFIG_H */
