#!/usr/bin/env bash
# bench/serve_traps.sh: `hearth serve` under load when every request traps. A bytes-ABI route whose
# guest traps on every request (guests/serve/bytes.wasm, export trap, body "trap now") gets 64
# keep-alive connections from wrk for SECONDS (default 30). Checks, from wrk's own count: no socket
# errors, every response a 500 carrying an 8-hex-digit X-Hearth-Error-Id, and as many error lines in
# the server log (each trap is discarded and logged with its id); samples the server's RSS every
# second and prints start (after a 2 s warm-up), end and peak. Exits 1 when a check fails or RSS at
# the end exceeds RSS at the start by more than RSS_SLACK_KIB (default 8192: allocator noise, not a
# leak per request: 30 s at these rates is hundreds of thousands of discarded instances).
# Usage: bench/serve_traps.sh [SECONDS]  (make bench-serve-traps). Opt-in: not part of make test;
# the unit test test_serve serve_trap_every_request is its short version. 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-30}
SLACK=${RSS_SLACK_KIB:-8192}
BIN=${HEARTH_BIN:-build/hearth}
WORK=$(mktemp -d)
SPID=
cleanup() {
  if [ -n "$SPID" ]; then kill -TERM "$SPID" 2>/dev/null || true; wait "$SPID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "bench/serve_traps.sh: wrk not found (apt-get install wrk)"; exit 1; }
"$BIN" serve --help >/dev/null 2>&1 || { echo "bench/serve_traps.sh: $BIN has no serve support"; exit 1; }

cat > "$WORK/trap.lua" <<'LUA'
-- every request traps; count what came back per thread, sum in done()
wrk.method = "POST"
wrk.body = "trap now"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) n500 = 0; nid = 0; nother = 0 end
function response(status, headers, body)
  if status == 500 then n500 = n500 + 1 else nother = nother + 1 end
  local id = headers["X-Hearth-Error-Id"]
  if id and #id == 8 and id:match("^%x+$") and body:find(id, 1, true) then nid = nid + 1 end
end
function done(summary, latency, requests)
  local a, b, c = 0, 0, 0
  for _, t in ipairs(threads) do a = a + t:get("n500"); b = b + t:get("nid"); c = c + t:get("nother") end
  io.write(string.format("responses: 500=%d with_error_id=%d other=%d\n", a, b, c))
end
LUA

POOL="--max-instances $(( $(nproc) * 2 )) --min-instances $(nproc) --no-access-log"
"$BIN" serve --addr 127.0.0.1:0 --invoke trap $POOL guests/serve/bytes.wasm > /dev/null 2> "$WORK/log" &
SPID=$!
PORT=
for _ in $(seq 500); do
  PORT=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$WORK/log" | grep -o '[0-9]*$' || true)
  [ -n "$PORT" ] && break
  sleep 0.02
done
[ -n "$PORT" ] || { echo "server did not start"; cat "$WORK/log"; exit 1; }
rss() { awk '/^VmRSS:/ {print $2}' "/proc/$SPID/status"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $SECS s, 64 connections, every request traps"
wrk -t2 -c64 -d2s -s "$WORK/trap.lua" "http://127.0.0.1:$PORT/" > /dev/null # warm-up
START=$(rss); PEAK=$START
ERR_BEFORE=$(grep -c ': route /\*: POST /: wasm trap: unreachable' "$WORK/log" || true)
wrk -t2 -c64 -d"${SECS}s" --latency -s "$WORK/trap.lua" "http://127.0.0.1:$PORT/" > "$WORK/wrk" &
WPID=$!
while kill -0 "$WPID" 2>/dev/null; do
  r=$(rss); [ "$r" -gt "$PEAK" ] && PEAK=$r
  sleep 1
done
wait "$WPID"
sleep 0.5 # the last log lines
END=$(rss)
ERR_AFTER=$(grep -c ': route /\*: POST /: wasm trap: unreachable' "$WORK/log" || true)
cat "$WORK/wrk"
total=$(awk '/requests in/ {print $1}' "$WORK/wrk")
read -r n500 nid nother < <(sed -n 's/^responses: 500=\([0-9]*\) with_error_id=\([0-9]*\) other=\([0-9]*\)$/\1 \2 \3/p' "$WORK/wrk")
logged=$((ERR_AFTER - ERR_BEFORE))
echo "requests: $total, 500: $n500, with an error id in header and body: $nid, other statuses: $nother, error lines logged: $logged"
echo "server RSS: start $START KiB, end $END KiB, peak $PEAK KiB (end - start = $((END - START)) KiB)"
fail=0
grep -q 'Socket errors' "$WORK/wrk" && { echo "FAIL: socket errors"; fail=1; }
[ "$nother" -eq 0 ] || { echo "FAIL: $nother responses were not 500"; fail=1; }
[ "$nid" -eq "$n500" ] || { echo "FAIL: $((n500 - nid)) 500s without a matching error id"; fail=1; }
# wrk stops with up to 64 requests in flight that the server still answers and logs
[ "$logged" -ge "$n500" ] && [ "$logged" -le $((n500 + 64)) ] || { echo "FAIL: $logged error lines for $n500 500s"; fail=1; }
[ $((END - START)) -le "$SLACK" ] || { echo "FAIL: RSS grew by $((END - START)) KiB"; fail=1; }
curl -s "http://127.0.0.1:$PORT/metrics" | grep -E '^hearth_serve_pool_(discards|instantiations)_total' || true
[ "$fail" -eq 0 ] && echo "serve traps: ok" || exit 1
