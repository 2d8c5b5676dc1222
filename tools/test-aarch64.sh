#!/usr/bin/env bash
# test-aarch64.sh ARM_BUILD X86_BUILD SPECTEST_DIR [PARTS]: runs hearth's aarch64 cross build (make
# cross-aarch64, README "aarch64") under qemu-user: every unit-test case (a few that cannot run
# there are skipped, each with its reason), the 2.0 spec suite (JSON), the whole 3.0 suite, and
# whole programs, whose stdout and exit status under `hearth run` must equal the x86-64 build's.
# PARTS (default "unit spec programs"; spec2 or spec3 for one spec suite) picks a subset;
# AARCH64_TESTS (a glob, default test_*) the unit-test binaries; with HEARTH_TIER=opt (make
# test-aarch64-opt) a spec run in which a module fell back to another tier fails. Prints each
# part's wall and CPU time (qemu times: not performance figures) and ends with "N passed, N
# failed"; exits non-zero on a failure.
set -u
A=$1
X=$2
SPEC=$3
PARTS=${4:-unit spec programs}
QEMU=${QEMU_AARCH64:-qemu-aarch64-static}
TIMEOUT=${TEST_TIMEOUT:-600}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
command -v "$QEMU" >/dev/null || { echo "test-aarch64: $QEMU not found (tools/install-deps.sh)"; exit 2; }
# The guest's shared libraries are Debian's arm64 multiarch packages (libc6:arm64, libjansson4:arm64,
# tools/install-deps.sh), which qemu finds at their usual paths (/lib/ld-linux-aarch64.so.1 and
# /usr/lib/aarch64-linux-gnu): no QEMU_LD_PREFIX. Pointing it at the cross toolchain's
# /usr/aarch64-linux-gnu mixes that ld.so with the multiarch libc.so.6 whenever their versions
# differ, and then every fork() child spins forever in glibc (its _rtld_global layout differs).
unset QEMU_LD_PREFIX
export HEARTH_BUILD="$A"
HEARTH_CACHE_DIR=$(mktemp -d) && export HEARTH_CACHE_DIR
work=$(mktemp -d)
trap 'rm -rf "$HEARTH_CACHE_DIR" "$work"' EXIT
# Tests that run `hearth` as a child process run this wrapper (tests/proc.h HEARTH_BIN): the host
# kernel runs no aarch64 binary itself (no binfmt_misc here), but it runs a script that starts qemu.
printf '#!/bin/sh\nexec %s %s/%s/hearth "$@"\n' "$QEMU" "$root" "$A" > "$work/hearth"
chmod +x "$work/hearth"
export HEARTH_BIN="$work/hearth"
pass=0
fail=0
failed=()

# Cases that cannot run under qemu-user, "test/case reason" (exact names: a renamed case runs).
skips=(
  "test_install/install_and_embed installs and links the x86-64 release build (build/), not this one"
  "test_gc/binary_trees_pool 100 calls of binary_trees(13), interpreted: over 300 s under qemu"
  "test_cli/limits_timeout_fuel_memory gives hello a 1 s deadline, which qemu's start-up alone can pass"
  "test_pool/trap_recovery 6,000 pool calls with traps: over 300 s under qemu"
  "test_pool/threads_8x1000 8 threads x 1,000 pool calls: over 300 s under qemu"
)
skip_reason() {
  local s
  for s in "${skips[@]}"; do
    [ "${s%% *}" = "$1" ] && { echo "${s#* }"; return 0; }
  done
  return 1
}

# A part's wall time and the CPU time of the processes it waited for (bash's `times`).
part_start() { pstart=$(date +%s.%N); times > "$work/t0"; echo "=== $1"; }
part_end() {
  times > "$work/t1"
  # line 2 of `times`: the user and system time of the children waited for, as XmY.Zs
  awk -v w="$(awk -v a="$pstart" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')" -v n="$1" '
    function s(t) { split(t, p, "m"); sub("s", "", p[2]); return p[1] * 60 + p[2] }
    FNR == 2 { c[FILENAME] = s($1) + s($2) }
    END { printf "=== %s: %.0f s wall, %.0f s CPU (qemu)\n", n, w, c[ARGV[2]] - c[ARGV[1]] }' \
    "$work/t0" "$work/t1"
}

if [[ " $PARTS " == *" unit "* ]]; then
  part_start "unit tests under qemu"
  # shellcheck source=tools/unittests.sh
  . tools/unittests.sh
  run_unit_tests "$A" "${AARCH64_TESTS:-test_*}" "$TIMEOUT" "$QEMU"
  part_end "unit tests"
fi

# spec = spec2 (the 2.0 suite as JSON) and spec3 (the 3.0 suite: every script tools/runtests.sh runs).
# HEARTH_TIER (opt: make test-aarch64-opt) names the run, and a module that fell back to another
# tier (the plugin missing, "using baseline", or its object refused by objload.c) fails it.
lab=aarch64${HEARTH_TIER:+-$HEARTH_TIER}
runs=()
[[ " $PARTS " == *" spec "* || " $PARTS " == *" spec2 "* ]] && runs+=("--label 2.0-$lab $SPEC")
[[ " $PARTS " == *" spec "* || " $PARTS " == *" spec3 "* ]] &&
  runs+=("--label 3.0-$lab --exclude $root/tests/spectest3_excluded.txt --timeout 1800 $SPEC/wasm-3.0")
if [ ${#runs[@]} -gt 0 ]; then
  # One result per spec file, as tools/runtests.sh counts them.
  for run in "${runs[@]}"; do
    part_start "spectest ${run%% $SPEC*}"
    log="$work/spec.log"
    # shellcheck disable=SC2086
    timeout 3600 "$QEMU" "$A/spectest" --per-file-status --jobs "${SPECTEST_JOBS:-2}" $run > "$log" 2>&1
    rc=$?
    sp=$(grep -c '^ok ' "$log"); sf=$(grep -c '^FAIL ' "$log")
    grep -E '^(FAIL|spectest[ :])' "$log"
    if [ $rc -ne 0 ] && [ "$sf" -eq 0 ]; then
      echo "spectest exited $rc"; tail -n 20 "$log"; sf=1
    fi
    fell='using baseline|object does not load'
    if [ "${HEARTH_TIER:-}" = opt ] && grep -Eq "$fell" "$log"; then
      grep -Em 3 "$fell" "$log"; sf=$((sf + 1))
    fi
    [ "$sf" -eq 0 ] || failed+=("spectest ${run%% $SPEC*}")
    pass=$((pass + sp)); fail=$((fail + sf))
    part_end "spectest ${run%% $SPEC*}"
  done
fi

# One whole program: `hearth run ARGS` with stdin from IN (a file or /dev/null) under the x86-64
# build and the aarch64 one: stdout and exit status must be the same (stderr may name paths).
program() {
  local name=$1 in=$2
  shift 2
  "$X/hearth" run "$@" < "$in" > "$work/x86.out" 2> "$work/x86.err"
  local xr=$?
  timeout "$TIMEOUT" "$QEMU" "$A/hearth" run "$@" < "$in" > "$work/arm.out" 2> "$work/arm.err"
  local ar=$?
  if [ $xr -eq $ar ] && cmp -s "$work/x86.out" "$work/arm.out" && [ -s "$work/x86.out" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); failed+=("program $name")
    echo "FAIL program $name: x86-64 exit $xr, aarch64 exit $ar, $(wc -c < "$work/x86.out") vs" \
         "$(wc -c < "$work/arm.out") bytes of stdout"
    diff "$work/x86.out" "$work/arm.out" | head -n 10 | sed 's/^/    /'
    tail -n 5 "$work/arm.err" | sed 's/^/    /'
  fi
}

if [[ " $PARTS " == *" programs "* ]]; then
  [ -x "$X/hearth" ] || { echo "test-aarch64: $X/hearth (the x86-64 build) not found"; exit 2; }
  part_start "whole programs (x86-64 and aarch64 hearth run)"
  printf 'abc def\nline two\n' > "$work/stdin.txt"
  program hello /dev/null guests/hello.wasm
  program args_env /dev/null --env A=1 guests/args_env.wasm one "two words"
  program stdio "$work/stdin.txt" guests/stdio.wasm
  program exitcode /dev/null guests/exitcode.wasm 7
  program trap /dev/null guests/trap.wasm
  mkdir -p "$work/sandbox"
  program files /dev/null --dir "$work/sandbox::/sandbox" guests/files.wasm /sandbox
  program binary_trees /dev/null --invoke run guests/gc/binary_trees.wat 12
  program exn_deep /dev/null guests/exn/deep.wat
  program exn_deep_legacy /dev/null guests/exn/deep_legacy.wat
  for md in guests/md2html/samples/*.md; do
    program "md2html $(basename "$md")" "$md" guests/md2html/md2html.wasm
  done
  # Every benchmark at its small size (bench/benchmarks.txt: the native build's checksums).
  while read -r b size _; do
    case $b in '#'*|'') continue ;; esac
    program "bench $b" /dev/null "bench/wasm/$b.wasm" "$size"
  done < bench/benchmarks.txt
  part_end "whole programs"
fi

[ ${#failed[@]} -eq 0 ] || echo "failed: ${failed[*]}"
echo "aarch64: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
