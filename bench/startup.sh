#!/usr/bin/env bash
# startup.sh: start-up of a hello-world WASI command (guests/hello.wasm) under `hearth run` against
# spawning a native hello (guests/hello.c, gcc -O2), issue 14's "within 4 ms of spawning a native
# hello". hearth runs in the default tier, with HEARTH_TIER=opt and with HEARTH_TIER=auto, the last
# two from a warm code cache of this run's own (one unmeasured run fills it), where a start must not
# pay for libLLVM: strace checks that the cached starts open neither libLLVM nor the opt plugin.
# All commands are spawned by build/startup_bench, interleaved round-robin, STARTUP_ROUNDS rounds
# (default 40); per command the minimum and median wall time (fork to exit) and the median CPU time
# (user + system) of the child, then "startup: <tier> - native = X.XX ms (median wall)" per tier.
# Wall times on this shared VM follow the other processes' load: the load average and one page
# fault's cost (build/machine_bench) are printed beside them. Exits 1 if a run fails or a cached
# start loads libLLVM (not if the 4 ms target is missed: the figure is the result).
# Env: HEARTH (default build/hearth), STARTUP_ROUNDS, STARTUP_LEAN (see below).
set -u
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
HEARTH=${HEARTH:-$ROOT/build/hearth}
ROUNDS=${STARTUP_ROUNDS:-40}
SB=$ROOT/build/startup_bench
HELLO=$ROOT/guests/hello.wasm
for f in "$HEARTH" "$SB"; do [ -x "$f" ] || { echo "startup: $f not built (make all build/startup_bench)" >&2; exit 1; }; done
mkdir -p build
if [ ! -x build/hello-native ] || [ "$ROOT/guests/hello.c" -nt build/hello-native ]; then
  gcc -O2 "$ROOT/guests/hello.c" -o build/hello-native || exit 1
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
C=HEARTH_CACHE_DIR=$tmp/cache

echo "startup: $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
[ -x "$ROOT/build/machine_bench" ] && "$ROOT/build/machine_bench" startup

# Fill the cache: the optimizing tier's entry (HEARTH_TIER=opt compiles with LLVM once; auto
# shares the entry, its key does not depend on the tier pinned).
env "$C" HEARTH_TIER=opt "$HEARTH" run "$HELLO" > "$tmp/out" 2>&1 || { echo "startup: hearth run failed:"; cat "$tmp/out"; exit 1; }
grep -q 'hello, world' "$tmp/out" || { echo "startup: unexpected output:"; cat "$tmp/out"; exit 1; }
have_opt=1
if grep -q 'HEARTH_TIER=opt:' "$tmp/out"; then have_opt=0; echo "startup: no optimizing tier in this hearth: $(head -1 "$tmp/out")"; fi

fail=0
# A cached start must not load libLLVM (or the plugin that links it).
if [ $have_opt = 1 ] && command -v strace > /dev/null; then
  for t in opt auto; do
    env "$C" HEARTH_TIER=$t strace -f -e trace=openat,open -o "$tmp/strace" "$HEARTH" run "$HELLO" > /dev/null 2>&1
    if grep -qE 'libLLVM|libhearth_opt' "$tmp/strace"; then
      echo "startup: FAIL: a cached start with HEARTH_TIER=$t opens $(grep -oE '[^"]*(libLLVM|libhearth_opt)[^"]*' "$tmp/strace" | head -1)"; fail=1
    else
      echo "startup: a cached start with HEARTH_TIER=$t opens neither libLLVM nor libhearth_opt.so (strace)"
    fi
  done
fi

# A diagnostic row: the same CLI built without `hearth serve` and the HTTP client (no libmicrohttpd,
# libyaml, libcurl and the ~30 libraries libcurl pulls in), to show what the dynamic loader costs.
# STARTUP_LEAN=0 leaves it out.
lean=()
if [ "${STARTUP_LEAN:-1}" = 1 ] && [ -f "$ROOT/build/libhearth.a" ]; then
  incs=(); for d in "$ROOT"/src/*/; do incs+=(-I"$d"); done
  if cc -std=gnu11 -O2 -D_GNU_SOURCE -pthread -I"$ROOT/include" -I"$ROOT/src" "${incs[@]}" \
       "$ROOT"/src/cli/*.c "$ROOT/build/libhearth.a" -o "$tmp/hearth-lean" -lm 2> "$tmp/lean.err"; then
    lean=(-- "hearth, CLI w/o serve+curl" "$tmp/hearth-lean" run "$HELLO")
  else
    echo "startup: the CLI without serve and curl did not build: $(head -c 200 "$tmp/lean.err")"
  fi
fi

cmds=(native ./build/hello-native -- "hearth default" "$HEARTH" run "$HELLO" "${lean[@]}")
[ $have_opt = 1 ] && cmds+=(-- "hearth opt (cached)" "$C" HEARTH_TIER=opt "$HEARTH" run "$HELLO"
                            -- "hearth auto (cached)" "$C" HEARTH_TIER=auto "$HEARTH" run "$HELLO")
"$SB" "$ROUNDS" "${cmds[@]}" > "$tmp/res" || { cat "$tmp/res"; exit 1; }
cat "$tmp/res"
echo "startup: $ROUNDS rounds interleaved; load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
awk 'NR == 2 { base = $3; cbase = $4 }
     NR > 2 { l = $0; sub(/ +[0-9.]+ +[0-9.]+ +[0-9.]+$/, "", l)
              printf "startup: %s - native = %.2f ms median wall, %.2f ms CPU (target <= 4 ms)\n", l, $(NF-1) - base, $NF - cbase }' "$tmp/res"
exit $fail
