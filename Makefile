# Makefile: builds libhearth.a, libhearth.so, the hearth CLI, tests, the spec runner and benchmarks.
# Variants: `make` (release, build/), `make BUILD=asan` (ASan+UBSan, build-asan/), and the two
# other settings of config.h's knobs: `BUILD=switch` (H_COMPUTED_GOTO=0, build-switch/) and
# `BUILD=checked` (H_GUARD_PAGES=0, build-checked/); `BUILD=aarch64` cross-compiles for aarch64
# Linux (build-aarch64/, `make test-aarch64`).

CC ?= cc
BUILD ?= release
PREFIX ?= /usr/local
SPECTEST_DIR ?= ../shared/spectest
CM_DIR ?= ../shared/component-model
SOVERSION = 0
VERSION = 0.1.0

WARN = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wpointer-arith \
       -Wvla -Wformat=2 -Wundef -Wno-unused-parameter
INCS = -Iinclude -Isrc -Isrc/engine -Isrc/runtime -Isrc/wasi -Isrc/pool -Isrc/component
# -ffp-contract=off: wasm's f32/f64 arithmetic rounds every operation; GCC's default for GNU C
# fuses a * b + c into one fma where the target has it (aarch64 always does: float_exprs fails).
BASE_CFLAGS = -std=gnu11 $(WARN) $(INCS) -D_GNU_SOURCE -fPIC -pthread -ffp-contract=off

ifeq ($(BUILD),asan)
  O = build-asan
  OPT = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
  LDOPT = -fsanitize=address,undefined
else ifeq ($(BUILD),switch)
  O = build-switch
  OPT = -O2 -g -DH_COMPUTED_GOTO=0
  LDOPT =
else ifeq ($(BUILD),checked)
  O = build-checked
  OPT = -O2 -g -DH_GUARD_PAGES=0
  LDOPT =
else ifeq ($(BUILD),aarch64)
  # Cross build for aarch64 Linux (README "aarch64"), run under qemu-user by `make test-aarch64`.
  # The CLI's optional HTTP client and server are left out (their -dev headers are the host's).
  # The optimizing tier's plugin links Debian's libllvm19:arm64 (LLVM_AARCH64_LIB) with the host's
  # llvm-19-dev headers (the same for every architecture but llvm-config.h's native-target macros,
  # which opt_llvm.c does not use on aarch64); without that library the tier is left out.
  O = build-aarch64
  CC = aarch64-linux-gnu-gcc
  OPT = -O2 -g
  LDOPT =
  HTTP_CLIENT = 0
  SERVE = 0
  LLVM_AARCH64_LIB ?= /usr/lib/aarch64-linux-gnu/libLLVM.so.19.1
  LLVM ?= $(if $(wildcard $(LLVM_AARCH64_LIB)),$(if $(shell command -v llvm-config-19 2>/dev/null),1,0),0)
else
  O = build
  OPT = -O2 -g
  LDOPT =
endif

CFLAGS_ALL = $(BASE_CFLAGS) $(OPT) $(CFLAGS)
LDFLAGS_ALL = $(LDOPT) -pthread $(LDFLAGS)

# Layers (README "Source map"): engine (wasm to running code), runtime (engine/store/instances and
# the public API), wasi, pool (templates, snapshots, pools), cli.
SRC_DIRS = src src/engine src/runtime src/wasi src/pool src/component
LIB_SRC = src/runtime/util.c src/engine/decode.c src/engine/validate.c src/engine/compile.c \
          src/engine/interp.c src/runtime/memory.c src/runtime/runtime.c src/wasi/wasi.c \
          src/pool/snapshot.c src/pool/pool.c src/engine/jit.c \
          src/engine/wat.c src/engine/opt.c src/runtime/exn.c src/engine/gc.c
LIB_SRC += src/runtime/cache.c src/engine/objload.c
LIB_SRC += src/engine/rtt.c src/engine/gcops.c
LIB_SRC += src/wasi/wasip2.c src/wasi/wasihttp.c src/wasi/sockets.c
LIB_SRC += src/component/ctype.c src/component/binary.c src/component/cabi.c \
           src/component/cval.c src/component/instance.c
LIB_OBJ = $(LIB_SRC:src/%.c=$(O)/obj/%.o)
CLI_SRC = src/cli/cli.c src/cli/http_client.c src/cli/dynlib.c
# Outgoing HTTP for wasi:http guests (src/cli/http_client.c, --allow-host) when libcurl's headers
# are found: built into the hearth CLI only, which loads libcurl.so.4 with dlopen on the first
# request (not linked: start-up would pay for its ~30 libraries). HTTP_CLIENT=0 leaves it out.
HTTP_CLIENT ?= $(shell pkg-config --exists libcurl 2>/dev/null && echo 1 || echo 0)
ifeq ($(HTTP_CLIENT),1)
  CLI_HC_CFLAGS = -DH_HTTP_CLIENT=1 $(shell pkg-config --cflags libcurl)
endif

# `hearth serve` (src/serve/) when libmicrohttpd's and libyaml's headers are found: built into the
# hearth CLI only, never into libhearth; `hearth serve` loads both with dlopen when it starts (not
# linked) and says which one is missing. SERVE=0 leaves it out.
SERVE ?= $(shell pkg-config --exists libmicrohttpd yaml-0.1 2>/dev/null && echo 1 || echo 0)
SERVE_SRC = src/serve/serve.c src/serve/config.c src/serve/cgi.c src/serve/metrics.c
ifeq ($(SERVE),1)
  CLI_SRC += $(SERVE_SRC)
  CLI_CFLAGS = -DH_SERVE=1 -Isrc/serve $(shell pkg-config --cflags libmicrohttpd yaml-0.1)
  SERVE_TEST_LIBS = $(shell pkg-config --libs libcurl 2>/dev/null || echo -lcurl)
endif
HDRS = $(wildcard include/*.h $(addsuffix /*.h,$(SRC_DIRS)))

# The optimizing tier's code generator (src/engine/opt_llvm.c, docs/perf.md) when LLVM 19 is found
# (Debian: llvm-19-dev): a plugin, $(O)/libhearth_opt.so, that libhearth loads with dlopen only
# when HEARTH_TIER=opt, so that nothing else links or loads libLLVM. LLVM=0 leaves it out.
LLVM_CONFIG ?= $(shell command -v llvm-config-19 2>/dev/null)
LLVM ?= $(if $(LLVM_CONFIG),1,0)
ifeq ($(LLVM),1)
  OPT_PLUGIN = $(O)/libhearth_opt.so
  OPT_DEFS = -DHEARTH_HAVE_LLVM=1 -DH_OPT_PLUGIN_PATH='"$(abspath $(OPT_PLUGIN))"' \
             -DH_OPT_PLUGIN_INSTALLED='"$(PREFIX)/lib/hearth/libhearth_opt.so"'
  LLVM_CFLAGS = -isystem $(shell $(LLVM_CONFIG) --includedir)
  LLVM_LIBS = $(shell $(LLVM_CONFIG) --ldflags --libs)
  ifeq ($(BUILD),aarch64)
    LLVM_LIBS = $(LLVM_AARCH64_LIB) -Wl,-rpath-link,$(dir $(LLVM_AARCH64_LIB))
  endif
endif

TEST_SRC = $(wildcard tests/test_*.c)
ifneq ($(SERVE),1)
  TEST_SRC := $(filter-out tests/test_serve.c,$(TEST_SRC))
endif
TEST_BIN = $(TEST_SRC:tests/%.c=$(O)/tests/%)


.PHONY: test-tsan test-variants
.PHONY: all test test-asan spectest spectest-3 unit fuzz fuzz-wat fuzz-tiers fuzz-component install clean guests bench bench-check bench-serve bench-serve-traps check-deploy bench-component-reset check-jco
all: $(O)/libhearth.a $(O)/libhearth.so $(O)/hearth $(OPT_PLUGIN)

$(O)/obj/engine/opt.o: private CFLAGS_ALL += $(OPT_DEFS)
$(O)/tests/test_opt $(O)/tests/test_tiers: private CFLAGS_ALL += $(OPT_DEFS)

$(O)/libhearth_opt.so: src/engine/opt_llvm.c $(HDRS)
	$(CC) $(CFLAGS_ALL) $(LLVM_CFLAGS) -shared $< -o $@ $(LDFLAGS_ALL) $(LLVM_LIBS)

$(O)/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(O)/libhearth.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(O)/libhearth.so: $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libhearth.so.$(SOVERSION) -o $@ $^ $(LDFLAGS_ALL) -lm

$(O)/hearth: $(CLI_SRC) $(O)/libhearth.a $(HDRS) $(wildcard src/serve/*.h) $(wildcard src/cli/*.h)
	$(CC) $(CFLAGS_ALL) $(CLI_CFLAGS) $(CLI_HC_CFLAGS) -Isrc/cli $(CLI_SRC) $(O)/libhearth.a -o $@ $(LDFLAGS_ALL) -lm

$(O)/tests/test_serve: tests/test_serve.c tests/t.h tests/proc.h $(O)/libhearth.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests $< -o $@ $(LDFLAGS_ALL) $(SERVE_TEST_LIBS)

$(O)/tests/%: tests/%.c tests/t.h tests/proc.h $(O)/libhearth.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests $< $(O)/libhearth.a -o $@ $(LDFLAGS_ALL) -lm

# test_component's fuzz_seeds runs the component fuzz target's body, which it includes
$(O)/tests/test_component: tests/fuzz_component.c tests/fuzz_component_body.h

$(O)/spectest: tests/spectest.c $(O)/libhearth.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $< $(O)/libhearth.a -o $@ $(LDFLAGS_ALL) -ljansson -lm

# The whole suite: unit tests (each case in its own process, with a timeout) and the spec runner.
test: all $(TEST_BIN) $(O)/spectest
	@tools/runtests.sh $(O) $(SPECTEST_DIR)

test-asan:
	$(MAKE) BUILD=asan test

# The 2.0 spec suite through the code cache (README "Code cache"): a first run fills an empty cache
# directory with every valid module's entry (no size threshold), a second run must take every one
# of them from it (no entry rewritten: the listing with mtimes is unchanged) and pass the same.
.PHONY: test-cache
test-cache: all $(O)/spectest
	@d=$$(mktemp -d) && export HEARTH_CACHE_DIR=$$d HEARTH_CACHE_MIN_BYTES=0 && \
	$(O)/spectest --label "2.0 cache fill" $(SPECTEST_DIR) && \
	ls -l --time-style=full-iso $$d > $$d.before && \
	$(O)/spectest --label "2.0 from cache" $(SPECTEST_DIR) && \
	ls -l --time-style=full-iso $$d | diff $$d.before - && \
	echo "test-cache: $$(ls $$d | wc -l) entries, every one reused"; \
	rc=$$?; rm -rf $$d $$d.before; exit $$rc

# The optimizing tier pinned (needs LLVM 19): its unit tests and the 2.0 spec suite (both forms).
.PHONY: test-opt
test-opt: all $(O)/spectest $(O)/tests/test_opt
	@test "$(LLVM)" = 1 || { echo "test-opt: LLVM 19 (llvm-config-19) not found"; exit 1; }
	@for c in $$($(O)/tests/test_opt --list); do $(O)/tests/test_opt $$c || exit 1; done
	HEARTH_TIER=opt $(O)/spectest --label "2.0 opt" $(SPECTEST_DIR)
	HEARTH_TIER=opt $(O)/spectest --label "2.0 (.wast) opt" $(SPECTEST_DIR)/wast

# aarch64 as a second target (README "aarch64"; needs gcc-aarch64-linux-gnu, qemu-user-static and
# the arm64 multiarch libjansson-dev: tools/install-deps.sh). cross-aarch64 builds the library, the
# CLI, the spec runner and the unit tests with aarch64-linux-gnu-gcc into build-aarch64/;
# test-aarch64 runs them under qemu-user (tools/test-aarch64.sh: unit tests, the 2.0 JSON and whole
# 3.0 spec suites, whole programs against the x86-64 build's output). AARCH64_PARTS picks parts.
.PHONY: cross-aarch64 test-aarch64 aarch64-bins
aarch64-bins: all $(O)/spectest $(TEST_BIN)
cross-aarch64:
	$(MAKE) BUILD=aarch64 aarch64-bins
test-aarch64: cross-aarch64
	$(MAKE) BUILD=release all
	tools/test-aarch64.sh build-aarch64 build $(SPECTEST_DIR) "$(or $(AARCH64_PARTS),unit spec programs)"
# The optimizing tier on aarch64 (README "aarch64"; needs libllvm19:arm64 and llvm-19-dev):
# test_opt's and test_objload's cases, then the 2.0 spec suite (JSON) with HEARTH_TIER=opt, every
# module compiled by the aarch64 plugin under qemu (a run that fell back to another tier fails).
.PHONY: test-aarch64-opt
test-aarch64-opt:
	$(MAKE) BUILD=aarch64 all build-aarch64/spectest build-aarch64/tests/test_opt \
	  build-aarch64/tests/test_objload
	@test -f build-aarch64/libhearth_opt.so || { echo "test-aarch64-opt: no aarch64 plugin" \
	  "(libllvm19:arm64 and llvm-19-dev: tools/install-deps.sh)"; exit 1; }
	AARCH64_TESTS='test_o[bp]*' tools/test-aarch64.sh build-aarch64 build $(SPECTEST_DIR) unit
	HEARTH_TIER=opt tools/test-aarch64.sh build-aarch64 build $(SPECTEST_DIR) spec2
# test_objload's AArch64 object, checked in (the aarch64 tests run under qemu, where no compiler
# runs): reassembled from its source by the cross toolchain.
.PHONY: objload-a64
objload-a64:
	aarch64-linux-gnu-gcc -c tests/objload_a64.S -o tests/objload_a64.o
# Its part in CI: the 2.0 spec suite (JSON) alone, with only the library and the spec runner built.
.PHONY: test-aarch64-spec
test-aarch64-spec:
	$(MAKE) BUILD=aarch64 all build-aarch64/spectest
	tools/test-aarch64.sh build-aarch64 build $(SPECTEST_DIR) spec2

# Both suites: the 2.0 suite as wast2json's JSON (core/), then as the .wast scripts read directly
# (wast/), then the whole 3.0 suite; the last two lines are the totals `spectest 2.0: ...` and
# `spectest 3.0: ...`. Fails if any of the three has a failure.
spectest: $(O)/spectest
	@st=0; \
	$(O)/spectest --label "2.0 (JSON)" $(SPECTEST_DIR) > $(O)/spectest-2.0-json.log 2>&1 || st=1; \
	$(O)/spectest --label 2.0 $(SPECTEST_DIR)/wast > $(O)/spectest-2.0.log 2>&1 || st=1; \
	$(O)/spectest --label 3.0 --timeout 300 $(SPECTEST_DIR)/wasm-3.0 > $(O)/spectest-3.0.log 2>&1 || st=1; \
	echo "per-script results: $(O)/spectest-2.0-json.log, $(O)/spectest-2.0.log, $(O)/spectest-3.0.log"; \
	grep -E '^spectest 2.0 \(JSON\):' $(O)/spectest-2.0-json.log; \
	grep -E '^spectest 2.0:' $(O)/spectest-2.0.log; grep -E '^spectest 3.0:' $(O)/spectest-3.0.log; \
	exit $$st

# The whole 3.0 suite (.wast, legacy/ and custom/ included): per-script counts and the totals, exit
# status not checked (a quick look while a feature is being built). `make test` runs every script
# not in tests/spectest3_excluded.txt (now none) and fails on any failure.
spectest-3: $(O)/spectest
	-$(O)/spectest --label 3.0 --timeout 300 $(SPECTEST_DIR)/wasm-3.0 | grep -v '^  '

unit: all $(TEST_BIN)
	@tools/runtests.sh $(O) none

# The spec suite and the whole-program tests under the other settings of config.h's knobs: the
# interpreter alone (the default build with its compiling tier off, HEARTH_JIT=0; both suites), the
# baseline compiling every function on its first call (HEARTH_JIT_CALLS=1: by default a function
# called once stays interpreted, which leaves most spec-suite functions to the interpreter), the
# portable switch dispatch and explicit bounds checks instead of guard pages.
test-variants:
	$(MAKE) all build/spectest build/tests/test_programs
	HEARTH_JIT=0 build/spectest $(SPECTEST_DIR)
	HEARTH_JIT=0 build/spectest --label "3.0 HEARTH_JIT=0" --timeout 300 $(SPECTEST_DIR)/wasm-3.0
	for c in $$(build/tests/test_programs --list); do \
	  HEARTH_JIT=0 build/tests/test_programs $$c || exit 1; done
	HEARTH_JIT_CALLS=1 build/spectest --label "2.0 HEARTH_JIT_CALLS=1" $(SPECTEST_DIR)
	HEARTH_JIT_CALLS=1 build/spectest --label "3.0 HEARTH_JIT_CALLS=1" --timeout 300 $(SPECTEST_DIR)/wasm-3.0
	for c in $$(build/tests/test_programs --list); do \
	  HEARTH_JIT_CALLS=1 build/tests/test_programs $$c || exit 1; done
	$(MAKE) BUILD=switch all build-switch/spectest build-switch/tests/test_programs
	build-switch/spectest $(SPECTEST_DIR)
	for c in $$(build-switch/tests/test_programs --list); do \
	  HEARTH_BUILD=build-switch build-switch/tests/test_programs $$c || exit 1; done
	$(MAKE) BUILD=checked all build-checked/spectest build-checked/tests/test_programs
	build-checked/spectest $(SPECTEST_DIR)
	for c in $$(build-checked/tests/test_programs --list); do \
	  HEARTH_BUILD=build-checked build-checked/tests/test_programs $$c || exit 1; done

# Correctness in every tier (issue 14): the 2.0 spec suite, whole programs, csmith programs and
# tools/realworld.sh (when its packages are cached) with HEARTH_TIER=interp, baseline, opt and auto
# (tools/check_tiers.sh; CHECK_TIERS / CHECK_SUITES pick a subset). Not in CI: too long for it.
.PHONY: check-tiers test-tiers
check-tiers: all $(O)/spectest $(O)/tests/test_programs $(O)/tests/test_csmith
	BUILD_DIR=$(O) SPECTEST_DIR=$(SPECTEST_DIR) tools/check_tiers.sh

# Its cheap part, for CI (~2 CPU-minutes here): the tiers `make test` does not run (interp, opt,
# auto) through the spec suite, whole programs and csmith programs; no realworld.sh.
test-tiers: all $(O)/spectest $(O)/tests/test_programs $(O)/tests/test_csmith
	BUILD_DIR=$(O) SPECTEST_DIR=$(SPECTEST_DIR) CHECK_TIERS="interp opt auto" \
	  CHECK_SUITES="spec programs csmith" tools/check_tiers.sh

# libFuzzer target (clang): decode + validate + instantiate + run exported functions.
# The library's objects for the libFuzzer targets, built once and shared by them. interp.c (one
# very large threaded function) is built without UBSan: clang 14 -O1 with ASan+UBSan took more
# than 5 minutes of CPU for it, with ASan and coverage 3 (2026-12-07, quiet machine); UBSan over
# the interpreter runs in `make test-asan`.
FUZZ_CC = clang -std=gnu11 $(INCS) -D_GNU_SOURCE -O1 -g $(OPT_DEFS)
# UBSan's checks recover by default: a report would scroll by and leave no artifact. Halting makes
# each one a crash that libFuzzer saves (and tools/fuzz.sh copies into the regressions).
FUZZ_ENV = UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
FUZZ_OBJ = $(LIB_SRC:%.c=build-fuzz/obj/%.o)
build-fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -fsanitize=fuzzer-no-link,address,undefined -MMD -MP -c $< -o $@
build-fuzz/obj/src/engine/interp.o: src/engine/interp.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -fsanitize=fuzzer-no-link,address -MMD -MP -c $< -o $@
-include $(FUZZ_OBJ:.o=.d)

fuzz: $(FUZZ_OBJ) $(O)/spectest
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined $(FUZZ_OBJ) tests/fuzz_module.c \
	  -o build-fuzz/fuzz_module -lm -pthread
	$(FUZZ_ENV) tools/fuzz.sh build-fuzz/fuzz_module $(SPECTEST_DIR) $(FUZZ_SECONDS)

# libFuzzer target (clang) over the text format as modules and .wast scripts, running every module
# that parses (tests/fuzz_wat.c), seeded once with the 2.0, 3.0 and proposal scripts split into one
# command a file (tools/fuzz-wat-seed.py).
fuzz-wat: $(FUZZ_OBJ)
	@mkdir -p build-fuzz fuzz-corpus-wat
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined $(FUZZ_OBJ) tests/fuzz_wat.c \
	  -o build-fuzz/fuzz_wat -lm -pthread
	[ -e build-fuzz/corpus-wat-seeded ] || { tools/fuzz-wat-seed.py fuzz-corpus-wat 16384 \
	  $(SPECTEST_DIR)/wast $(SPECTEST_DIR)/wasm-3.0 $(SPECTEST_DIR)/proposals && \
	  touch build-fuzz/corpus-wat-seeded; }
	$(FUZZ_ENV) build-fuzz/fuzz_wat -max_total_time=$(or $(FUZZ_SECONDS),600) -max_len=16384 -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build-fuzz/ fuzz-corpus-wat

# libFuzzer target over component decode + validate + instantiate + calls (clang), seeded with the
# test components and the converted reference tests.
# The tiers against each other on generated modules (tests/gen_module.h): FUZZ_TIERS_OPT=1 adds the
# optimizing tier (build the plugin first: `make`). Differences abort and leave fuzz-tiers-diff.wasm.
fuzz-tiers: $(OPT_PLUGIN) $(FUZZ_OBJ)
	@mkdir -p build-fuzz build-fuzz/tiers-corpus
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined $(FUZZ_OBJ) tests/fuzz_tiers.c \
	  -o build-fuzz/fuzz_tiers -lm -pthread -ldl
	$(FUZZ_ENV) build-fuzz/fuzz_tiers -max_total_time=$(or $(FUZZ_SECONDS),600) -max_len=4096 -timeout=60 \
	  -print_final_stats=1 -artifact_prefix=build-fuzz/ build-fuzz/tiers-corpus

fuzz-component: $(FUZZ_OBJ)
	@mkdir -p build-fuzz/component-corpus
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined $(FUZZ_OBJ) tests/fuzz_component.c \
	  -o build-fuzz/fuzz_component -lm -pthread
	cp guests/component/*.wasm tests/component-wast/*.wasm build-fuzz/component-corpus/
	$(FUZZ_ENV) build-fuzz/fuzz_component -max_total_time=$(or $(FUZZ_SECONDS),600) -rss_limit_mb=4096 \
	  -print_final_stats=1 -artifact_prefix=build-fuzz/ \
	  build-fuzz/component-corpus

install: all
	install -d $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/bin \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 include/hearth.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(O)/libhearth.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(O)/libhearth.so $(DESTDIR)$(PREFIX)/lib/libhearth.so.$(VERSION)
	ln -sf libhearth.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libhearth.so.$(SOVERSION)
	ln -sf libhearth.so.$(SOVERSION) $(DESTDIR)$(PREFIX)/lib/libhearth.so
	install -m 755 $(O)/hearth $(DESTDIR)$(PREFIX)/bin/
	$(if $(OPT_PLUGIN),install -d $(DESTDIR)$(PREFIX)/lib/hearth && \
	  install -m 755 $(OPT_PLUGIN) $(DESTDIR)$(PREFIX)/lib/hearth/)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' tools/hearth.pc.in \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/hearth.pc

# Rebuilds the checked-in guest .wasm files from their C sources (needs clang + wasi-libc), the
# test components (guests/component, with jco from tools/jco) and tests/component-wast (the
# component model's reference tests from $(CM_DIR), converted by tools/jco/wast2hearth.mjs).
guests:
	$(MAKE) -C guests
	$(MAKE) -C guests/md2html
	$(MAKE) -C guests/serve
	$(MAKE) -C guests/component
	node tools/jco/wast2hearth.mjs tests/component-wast $$(find $(CM_DIR)/test -name '*.wast' -not -path '*/async/*' | sort)
	$(MAKE) -C bench wasm

# Benchmarks: the pool and snapshot figures (warm call, reset, template instantiation, soak RSS),
# start-up of a hello (bench/startup.sh), then native vs node vs hearth's optimizing and baseline
# tiers, interleaved rounds, ratios (bench/run.sh), whose geomean line ends the output.
bench: all $(O)/pool_bench $(O)/snapshot_bench $(O)/wat_bench $(O)/cache_bench $(O)/gc_bench \
       $(O)/machine_bench $(O)/startup_bench
	$(O)/snapshot_bench
	$(O)/pool_bench
	$(O)/wat_bench
	$(O)/cache_bench
	$(O)/gc_bench
	bench/startup.sh
	$(MAKE) -C bench run

# Start-up of a hello-world WASI command against a native hello: default tier, HEARTH_TIER=opt and
# auto from a warm cache (checked not to load libLLVM). STARTUP_ROUNDS=N (default 40).
.PHONY: bench-startup
bench-startup: all $(O)/machine_bench $(O)/startup_bench
	bench/startup.sh

$(O)/%_bench: bench/%_bench.c $(O)/libhearth.a
	$(CC) $(CFLAGS_ALL) $< $(O)/libhearth.a -o $@ $(LDFLAGS_ALL) -lm

# The threaded tests of the pool and the runtime under ThreadSanitizer (clang), including 8 threads x
# 10,000 pool calls. (Under TSan hearth checks bounds explicitly: config.h H_GUARD_PAGES.)
test-tsan:
	@mkdir -p build-tsan
	clang -std=gnu11 $(INCS) -Itests -D_GNU_SOURCE -pthread -O1 -g -fsanitize=thread \
	  $(LIB_SRC) tests/test_pool.c -o build-tsan/test_pool -lm
	clang -std=gnu11 $(INCS) -Itests -D_GNU_SOURCE -pthread -O1 -g -fsanitize=thread \
	  $(LIB_SRC) tests/test_runtime.c -o build-tsan/test_runtime -lm
	for c in $$(build-tsan/test_pool --list); do \
	  case $$c in *thread*|*queue*|*deadline*) HEARTH_BUILD=build build-tsan/test_pool $$c || exit 1;; esac; \
	done
	for c in $$(build-tsan/test_runtime --list); do \
	  case $$c in *thread*|*race*|*deadline*|out_of_bounds*) build-tsan/test_runtime $$c || exit 1;; esac; \
	done

# hearth serve against a native handler in the same HTTP library (wrk on loopback).
bench-serve: all
	bench/serve.sh $(SERVE_BENCH_SECONDS)

# Every C guest and benchmark as a jco-new'd wasi:cli/run component: hearth run against jco run.
check-jco: all
	tools/jco_compare.sh

# A pool's reset cost per call, component against core module (bench/component_reset.sh), and a
# reset's cost against the number of live resources (bench/creset_bench.c).
bench-component-reset: all $(O)/machine_bench $(O)/creset_bench
	bench/component_reset.sh
	$(O)/creset_bench

# The container and Kubernetes files (Dockerfile, deploy/): YAML parsed, manifests consistent with
# each other and with the pools' memory budgets, the config served by build/hearth (tools/check_deploy.py).
check-deploy: all
	python3 tools/check_deploy.py $(O)/hearth

# Opt-in: 30 s (SERVE_TRAPS_SECONDS) of 64 connections where every request traps: 500s with error
# ids, no socket errors, RSS flat (bench/serve_traps.sh).
bench-serve-traps: all
	bench/serve_traps.sh $(SERVE_TRAPS_SECONDS)

# Quick benchmark sanity: small-size checksums under hearth and node.
bench-check: all
	bench/check.sh

clean:
	rm -rf build build-asan build-fuzz build-tsan build-switch build-checked build-aarch64
