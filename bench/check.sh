#!/usr/bin/env bash
# check.sh: correctness check for CI: every benchmark at its small size (benchmarks.txt) must print the
# native checksum under hearth (and under node when installed); the md2html guest must reproduce its
# samples under hearth. Ends with "bench-check: N passed, N failed". Env: HEARTH=path, NODE=path (NODE=none skips).
set -u
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
HEARTH=${HEARTH:-$ROOT/build/hearth}
NODE=${NODE:-node}
pass=0; fail=0
make -s native >&2 || { echo "check: native build failed"; echo "0 passed, 1 failed"; exit 1; }
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
while read -r n s _; do
  case "$n" in ''|'#'*) continue;; esac
  want=$(./build/"$n" "$s")
  got=$(timeout 300 "$HEARTH" run "wasm/$n.wasm" "$s" 2>&1)
  [ "$got" = "$want" ] && ok || bad "hearth $n: got '$(echo "$got" | head -c 200)' want '$want'"
  if [ "$NODE" != none ] && command -v "$NODE" >/dev/null 2>&1; then
    got=$(timeout 300 "$NODE" --no-warnings node_wasi.mjs "wasm/$n.wasm" "$s" 2>&1)
    [ "$got" = "$want" ] && ok || bad "node $n: got '$(echo "$got" | head -c 200)' want '$want'"
  fi
done < benchmarks.txt
for f in ../guests/md2html/samples/*.md; do
  if timeout 60 "$HEARTH" run ../guests/md2html/md2html.wasm < "$f" 2>/dev/null | cmp -s - "${f%.md}.html"; then ok
  else bad "hearth md2html $(basename "$f")"; fi
done
echo "bench-check: $pass passed, $fail failed"
[ $fail -eq 0 ]
