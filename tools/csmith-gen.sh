#!/usr/bin/env bash
# csmith-gen.sh N OUTDIR [FIRST_SEED]: generates N differential-test programs with csmith.
#
# Seeds are tried in order FIRST_SEED, FIRST_SEED+1, ... (default 1), so the output is
# deterministic. A seed is kept only if its native build (gcc -O1) finishes within 1 s and the
# wasm32-wasi build, run under node's WASI, prints the same stdout (the checksum line). Kept
# program K (1-based) is written as OUTDIR/NNN.c, NNN.wasm, NNN.expected. The configuration
# cycles over CONFIGS (wasm optimization level -O0/-O1/-O2/-Os/-O3, with or without SIMD
# autovectorization, bulk memory, sign extension, non-trapping float-to-int, csmith --float) so
# different code shapes exercise different instructions.
# OUTDIR/MANIFEST lists "NNN seed=S csmith:EXTRA clang:OPTIONS" for each program.
# Needs: csmith, libcsmith-dev (headers in /usr/include/csmith), clang with wasm32-wasi, wabt, node.
set -eu
N=${1:?usage: csmith-gen.sh N OUTDIR [FIRST_SEED]}
OUT=${2:?usage: csmith-gen.sh N OUTDIR [FIRST_SEED]}
seed=${3:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
RUNNER="$HERE/../bench/node_wasi.mjs"
INC=${CSMITH_INC:-/usr/include/csmith}
[ -f "$INC/csmith.h" ] || { echo "csmith.h not found in $INC (apt-get install libcsmith-dev)" >&2; exit 1; }
command -v csmith >/dev/null || { echo "csmith not installed" >&2; exit 1; }

# Options: no volatiles / packed structs (portability across gcc and clang wasm32), at most 8
# functions (smaller programs, quicker runs). Everything else stays csmith's default mix.
CSMITH_OPTS=(--no-packed-struct --no-volatiles --max-funcs 8)
# Each config: "csmith extra options|clang options" (clang options are word-split).
CONFIGS=(
  "|-O0"
  "--float|-O1"
  "|-O2"
  "|-Os -mbulk-memory -msign-ext"
  "--float|-O3 -msimd128"
  "|-O2 -msimd128 -mnontrapping-fptoint"
)

mkdir -p "$OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$OUT/MANIFEST"
kept=0
while [ "$kept" -lt "$N" ]; do
  s=$seed; seed=$((seed + 1))
  cfg=${CONFIGS[$((kept % ${#CONFIGS[@]}))]}
  extra=${cfg%%|*}; opt=${cfg#*|}
  # shellcheck disable=SC2086 # extra and opt are word lists
  csmith --seed "$s" "${CSMITH_OPTS[@]}" $extra -o "$tmp/p.c" >/dev/null 2>&1 || continue
  gcc -O1 -w -I"$INC" "$tmp/p.c" -o "$tmp/native" 2>/dev/null || { echo "seed $s: gcc failed"; continue; }
  if ! timeout 1 "$tmp/native" > "$tmp/native.out" 2>/dev/null; then
    echo "seed $s: native run failed or took > 1 s, skipped"; continue
  fi
  # A 1 MiB shadow stack: -O0 frames of csmith's big functions can exceed the 64 KiB default.
  # Not -Wl,--strip-all: it drops the target_features section, and then the wasm-opt pass clang
  # runs at -O2 and up rejects SIMD. wasm-strip (wabt) removes the name section afterwards.
  # shellcheck disable=SC2086
  if ! clang --target=wasm32-wasi $opt -w -I"$INC" "$tmp/p.c" \
       -Wl,-z,stack-size=1048576 -o "$tmp/p.wasm" 2>/dev/null || ! wasm-strip "$tmp/p.wasm"; then
    echo "seed $s: clang wasm32-wasi failed"; continue
  fi
  if ! NODE_NO_WARNINGS=1 timeout 20 node "$RUNNER" "$tmp/p.wasm" > "$tmp/node.out" 2>/dev/null; then
    echo "seed $s: node run failed, skipped"; continue
  fi
  if ! cmp -s "$tmp/native.out" "$tmp/node.out"; then
    echo "seed $s: native and node outputs differ, skipped"; continue
  fi
  kept=$((kept + 1))
  id=$(printf '%03d' "$kept")
  cp "$tmp/p.c" "$OUT/$id.c"
  cp "$tmp/p.wasm" "$OUT/$id.wasm"
  cp "$tmp/native.out" "$OUT/$id.expected"
  echo "$id seed=$s csmith:$extra clang:$opt" >> "$OUT/MANIFEST"
  echo "$id: seed $s [$extra] [$opt] $(wc -c < "$OUT/$id.wasm") bytes: $(cat "$OUT/$id.expected")"
done
echo "total wasm bytes: $(cat "$OUT"/*.wasm | wc -c)"
