#!/usr/bin/env bash
# bench/serve.sh: requests/s and latency of `hearth serve` on loopback with wrk: the bytes-ABI echo
# route (guests/serve/bytes.wasm, export echo, a 64-byte POST body) under the reset and reuse
# policies, and the same echo as native C in the same server library (bench/serve_native.c), at 1
# and 64 connections, measured one after the other in one run; then the wasi:http hello-world
# component (guests/component/http/http-hello.wasm, 200 "Hello, world!\n") under hearth serve
# (reset) and under `jco serve` on node (tools/jco; skipped when not installed). Prints the machine
# facts the figures depend on, a table, and the ratio line `serve: hearth/native = X.XX,
# hearth/jco = Y.YY` (requests/s at 64 connections, reset: the bytes-ABI echo against native C,
# and the wasi:http component under hearth against the same component under jco serve).
# Usage: bench/serve.sh [SECONDS per measurement, default 5]. Needs build/hearth with serve support,
# wrk, cc and libmicrohttpd-dev. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-5}
BIN=${HEARTH_BIN:-build/hearth}
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "bench/serve.sh: wrk not found (apt-get install wrk)"; exit 1; }
"$BIN" serve --help >/dev/null 2>&1 || { echo "bench/serve.sh: $BIN has no serve support"; exit 1; }
cc -O2 -o "$WORK/serve_native" bench/serve_native.c $(pkg-config --cflags --libs libmicrohttpd)

echo "machine: $(nproc) cores online ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(uname -sr)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews every figure)"
echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), libmicrohttpd $(pkg-config --modversion libmicrohttpd)"
echo "body: 64 bytes POST, $SECS s per measurement, wrk threads = min(2, connections)"

head -c 64 /dev/zero | tr '\0' 'a' > "$WORK/body"
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.body = "$(cat "$WORK/body")"
wrk.headers["Content-Type"] = "application/octet-stream"
LUA

# Starts a server (its command line in "$@"), waits for "listening on", sets PORT and SPID.
start() {
  local log="$WORK/log.$RANDOM"
  "$@" > /dev/null 2> "$log" &
  SPID=$!
  PIDS+=("$SPID")
  for _ in $(seq 500); do
    PORT=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    [ -n "$PORT" ] && return 0
    sleep 0.02
  done
  echo "server did not start: $*"; cat "$log"; exit 1
}
stop() { kill -TERM "$SPID"; wait "$SPID" || true; }

# wrk's "Requests/sec" and the 50%/99% latency lines, as "RPS P50 P99".
measure() {
  local url=$1 conns=$2 threads=$(( $2 < 2 ? $2 : 2 ))
  # warm up: instances created, functions compiled, connections open
  wrk -t"$threads" -c"$conns" -d1s -s "$WORK/post.lua" "$url" > /dev/null
  local out
  out=$(wrk -t"$threads" -c"$conns" -d"${SECS}s" --latency -s "$WORK/post.lua" "$url")
  if echo "$out" | grep -q 'Non-2xx\|Socket errors'; then echo "$out" >&2; fi
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  echo "$rps $p50 $p99"
}

declare -A RPS
printf '%-28s %6s %12s %10s %10s\n' "server" "conns" "requests/s" "p50" "p99"
run() {
  local name=$1; shift
  start "$@"
  for c in 1 64; do
    read -r rps p50 p99 < <(measure "http://127.0.0.1:$PORT/" "$c")
    RPS["$name/$c"]=$rps
    printf '%-28s %6s %12s %10s %10s\n' "$name" "$c" "$rps" "$p50" "$p99"
  done
  stop
}
POOL="--max-instances $(( $(nproc) * 2 )) --min-instances $(nproc) --no-access-log"
run "hearth serve (reset)" "$BIN" serve --addr 127.0.0.1:0 --invoke echo --policy reset $POOL guests/serve/bytes.wasm
run "hearth serve (reuse)" "$BIN" serve --addr 127.0.0.1:0 --invoke echo --policy reuse $POOL guests/serve/bytes.wasm
run "native C (same library)" "$WORK/serve_native" 127.0.0.1:0
run "hearth wasi:http (reset)" "$BIN" serve --addr 127.0.0.1:0 --policy reset $POOL guests/component/http/http-hello.wasm
JCO=tools/jco/node_modules/@bytecodealliance/jco/dist/jco.js
if [ -f "$JCO" ]; then
  # jco serve prints "Server listening @ HOST:PORT..." once its transpiled component is loaded;
  # it serves every request from one component instance (its default, no isolation).
  JPORT=$(( 20000 + RANDOM % 20000 ))
  node "$JCO" serve --host 127.0.0.1 --port "$JPORT" guests/component/http/http-hello.wasm > "$WORK/jco.log" 2>&1 &
  SPID=$!
  PIDS+=("$SPID")
  for _ in $(seq 1500); do grep -q 'Server listening' "$WORK/jco.log" && break; sleep 0.02; done
  grep -q 'Server listening' "$WORK/jco.log" || { echo "jco serve did not start"; cat "$WORK/jco.log"; exit 1; }
  echo "jco: $(node "$JCO" --version 2>/dev/null | head -1), node $(node --version)"
  for c in 1 64; do
    read -r rps p50 p99 < <(measure "http://127.0.0.1:$JPORT/" "$c")
    RPS["jco serve wasi:http/$c"]=$rps
    printf '%-28s %6s %12s %10s %10s\n' "jco serve wasi:http" "$c" "$rps" "$p50" "$p99"
  done
  stop
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "reuse/reset at 64 connections: $(ratio "${RPS["hearth serve (reuse)/64"]}" "${RPS["hearth serve (reset)/64"]}")"
echo "wasi:http hello (reset) / native echo at 64 connections: $(ratio "${RPS["hearth wasi:http (reset)/64"]}" "${RPS["native C (same library)/64"]}")"
echo "wasi:http hello (reset) / bytes-ABI echo (reset) at 64 connections: $(ratio "${RPS["hearth wasi:http (reset)/64"]}" "${RPS["hearth serve (reset)/64"]}")"
JCO_RATIO=n/a
[ -n "${RPS["jco serve wasi:http/64"]:-}" ] && JCO_RATIO=$(ratio "${RPS["hearth wasi:http (reset)/64"]}" "${RPS["jco serve wasi:http/64"]}")
echo "serve: hearth/native = $(ratio "${RPS["hearth serve (reset)/64"]}" "${RPS["native C (same library)/64"]}"), hearth/jco = $JCO_RATIO"
