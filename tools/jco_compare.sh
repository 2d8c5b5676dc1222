#!/usr/bin/env bash
# tools/jco_compare.sh: every C guest of guests/ (the commands) and every benchmark of bench/,
# turned into a wasi:cli/run component with `jco new --wasi-command`, run under `hearth run` and
# under `jco run` (node) with the same arguments and stdin, in an empty environment: stdout and
# the exit code must be the same. Differences that are known and not hearth's are listed below with
# their reason and reported as such; any other difference fails (exit 1).   make check-jco
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${HEARTH_BIN:-build/hearth}
JCO="node tools/jco/node_modules/@bytecodealliance/jco/dist/jco.js"
[ -f tools/jco/node_modules/@bytecodealliance/jco/dist/jco.js ] || { echo "jco missing: cd tools/jco && npm ci"; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# name -> the reason its difference is expected
declare -A KNOWN=(
  [poll]="jco's clocks shim never fires a subscribe-instant (absolute time) pollable: the guest sees errno 61 under jco; hearth fires it, as Wasmtime does"
  [trap]="a trap exits 134 under hearth (as under Wasmtime), 1 under jco; stdout is the same"
)
# The benchmarks are rebuilt from bench/src with a cabi_realloc export (guests/component/bench_realloc.c:
# without it jco's preview-1 adapter keeps its state where the program's stack overwrites it and
# asserts in fd_fdstat_get under every runtime), same flags as bench/Makefile.
WASM_CC=${WASM_CC:-clang}
# The benchmarks need a WASI C toolchain: say which packages, rather than failing each benchmark.
printf '#include <stdio.h>\nint main(void) { return 0; }\n' >"$out/probe.c"
if ! $WASM_CC --target=wasm32-wasi -O2 "$out/probe.c" -o "$out/probe.wasm" 2>/dev/null; then
  echo "check-jco: $WASM_CC cannot build for wasm32-wasi here; install the WASI C toolchain:"
  echo "  apt-get install wasi-libc libclang-rt-14-dev-wasm32 lld"
  exit 1
fi
same=0 known=0 bad=0
check() { # name wasm stdin-file args...
  local name=$1 wasm=$2 in=$3
  shift 3
  if ! $JCO new "$wasm" --wasi-command -o "$out/$name.wasm" >/dev/null 2>&1; then
    echo "FAIL  $name: jco new failed"; bad=$((bad + 1)); return
  fi
  env -i "$BIN" run "$out/$name.wasm" "$@" <"$in" >"$out/$name.h" 2>/dev/null
  local hrc=$?
  env -i "$(command -v node)" tools/jco/node_modules/@bytecodealliance/jco/dist/jco.js run "$out/$name.wasm" "$@" <"$in" >"$out/$name.j" 2>/dev/null
  local jrc=$?
  local reason=${KNOWN[$name]:-}
  if cmp -s "$out/$name.h" "$out/$name.j" && [ "$hrc" = "$jrc" ]; then
    echo "same  $name (exit $hrc)"; same=$((same + 1))
  elif [ -n "$reason" ]; then
    echo "known $name (exit hearth $hrc, jco $jrc): $reason"; known=$((known + 1))
  else
    echo "FAIL  $name (exit hearth $hrc, jco $jrc)"; diff "$out/$name.h" "$out/$name.j" | head -5; bad=$((bad + 1))
  fi
}
printf 'hello from stdin\n' >"$out/in.txt"
for g in hello args_env exitcode stdio clocks trap poll; do check "$g" "guests/$g.wasm" "$out/in.txt" a b; done
check exitcode-3 guests/exitcode.wasm "$out/in.txt" 3
check md2html guests/md2html/md2html.wasm guests/md2html/samples/basics.md
while read -r b size _; do
  case $b in \#* | "") continue ;; esac
  if ! $WASM_CC --target=wasm32-wasi -O2 "bench/src/$b.c" guests/component/bench_realloc.c \
       -o "$out/bench-$b.core.wasm" -Wl,--strip-debug 2>"$out/cc.err"; then
    echo "FAIL  bench-$b: $WASM_CC could not build it: $(head -1 "$out/cc.err")"; bad=$((bad + 1)); continue
  fi
  check "bench-$b" "$out/bench-$b.core.wasm" /dev/null "$size"
done <bench/benchmarks.txt
echo "jco compare: $same same, $known known differences, $bad failed"
echo "(files and escape need a preopen: tests/test_wasip2.c runs them against jco)"
[ "$bad" = 0 ]
