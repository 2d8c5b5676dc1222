#!/usr/bin/env bash
# check_tiers.sh: correctness in every execution tier (issue 14): the 2.0 spec suite (JSON form),
# the whole programs (tests/test_programs.c: the ten benchmarks, md2html, exceptions), the csmith
# programs (tests/test_csmith.c) and, when its packages are cached, tools/realworld.sh, each with
# HEARTH_TIER=interp, baseline, opt and auto. Prints one line per suite and tier (result, wall and
# CPU seconds) and a closing "check-tiers: N passed, N failed" (exit 1 on a failure).
# `make check-tiers` runs it; CI does not (too long for its 60 minutes: see docs/perf.md).
# Env: CHECK_TIERS="interp baseline opt auto" (subset), CHECK_SUITES="spec programs csmith
# realworld" (subset), SPECTEST_DIR (default ../shared/spectest), REALWORLD_SLOW (default 0: the
# slow C++ compile case is skipped), BUILD_DIR (default build).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
B=${BUILD_DIR:-build}
SPEC=${SPECTEST_DIR:-../shared/spectest}
TIERS=${CHECK_TIERS:-interp baseline opt auto}
SUITES=${CHECK_SUITES:-spec programs csmith realworld}
LOG=$B/check-tiers
mkdir -p "$LOG"
pass=0; failn=0

# step TIER SUITE CMD...: runs CMD with HEARTH_TIER=TIER, its output to $LOG/SUITE-TIER.log, and
# prints the result with the wall and CPU time (/usr/bin/time: the children's user + system).
step() {
  local t=$1 s=$2; shift 2
  local log=$LOG/$s-$t.log
  local t0=$EPOCHREALTIME
  HEARTH_TIER=$t /usr/bin/time -f '%U %S' -o "$LOG/time" "$@" > "$log" 2>&1
  local rc=$?
  local wall cpu
  wall=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')
  cpu=$(tail -1 "$LOG/time" | awk '{ printf "%.0f", $1 + $2 }') # after "Command exited with ..." if rc != 0
  local what
  what=$(summary "$s" "$log")
  if [ $rc -eq 0 ]; then pass=$((pass + 1)); r=ok; else failn=$((failn + 1)); r=FAIL; fi
  printf 'check-tiers: %-8s %-9s %-4s %-44s %5s s wall, %5s s CPU\n' "$t" "$s" "$r" "$what" "$wall" "${cpu:-?}"
  [ $rc -eq 0 ] || { echo "  (log: $log)"; grep -E 'FAIL|failed|differ|mismatch' "$log" | grep -v ' 0 failed' | head -5 | sed 's/^/  /'; }
}

# summary SUITE LOG: the suite's own count line.
summary() {
  case $1 in
    spec) grep -E '^spectest 2.0' "$2" | grep -oE '[0-9]+ passed, [0-9]+ failed' | tail -1;;
    realworld) grep -oE 'realworld: [0-9]+ passed, [0-9]+ failed' "$2" | tail -1;;
    *) echo "$(grep -c '^ok\|: ok' "$2") cases ok, $(grep -ciE '^FAIL|: FAIL' "$2") failed";;
  esac
}

# run_cases BIN: every case of a tests/t.h binary, each in its own process (as tools/runtests.sh).
run_cases() {
  local bin=$1 c st=0
  for c in $("$bin" --list); do
    if "$bin" "$c" > /dev/null 2> "$LOG/case.err"; then echo "$c: ok"; else echo "$c: FAIL"; cat "$LOG/case.err"; st=1; fi
  done
  return $st
}
export -f run_cases
export LOG

echo "check-tiers: tiers: $TIERS; suites: $SUITES; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for t in $TIERS; do
  for s in $SUITES; do
    case $s in
      spec) step "$t" spec "$B/spectest" --label "2.0 $t" "$SPEC";;
      programs) step "$t" programs bash -c 'run_cases "$0"' "$B/tests/test_programs";;
      csmith) step "$t" csmith bash -c 'run_cases "$0"' "$B/tests/test_csmith";;
      realworld)
        if [ -d "${REALWORLD_DIR:-$HOME/.cache/hearth-realworld}/npm" ]; then
          step "$t" realworld env REALWORLD_SLOW="${REALWORLD_SLOW:-0}" REALWORLD_NO_TIMING=1 tools/realworld.sh -q
        else
          echo "check-tiers: $t realworld skipped (packages not cached: run tools/realworld.sh once)"
        fi;;
      *) echo "check-tiers: unknown suite $s"; failn=$((failn + 1));;
    esac
  done
done
echo "check-tiers: load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "check-tiers: $pass passed, $failn failed"
[ $failn -eq 0 ]
