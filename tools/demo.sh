#!/usr/bin/env bash
# demo.sh [CALLS] [SAMPLE.md]: the pool policies side by side on the bundled markdown converter
# (a WASI command, guests/md2html/md2html.wasm), then on the leaky bytes-ABI converter
# (guests/pool/leaky.wasm, 64 KiB never freed per call): reuse without triggers, reuse recycled
# every 512 calls, and reset to the snapshot after every call.
# HEARTH=path/to/hearth overrides the binary (default build/hearth).
set -eu
cd "$(dirname "$0")/.."
HEARTH=${HEARTH:-build/hearth}
CALLS=${1:-5000}
SAMPLE=${2:-guests/md2html/samples/basics.md}
[ -x "$HEARTH" ] || { echo "demo: $HEARTH not built (run make)" >&2; exit 1; }

# Extracts a numeric field from the one-line JSON of `hearth soak --json`.
field() { sed -n "s/.*\"$2\": \([-0-9.]*\).*/\1/p" <<<"$1"; }

table() {
  local title=$1; shift
  local names=("reuse" "reuse+recycle512" "reset")
  local policies=("--policy reuse" "--policy reuse --recycle-calls 512" "--policy reset")
  local results=()
  for i in 0 1 2; do
    # shellcheck disable=SC2086
    results[$i]=$("$HEARTH" soak "$@" --calls "$CALLS" ${policies[$i]} --json) || true
  done
  echo
  echo "$title ($CALLS calls, input $SAMPLE)"
  printf '%-20s %18s %18s %18s\n' "" "${names[@]}"
  local keys=(ok calls_per_s p50_us p99_us rss_start_kib rss_end_kib rss_peak_kib linear_peak_kib
              instantiations resets recycles)
  for k in "${keys[@]}"; do
    printf '%-20s %18s %18s %18s\n' "$k" "$(field "${results[0]}" "$k")" \
      "$(field "${results[1]}" "$k")" "$(field "${results[2]}" "$k")"
  done
}

table "md2html.wasm, WASI command per call" guests/md2html/md2html.wasm --input "$SAMPLE"
table "leaky.wasm, bytes ABI convert()" guests/pool/leaky.wasm --invoke convert --input "$SAMPLE"
echo
echo "A command's _start may run only once per instance, so a command instance is reset after every"
echo "run whatever the policy: its rows differ only by recycles. The leaky converter shows what the"
echo "policies are for: under reuse its memory only grows, recycling every 512 calls caps it near"
echo "512 x 64 KiB, reset keeps every call at the snapshot."
