#!/usr/bin/env bash
# run.sh: runs every benchmark natively (gcc -O2, the reference, and clang -O2, the compiler that
# builds the guests), under node (node:wasi) and under hearth, BENCH_ROUNDS rounds (default 5)
# interleaved round-robin across runtimes, checks that checksums agree, and prints median wall times
# and ratios to gcc's native time.
# hearth is timed in two tiers, two columns interleaved in the same rounds: the optimizing tier
# (HEARTH_TIER=opt from a warm code cache: one unmeasured run per benchmark first fills a cache
# directory of this run's own, so the timed runs load the optimized code from it; docs/perf.md
# "The optimizing tier") and the baseline (HEARTH_TIER=baseline, optimizer off). One geomean line
# per tier, then the final line "bench: geomean hearth/native = X.XX, node/native = Y.YY", whose
# hearth figure is the OPTIMIZING tier's (the baseline's when hearth was built without LLVM, and
# then a note says so). The machine facts the figures depend on (cores, load average at start and
# end, one page fault's cost from build/machine_bench) are printed too.
# Env: BENCH_ROUNDS, BENCH_ONLY="sha256 lz77" (subset), BENCH_SIZE=small (use the small sizes from
# benchmarks.txt) or a number (argv[1] for every benchmark), HEARTH=path, NODE=path, BENCH_TIMEOUT (s),
# BENCH_TIER=opt|baseline|interp|auto times hearth in that one tier only (one hearth column, as
# before; with opt the cache is filled first as above), BENCH_COLD=1 times the optimizing tier's
# compile too (no cache), BENCH_PIN=N runs every timed process on core N only (taskset), so that
# all runtimes meet the same core's speed (docs/perf.md "sha256's two speeds").
# Each run's CPU time (user + system of the process and its children, from bash's `times`) is
# recorded beside its wall time: a second table gives CPU medians and ratios, and a geomean line per
# tier on CPU time follows the wall one (the final line stays wall-based). node's CPU time includes
# its background threads (compiler, GC), so its CPU ratio is above its wall ratio.
set -u
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
ROUNDS=${BENCH_ROUNDS:-5}
HEARTH=${HEARTH:-$ROOT/build/hearth}
NODE=${NODE:-node}
TMO=${BENCH_TIMEOUT:-300}
SIZE=${BENCH_SIZE:-}
TIER=${BENCH_TIER:-}
PIN=()
if [ -n "${BENCH_PIN:-}" ]; then
  command -v taskset >/dev/null 2>&1 || { echo "bench: BENCH_PIN needs taskset" >&2; exit 1; }
  PIN=(taskset -c "$BENCH_PIN")
fi

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

# hearth's runtimes (columns): both tiers by default, the one of BENCH_TIER otherwise.
declare -A tier_of label_of
if [ -n "$TIER" ]; then
  HRTS=(hearth); tier_of[hearth]=$TIER; label_of[hearth]=hearth-$TIER
else
  HRTS=(hopt hbase); tier_of[hopt]=opt; tier_of[hbase]=baseline
  label_of[hopt]=hearth-opt; label_of[hbase]=hearth-base
fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# henv RT: sets HENV to hearth's environment for runtime RT: its tier, and a cache directory of
# this run's own (empty at the start: no cache effects from earlier runs; with BENCH_COLD=1, no
# cache at all). Both tiers share the directory: their entries have different keys.
henv() {
  HENV=(HEARTH_CACHE_DIR="$tmp/cache")
  [ "${BENCH_COLD:-0}" = 1 ] && HENV=(HEARTH_CACHE=0)
  [ -n "${tier_of[$1]}" ] && HENV+=(HEARTH_TIER="${tier_of[$1]}")
}

# Machine facts the figures depend on (printed at the start and, for the load, at the end).
machine_facts() {
  local mb=$ROOT/build/machine_bench
  echo "bench: machine: $(nproc 2>/dev/null || echo '?') cores online ($(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')), load average $1 $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -x "$mb" ]; then "$mb" bench; else echo "bench: machine: build/machine_bench not built (make build/machine_bench): page fault cost not measured"; fi
}

# run_one RUNTIME NAME ARG... : runs once, stores stdout in $tmp/out, sets $elapsed (wall seconds),
# $cpu (user + system seconds of the process tree: the change of the shell's children times, which
# `times` prints without forking; only this command's tree is reaped between the two) and $rc.
run_one() {
  local rt=$1 n=$2; shift 2
  local t0 t1
  [ "$rt" = native ] || [ "$rt" = clang ] || [ "$rt" = node ] || henv "$rt"
  times > "$tmp/times0"
  t0=$EPOCHREALTIME
  case $rt in
    native) "${PIN[@]}" timeout "$TMO" "./build/$n" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null;;
    clang)  "${PIN[@]}" timeout "$TMO" "./build-clang/$n" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null;;
    node)   "${PIN[@]}" timeout "$TMO" "$NODE" --no-warnings node_wasi.mjs "wasm/$n.wasm" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null;;
    *)      "${PIN[@]}" timeout "$TMO" env "${HENV[@]}" "$HEARTH" run "wasm/$n.wasm" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null;;
  esac
  rc=$?
  t1=$EPOCHREALTIME
  times > "$tmp/times1"
  elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
  # `times` line 2: children's user and system time as XmY.YYYs.
  cpu=$(awk 'function s(x) { sub(/s$/, "", x); split(x, p, "m"); return p[1] * 60 + p[2] }
             FNR == 2 { v = s($1) + s($2); if (FILENAME ~ /times0$/) a = v; else b = v }
             END { printf "%.3f", b - a }' "$tmp/times0" "$tmp/times1")
}

declare -A times cpus want status crashed
fail=0
for ((i = 0; i < ${#names[@]}; i++)); do
  n=${names[$i]}
  status[$n,node]=ok; status[$n,clang]=ok
  for h in "${HRTS[@]}"; do status[$n,$h]=ok; [ $have_hearth = 1 ] || status[$n,$h]=n/a; done
  [ $have_clang = 1 ] || status[$n,clang]=n/a
  [ $have_node = 1 ] || status[$n,node]=n/a
done

tiers_desc=""; for h in "${HRTS[@]}"; do tiers_desc="$tiers_desc ${label_of[$h]}=HEARTH_TIER=${tier_of[$h]:-default}"; done
echo "bench: $ROUNDS rounds, runtimes interleaved; hearth=$HEARTH$([ $have_hearth = 1 ] || echo ' (missing)');$tiers_desc${BENCH_PIN:+; every timed run on core $BENCH_PIN}"
machine_facts "at start"
opt_missing=""
if [ $have_hearth = 1 ] && [ "${BENCH_COLD:-0}" != 1 ]; then
  # One unmeasured run per benchmark and tier (small size: the code does not depend on the
  # argument) compiles each module and fills the cache; the timed runs then start from it.
  for h in "${HRTS[@]}"; do
    henv "$h"; t0=$EPOCHREALTIME
    for ((i = 0; i < ${#names[@]}; i++)); do
      env "${HENV[@]}" "$HEARTH" run "wasm/${names[$i]}.wasm" "${smalls[$i]}" > /dev/null 2> "$tmp/err" < /dev/null
      # Without the plugin (built without LLVM) HEARTH_TIER=opt says so and runs the baseline:
      # that column would be the baseline under another name, so it is dropped.
      if [ "${tier_of[$h]}" = opt ] && grep -q 'HEARTH_TIER=opt:' "$tmp/err"; then opt_missing=$(head -c 200 "$tmp/err" | tr '\n' ' '); fi
    done
    if [ "${tier_of[$h]}" = opt ]; then
      echo "bench: ${label_of[$h]}: optimized code cached for $(ls "$tmp/cache"/*.hco 2>/dev/null | wc -l) of ${#names[@]} modules in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s (not timed)"
    fi
  done
fi
if [ -n "$opt_missing" ]; then
  echo "note: no optimizing tier in this hearth ($opt_missing): its column is n/a"
  for n in "${names[@]}"; do for h in "${HRTS[@]}"; do [ "${tier_of[$h]}" = opt ] && status[$n,$h]=n/a; done; done
fi
RTS=(native clang node "${HRTS[@]}")
for ((r = 1; r <= ROUNDS; r++)); do
  for ((i = 0; i < ${#names[@]}; i++)); do
    n=${names[$i]}
    args=()
    if [ "$SIZE" = small ]; then args=("${smalls[$i]}"); elif [ -n "$SIZE" ]; then args=("$SIZE"); fi
    # Rotate the runtime order each round so no runtime always runs right after another one.
    order=""
    for ((k = 0; k < ${#RTS[@]}; k++)); do order="$order ${RTS[$(( (k + r - 1) % ${#RTS[@]} ))]}"; done
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
        echo "  ${label_of[$rt]:-$rt} could not run $n (exit $rc): $(head -c 200 "$tmp/err" | tr '\n' ' ')"
        continue
      fi
      times[$n,$rt]="${times[$n,$rt]:-} $elapsed"
      cpus[$n,$rt]="${cpus[$n,$rt]:-} $cpu"
      eval "got_${rt}_$n=\$out"
    done
  done
done

# Checksum agreement (native is the reference; it runs first in round 1 or later, so compare at the end).
for n in "${names[@]}"; do
  for rt in clang node "${HRTS[@]}"; do
    [ "${status[$n,$rt]}" = ok ] || continue
    v=got_${rt}_$n
    if [ "${!v}" != "${want[$n]}" ]; then
      echo "bench: $n: CHECKSUM MISMATCH ${label_of[$rt]:-$rt}: '${!v}' vs native '${want[$n]}'"
      status[$n,$rt]=WRONG; fail=1
    fi
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
fmt() { case $1 in *[0-9]*) printf '%.3f' "$1";; *) printf '%s' "$1";; esac; }

# One table per measure: the medians of every runtime's samples, then every ratio to gcc's native
# median. table SAMPLES RATIOS NODE CLANG WALL: SAMPLES names the array of samples (times or cpus),
# RATIOS the array that collects each hearth column's ratios, NODE and CLANG the strings that collect
# node's and clang's; WALL=1 (the wall table) also counts the benchmarks each hearth column ran
# (cnt) and ran faster than node (faster), and prints the checksum column.
table() {
  local -n samples=$1 ratios=$2 nodes=$3 clangs=$4
  local wall=$5 n rt h base line
  local hdr
  hdr=$(printf '%-10s %10s %10s %10s' benchmark native_s clang_s node_s)
  for h in "${HRTS[@]}"; do hdr="$hdr $(printf '%13s' "${label_of[$h]}_s")"; done
  for h in "${HRTS[@]}"; do hdr="$hdr $(printf '%18s' "${label_of[$h]}/native")"; done
  hdr="$hdr $(printf '%11s %12s' node/native clang/native)"
  [ "$wall" = 1 ] && hdr="$hdr  checksum"
  echo "$hdr"
  for n in "${names[@]}"; do
    base=$(echo "${samples[$n,native]}" | median)
    local -A tm=() ra=()
    for rt in clang node "${HRTS[@]}"; do
      if [ "${status[$n,$rt]}" = ok ]; then
        tm[$rt]=$(echo "${samples[$n,$rt]}" | median)
        ra[$rt]=$(awk -v a="${tm[$rt]}" -v b="$base" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
      else tm[$rt]=${status[$n,$rt]}; ra[$rt]=n/a; fi
    done
    [ "${ra[clang]}" != n/a ] && clangs="$clangs ${ra[clang]}"
    [ "${ra[node]}" != n/a ] && nodes="$nodes ${ra[node]}"
    line=$(printf '%-10s %10s %10s %10s' "$n" "$(fmt "$base")" "$(fmt "${tm[clang]}")" "$(fmt "${tm[node]}")")
    for h in "${HRTS[@]}"; do line="$line $(printf '%13s' "$(fmt "${tm[$h]}")")"; done
    for h in "${HRTS[@]}"; do
      line="$line $(printf '%18s' "${ra[$h]}")"
      [ "${ra[$h]}" != n/a ] || continue
      ratios[$h]="${ratios[$h]:-} ${ra[$h]}"
      [ "$wall" = 1 ] || continue
      cnt[$h]=$(( ${cnt[$h]:-0} + 1 ))
      if [ "${status[$n,node]}" = ok ] && awk -v a="${tm[$h]}" -v b="${tm[node]}" 'BEGIN { exit !(a < b) }'; then
        faster[$h]=$(( ${faster[$h]:-0} + 1 ))
      fi
    done
    line="$line $(printf '%11s %12s' "${ra[node]}" "${ra[clang]}")"
    [ "$wall" = 1 ] && line="$line  ${want[$n]##*checksum=}"
    echo "$line"
  done
}

declare -A rl crl cnt faster
nl=""; cl=""; ncl=""; ccl=""
table times rl nl cl 1
# The same table on CPU time (user + system, medians): less sensitive to the other processes of a
# shared machine than wall time, though not to a core's speed (docs/perf.md "sha256's two speeds").
echo "CPU seconds (user + system), medians:"
table cpus crl ncl ccl 0

for n in "${names[@]}"; do
  [ -z "${crashed[$n]:-}" ] || echo "note: node segfaulted at exit after printing its checksum on $n in ${crashed[$n]} of $ROUNDS runs (those runs are timed)"
done

# hearth's own compile/instantiate timing, when the CLI offers it (the first hearth runtime).
henv "${HRTS[0]}"
if [ $have_hearth = 1 ] && env "${HENV[@]}" "$HEARTH" run --timing "wasm/${names[0]}.wasm" "${smalls[0]}" > /dev/null 2> "$tmp/terr" && [ -s "$tmp/terr" ]; then
  echo "hearth compile/instantiate (run --timing, small size, ${label_of[${HRTS[0]}]}):"
  for ((i = 0; i < ${#names[@]}; i++)); do
    n=${names[$i]}
    if env "${HENV[@]}" "$HEARTH" run --timing "wasm/$n.wasm" "${smalls[$i]}" > /dev/null 2> "$tmp/terr"; then
      echo "  $n: $(grep -iE 'compile|instantiate|decode|valid|timing' "$tmp/terr" | tr '\n' ' ')"
    fi
  done
fi

machine_facts "at end"
geo() { echo "$1" | tr ' ' '\n' | grep -v '^$' | awk '{ s += log($1); c++ } END { if (c) printf "%.2f", exp(s / c); else print "n/a" }'; }
gn=$(geo "$nl")
[ $have_clang = 1 ] && echo "bench: geomean clang-native/native = $(geo "$cl") (clang -O2 natively: the compiler that built the guests)"
# The final line's hearth figure: the optimizing tier's when it ran, else the first column's.
final=""
for h in "${HRTS[@]}"; do
  g=n/a; [ "${cnt[$h]:-0}" -gt 0 ] && g=$(geo "${rl[$h]}")
  over=""; [ "${cnt[$h]:-0}" -lt ${#names[@]} ] && over=" (over ${cnt[$h]:-0} of ${#names[@]} benchmarks)"
  echo "bench: geomean ${label_of[$h]}/native = $g$over (HEARTH_TIER=${tier_of[$h]:-default}); faster than node on ${faster[$h]:-0} of ${#names[@]}"
  if [ -z "$final" ] && [ "${cnt[$h]:-0}" -gt 0 ]; then final=$h; gh=$g; fi
done
cpu_line="bench: geomean on CPU time:"
for h in "${HRTS[@]}"; do cpu_line="$cpu_line ${label_of[$h]}/native = $(geo "${crl[$h]:-}"),"; done
echo "$cpu_line node/native = $(geo "$ncl"), clang-native/native = $(geo "$ccl")"
if [ -z "$final" ]; then gh=n/a
elif [ "${tier_of[$final]}" != opt ] && [ -z "$TIER" ]; then echo "note: the final line's hearth figure is ${label_of[$final]}'s: the optimizing tier did not run"; fi
echo "bench: geomean hearth/native = $gh, node/native = $gn"
exit $fail
