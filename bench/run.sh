#!/usr/bin/env bash
# run.sh: runs every benchmark natively (gcc -O2, the reference, and clang -O2, the compiler that
# builds the guests), under node (node:wasi) and under hearth, BENCH_ROUNDS rounds (default 5)
# interleaved round-robin across runtimes, checks that checksums agree, and prints median wall times
# and ratios to gcc's native time. Ends with "bench: geomean hearth/native = X.XX, node/native = Y.YY".
# Env: BENCH_ROUNDS, BENCH_ONLY="sha256 lz77" (subset), BENCH_SIZE=small (use the small sizes from
# benchmarks.txt) or a number (argv[1] for every benchmark), HEARTH=path, NODE=path, BENCH_TIMEOUT (s),
# BENCH_TIER=opt|baseline|interp|auto (hearth's HEARTH_TIER; with opt, a code cache of its own is
# filled by one unmeasured run per benchmark first, so the timed runs load the optimized code from
# it: docs/perf.md "The optimizing tier"; BENCH_COLD=1 times the compile too, no cache).
set -u
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
ROUNDS=${BENCH_ROUNDS:-5}
HEARTH=${HEARTH:-$ROOT/build/hearth}
NODE=${NODE:-node}
TMO=${BENCH_TIMEOUT:-300}
SIZE=${BENCH_SIZE:-}
TIER=${BENCH_TIER:-}

make -s native >&2 || { echo "bench: native build failed" >&2; exit 1; }
# The .wasm files are checked in; rebuild them only when a toolchain is present and they are stale.
if command -v clang >/dev/null 2>&1 && [ -e /usr/lib/wasm32-wasi/libc.a -o -d /usr/share/wasi-sysroot ]; then
  make -s wasm >&2 || echo "bench: warning: wasm rebuild failed, using checked-in modules" >&2
fi

names=(); smalls=()
while read -r n s _; do
  case "$n" in ''|'#'*) continue;; esac
  if [ -n "${BENCH_ONLY:-}" ] && ! [[ " $BENCH_ONLY " == *" $n "* ]]; then continue; fi
  [ -x "build/$n" ] && [ -f "wasm/$n.wasm" ] || { echo "bench: skipping $n (not built)" >&2; continue; }
  names+=("$n"); smalls+=("$s")
done < benchmarks.txt

have_node=1; command -v "$NODE" >/dev/null 2>&1 || have_node=0
have_hearth=1; [ -x "$HEARTH" ] || have_hearth=0
have_clang=1; for n in "${names[@]}"; do [ -x "build-clang/$n" ] || have_clang=0; done

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# hearth's environment: its tier, and a cache directory of this run's own (empty: no cache effects
# from earlier runs; with BENCH_COLD=1, no cache at all).
HENV=(HEARTH_CACHE_DIR="$tmp/cache")
[ "${BENCH_COLD:-0}" = 1 ] && HENV=(HEARTH_CACHE=0)
[ -n "$TIER" ] && HENV+=(HEARTH_TIER="$TIER")

# run_one RUNTIME NAME ARG... : runs once, stores stdout in $tmp/out, sets $elapsed (seconds) and $rc.
run_one() {
  local rt=$1 n=$2; shift 2
  local t0 t1
  t0=$EPOCHREALTIME
  case $rt in
    native) timeout "$TMO" "./build/$n" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null;;
    clang)  timeout "$TMO" "./build-clang/$n" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null;;
    node)   timeout "$TMO" "$NODE" --no-warnings node_wasi.mjs "wasm/$n.wasm" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null;;
    hearth) timeout "$TMO" env "${HENV[@]}" "$HEARTH" run "wasm/$n.wasm" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null;;
  esac
  rc=$?
  t1=$EPOCHREALTIME
  elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
}

declare -A times want status crashed
fail=0
for ((i = 0; i < ${#names[@]}; i++)); do
  n=${names[$i]}
  status[$n,node]=ok; status[$n,hearth]=ok; status[$n,clang]=ok
  [ $have_clang = 1 ] || status[$n,clang]=n/a
  [ $have_node = 1 ] || status[$n,node]=n/a
  [ $have_hearth = 1 ] || status[$n,hearth]=n/a
done

echo "bench: $ROUNDS rounds, runtimes interleaved; hearth=$HEARTH$([ $have_hearth = 1 ] || echo ' (missing)')${TIER:+ HEARTH_TIER=$TIER}"
if [ $have_hearth = 1 ] && [ "$TIER" = opt ] && [ "${BENCH_COLD:-0}" != 1 ]; then
  # One unmeasured run per benchmark (small size: the code does not depend on the argument)
  # compiles each module and fills the cache; the timed runs then start from it.
  t0=$EPOCHREALTIME
  for ((i = 0; i < ${#names[@]}; i++)); do
    env "${HENV[@]}" "$HEARTH" run "wasm/${names[$i]}.wasm" "${smalls[$i]}" > /dev/null 2>&1 < /dev/null
  done
  echo "bench: optimized code cached for $(ls "$tmp/cache"/*.hco 2>/dev/null | wc -l) of ${#names[@]} modules in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s (not timed)"
fi
for ((r = 1; r <= ROUNDS; r++)); do
  for ((i = 0; i < ${#names[@]}; i++)); do
    n=${names[$i]}
    args=()
    if [ "$SIZE" = small ]; then args=("${smalls[$i]}"); elif [ -n "$SIZE" ]; then args=("$SIZE"); fi
    # Rotate the runtime order each round so no runtime always runs right after another one.
    case $((r % 4)) in 1) order="native clang node hearth";; 2) order="clang node hearth native";;
                       3) order="node hearth native clang";; 0) order="hearth native clang node";; esac
    for rt in $order; do
      [ "$rt" = native ] || [ "${status[$n,$rt]}" = ok ] || continue
      run_one "$rt" "$n" "${args[@]}"
      # node 20 often segfaults in teardown after a correct run of a module with a large grown
      # memory (hashtab; a race of V8's background threads at exit, gone with --single-threaded,
      # which would slow node down). A run that printed its checksum did all its work: it is timed,
      # and checked like any other; the crash is reported.
      if [ "$rt" = node ] && [ $rc -eq 139 ] && grep -q 'checksum=' "$tmp/out"; then
        crashed[$n]=$(( ${crashed[$n]:-0} + 1 )); rc=0
      fi
      out=$(grep -m1 'checksum=' "$tmp/out")
      if [ "$rt" = native ]; then
        if [ $rc -ne 0 ] || [ -z "$out" ]; then echo "bench: $n: native run failed (exit $rc)"; cat "$tmp/err"; exit 1; fi
        if [ -n "${want[$n]:-}" ] && [ "${want[$n]}" != "$out" ]; then echo "bench: $n: native output changed between rounds"; exit 1; fi
        want[$n]=$out
      elif [ -z "$out" ] || [ $rc -ne 0 ]; then
        # Cannot run the module (or crashed): the column shows n/a, and the reason is printed once.
        status[$n,$rt]=n/a
        echo "  $rt could not run $n (exit $rc): $(head -c 200 "$tmp/err" | tr '\n' ' ')"
        continue
      fi
      times[$n,$rt]="${times[$n,$rt]:-} $elapsed"
      eval "got_${rt}_$n=\$out"
    done
  done
done

# Checksum agreement (native is the reference; it runs first in round 1 or later, so compare at the end).
for n in "${names[@]}"; do
  for rt in clang node hearth; do
    [ "${status[$n,$rt]}" = ok ] || continue
    v=got_${rt}_$n
    if [ "${!v}" != "${want[$n]}" ]; then
      echo "bench: $n: CHECKSUM MISMATCH $rt: '${!v}' vs native '${want[$n]}'"
      status[$n,$rt]=WRONG; fail=1
    fi
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

printf '%-10s %10s %10s %10s %10s %13s %11s %12s  %s\n' benchmark native_s clang_s node_s hearth_s hearth/native node/native clang/native checksum
hl=""; nl=""; cl=""; hcount=0
for n in "${names[@]}"; do
  tn=$(echo "${times[$n,native]}" | median)
  tnode=n/a; thearth=n/a; rnode=n/a; rhearth=n/a; tclang=n/a; rclang=n/a
  if [ "${status[$n,clang]}" = ok ]; then
    tclang=$(echo "${times[$n,clang]}" | median); rclang=$(awk -v a="$tclang" -v b="$tn" 'BEGIN { printf "%.2f", a / b }'); cl="$cl $rclang"
  else tclang=${status[$n,clang]}; fi
  if [ "${status[$n,node]}" = ok ]; then
    tnode=$(echo "${times[$n,node]}" | median); rnode=$(awk -v a="$tnode" -v b="$tn" 'BEGIN { printf "%.2f", a / b }'); nl="$nl $rnode"
  else tnode=${status[$n,node]}; fi
  if [ "${status[$n,hearth]}" = ok ]; then
    thearth=$(echo "${times[$n,hearth]}" | median); rhearth=$(awk -v a="$thearth" -v b="$tn" 'BEGIN { printf "%.2f", a / b }'); hl="$hl $rhearth"; hcount=$((hcount + 1))
  else thearth=${status[$n,hearth]}; fi
  fmt() { case $1 in *[0-9]*) printf '%.3f' "$1";; *) printf '%s' "$1";; esac; }
  printf '%-10s %10s %10s %10s %10s %13s %11s %12s  %s\n' "$n" "$(fmt "$tn")" "$(fmt "$tclang")" "$(fmt "$tnode")" "$(fmt "$thearth")" "$rhearth" "$rnode" "$rclang" "${want[$n]##*checksum=}"
done

for n in "${names[@]}"; do
  [ -z "${crashed[$n]:-}" ] || echo "note: node segfaulted at exit after printing its checksum on $n in ${crashed[$n]} of $ROUNDS runs (those runs are timed)"
done

# hearth's own compile/instantiate timing, when the CLI offers it.
if [ $have_hearth = 1 ] && env "${HENV[@]}" "$HEARTH" run --timing "wasm/${names[0]}.wasm" "${smalls[0]}" > /dev/null 2> "$tmp/terr" && [ -s "$tmp/terr" ]; then
  echo "hearth compile/instantiate (run --timing, small size):"
  for ((i = 0; i < ${#names[@]}; i++)); do
    n=${names[$i]}
    if env "${HENV[@]}" "$HEARTH" run --timing "wasm/$n.wasm" "${smalls[$i]}" > /dev/null 2> "$tmp/terr"; then
      echo "  $n: $(grep -iE 'compile|instantiate|decode|valid|timing' "$tmp/terr" | tr '\n' ' ')"
    fi
  done
fi

geo() { echo "$1" | tr ' ' '\n' | grep -v '^$' | awk '{ s += log($1); c++ } END { if (c) printf "%.2f", exp(s / c); else print "n/a" }'; }
gh=n/a; [ $hcount -gt 0 ] && gh=$(geo "$hl")
gn=$(geo "$nl")
[ $have_clang = 1 ] && echo "bench: geomean clang-native/native = $(geo "$cl") (clang -O2 natively: the compiler that built the guests)"
if [ $hcount -gt 0 ] && [ $hcount -lt ${#names[@]} ]; then echo "note: hearth geomean over $hcount of ${#names[@]} benchmarks"; fi
echo "bench: geomean hearth/native = $gh, node/native = $gn"
exit $fail
