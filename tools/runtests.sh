#!/usr/bin/env bash
# runtests.sh BUILD_DIR SPECTEST_DIR|none: runs every unit-test case in its own process with a
# timeout, then the spec runner (one result per spec file, with default engines and with
# no_signal_handler engines), and ends with "N passed, N failed".
set -u
O=$1
SPEC=${2:-none}
TIMEOUT=${TEST_TIMEOUT:-120}
export HEARTH_BUILD="$O"
pass=0; fail=0; skip=0
failed_names=()
for bin in "$O"/tests/test_*; do
  [ -x "$bin" ] || continue
  tname=$(basename "$bin")
  for c in $("$bin" --list); do
    if out=$(cd "$(dirname "$0")/.." && timeout "$TIMEOUT" "$bin" "$c" 2>&1); then
      pass=$((pass+1))
    else
      rc=$?
      fail=$((fail+1)); failed_names+=("$tname/$c")
      echo "FAIL $tname/$c (exit $rc)"; echo "$out" | tail -n 20 | sed 's/^/    /'
    fi
  done
done
echo "unit: $pass passed, $fail failed"
if [ "$SPEC" != "none" ]; then
  if [ ! -d "$SPEC/core" ]; then
    echo "spectest: directory $SPEC/core not found (set SPECTEST_DIR)"; fail=$((fail+1))
  else
    # Twice: default engines, then engines with no_signal_handler (explicit bounds checks, no
    # SIGSEGV handler installed).
    for opt in "" --no-signal-handler; do
    log=$(mktemp)
    timeout 1800 "$O/spectest" --per-file-status $opt "$SPEC" > "$log" 2>&1
    rc=$?
    # Each spec file contributes one test: "ok FILE ..." or "FAIL FILE ...".
    sp=$(grep -c '^ok ' "$log"); sf=$(grep -c '^FAIL ' "$log")
    grep -E "^(FAIL|spectest:)" "$log" | sed "s/^/${opt:+[$opt] }/"
    if [ $rc -ne 0 ] && [ "$sf" -eq 0 ]; then
      echo "spectest $opt exited $rc"; tail -n 20 "$log"; sf=$((sf+1))
    fi
    pass=$((pass+sp)); fail=$((fail+sf))
    rm -f "$log"
    done
  fi
fi
if [ ${#failed_names[@]} -gt 0 ]; then echo "failed: ${failed_names[*]}"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
