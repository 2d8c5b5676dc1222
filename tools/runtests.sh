#!/usr/bin/env bash
# runtests.sh BUILD_DIR SPECTEST_DIR|none: runs every unit-test case in its own process with a
# timeout, then the spec runner (one result per spec file, with default engines and with
# no_signal_handler engines), and ends with "N passed, N failed".
set -u
O=$1
SPEC=${2:-none}
TIMEOUT=${TEST_TIMEOUT:-120}
export HEARTH_BUILD="$O"
# The code cache of this run (README "Code cache"): its own directory, not the user's.
HEARTH_CACHE_DIR=$(mktemp -d) && export HEARTH_CACHE_DIR && trap 'rm -rf "$HEARTH_CACHE_DIR"' EXIT
pass=0; fail=0
failed=()
# shellcheck source=tools/unittests.sh
. "$(dirname "$0")/unittests.sh"
run_unit_tests "$O" 'test_*' "$TIMEOUT"
echo "unit: $pass passed, $fail failed"
if [ "$SPEC" != "none" ]; then
  if [ ! -d "$SPEC/core" ]; then
    echo "spectest: directory $SPEC/core not found (set SPECTEST_DIR)"; fail=$((fail+1))
  else
    # The 2.0 JSON suite, the 2.0 .wast scripts (read directly), and the whole 3.0 suite (but any
    # script tests/spectest3_excluded.txt lists with a reason: none today).
    root=$(cd "$(dirname "$0")/.." && pwd)
    # The JSON suite runs a second time with engines that have no_signal_handler (explicit bounds
    # checks, no SIGSEGV handler installed).
    for run in "--label 2.0 $SPEC" "--label 2.0-no-signal-handler --no-signal-handler $SPEC" \
               "--label 2.0-wast $SPEC/wast" \
               "--label 3.0 --exclude $root/tests/spectest3_excluded.txt $SPEC/wasm-3.0"; do
      log=$(mktemp)
      # shellcheck disable=SC2086
      timeout 1800 "$O/spectest" --per-file-status $run > "$log" 2>&1
      rc=$?
      # Each spec file contributes one test: "ok FILE ..." or "FAIL FILE ...".
      sp=$(grep -c '^ok ' "$log"); sf=$(grep -c '^FAIL ' "$log")
      grep -E '^(FAIL|spectest[ :])' "$log"
      if [ $rc -ne 0 ] && [ "$sf" -eq 0 ]; then
        echo "spectest exited $rc"; tail -n 20 "$log"; sf=$((sf+1))
      fi
      pass=$((pass+sp)); fail=$((fail+sf))
      rm -f "$log"
    done
  fi
fi
if [ ${#failed[@]} -gt 0 ]; then echo "failed: ${failed[*]}"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
