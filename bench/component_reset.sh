#!/usr/bin/env bash
# bench/component_reset.sh: what a pool's reset costs per call for a component against a core
# module doing the same work: guests/component/state.wasm (bump(): a counter in linear memory;
# scribble(64): 64 KiB written one byte in 64; each call also restores the component's resource
# tables) and its core twin bench/src/scribble.wat, under `hearth soak` with the reset and the reuse
# policy. The reset cost is p50(reset) - p50(reuse) (the pool's latency covers the call and the
# reset). ROUNDS (default 3) interleaved rounds of CALLS (default 200000) calls; medians printed.
# Prints the machine facts (bench/machine.h, via build/machine_bench) before and after the figures.
# Usage: bench/component_reset.sh [CALLS] [ROUNDS]   (make bench-component-reset)
set -euo pipefail
cd "$(dirname "$0")/.."
CALLS=${1:-200000}
ROUNDS=${2:-3}
BIN=${HEARTH_BIN:-build/hearth}
p50() { "$BIN" soak "$@" --calls "$CALLS" --json | sed -n 's/.*"p50_us": \([0-9.]*\).*/\1/p'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
declare -A R
cases=("core bump|bench/src/scribble.wat --invoke bump"
       "component bump()|guests/component/state.wasm --invoke bump()"
       "core scribble 64 KiB|bench/src/scribble.wat --invoke scribble"
       "component scribble(64)|guests/component/state.wasm --invoke scribble(64)")
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $CALLS calls x $ROUNDS rounds"
# the machine facts reset costs depend on (bench/machine.h), measured now, beside the figures
MACH=${HEARTH_MACHINE_BIN:-$(dirname "$BIN")/machine_bench}
machine_facts() { if [ -x "$MACH" ]; then "$MACH" component_reset; else echo "($MACH not built: make $MACH)"; fi; }
machine_facts
for _ in $(seq "$ROUNDS"); do
  for c in "${cases[@]}"; do
    name=${c%%|*}; args=${c#*|}
    for pol in reset reuse; do
      # shellcheck disable=SC2086
      R["$name/$pol"]+="$(p50 $args --policy $pol) "
    done
  done
done
printf '%-26s %12s %12s %14s\n' "case" "p50 reset" "p50 reuse" "reset cost"
for c in "${cases[@]}"; do
  name=${c%%|*}
  a=$(echo ${R["$name/reset"]} | tr ' ' '\n' | median)
  b=$(echo ${R["$name/reuse"]} | tr ' ' '\n' | median)
  printf '%-26s %10s us %10s us %11s us\n' "$name" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a - b }')"
done
machine_facts # again after the figures: a busy machine shows in the difference
