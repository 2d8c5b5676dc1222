# unittests.sh: the unit-test loop that tools/runtests.sh and tools/test-aarch64.sh share (bash,
# sourced): every case of every test binary in its own process, with a timeout, from the source
# tree's root (tests read guests/ and tests/ files by relative path).
#
# run_unit_tests DIR GLOB TIMEOUT [RUNNER...]: runs each case of the executables DIR/tests/GLOB,
# with RUNNER (e.g. qemu-aarch64-static) before the binary when given. Adds to the caller's
# variables pass and fail (counts) and the array failed (test/case names), and prints each failure
# with the last 20 lines of its output. A case for which the caller's function skip_reason, if it
# defines one, succeeds (printing the reason) is skipped and printed as such.
run_unit_tests() {
  local dir=$1 glob=$2 timeout=$3
  shift 3
  local top bin t c out rc why
  top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  dir=$(cd "$dir" && pwd) || return 1
  for bin in "$dir"/tests/$glob; do
    [ -x "$bin" ] || continue
    t=$(basename "$bin")
    for c in $("$@" "$bin" --list); do
      if declare -F skip_reason > /dev/null && why=$(skip_reason "$t/$c"); then
        echo "skip $t/$c: $why"
        continue
      fi
      if out=$(cd "$top" && timeout "$timeout" "$@" "$bin" "$c" 2>&1); then
        pass=$((pass + 1))
      else
        rc=$?
        fail=$((fail + 1))
        failed+=("$t/$c")
        echo "FAIL $t/$c (exit $rc)"
        echo "$out" | tail -n 20 | sed 's/^/    /'
      fi
    done
  done
}
