#!/usr/bin/env bash
# handler-profile.sh WASM [ARGS...]: instructions executed per interpreter handler (which internal
# op's code they belong to), from valgrind --tool=callgrind --dump-instr=yes on build/hearth. The
# handler addresses come from tools/handler_addrs.c linked against the same build/libhearth.a
# (so the offsets inside h_run match). Prints the top 40: instructions, share, handler. Needs
# valgrind, python3 and a release build (make).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 WASM [ARGS...]" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cc -I"$ROOT/include" -I"$ROOT/src" -I"$ROOT/src/engine" -I"$ROOT/src/runtime" -D_GNU_SOURCE -no-pie "$ROOT/tools/handler_addrs.c" \
  "$ROOT/build/libhearth.a" -o "$tmp/addrs" -lm -pthread
"$tmp/addrs" > "$tmp/ops.txt"
base=$(nm "$tmp/addrs" | awk '$3 == "h_run" { print $1 }')
hrun=$(nm "$ROOT/build/hearth" | awk '$3 == "h_run" { print $1 }')
valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file="$tmp/cg.out" \
  "$ROOT/build/hearth" run "$@" > /dev/null 2> "$tmp/vg.txt"
python3 - "$tmp/cg.out" "$tmp/ops.txt" "$base" "$hrun" <<'PY'
import bisect, collections, re, sys
cg, opf, base, hrun = sys.argv[1], sys.argv[2], int(sys.argv[3], 16), int(sys.argv[4], 16)
ops = sorted((int(a, 16) - base + hrun, n) for n, a in (l.split() for l in open(opf)))
starts = [a for a, _ in ops]
names = {}
for a, n in ops:
    names.setdefault(a, n)
per = collections.Counter()
fnname, in_hrun, skip, addr = {}, False, False, 0
for l in open(cg):
    m = re.match(r'c?fn=\((\d+)\)(?: (.*))?', l)
    if m:
        if m.group(2): fnname[m.group(1)] = m.group(2).strip()
        if l.startswith('fn='): in_hrun = fnname.get(m.group(1)) == 'h_run'
        continue
    if l.startswith('calls='):
        skip = True
        continue
    f = l.split()
    if len(f) < 3 or not (f[0][0] in '+-*0123456789'):
        continue
    a = f[0]
    if a.startswith('0x'): addr = int(a, 16)
    elif a[0] in '+-': addr += int(a)
    elif a != '*': addr = int(a)
    if skip:
        skip = False
        continue
    if in_hrun:
        i = bisect.bisect_right(starts, addr) - 1
        per[names[starts[i]] if i >= 0 else '?'] += int(f[2])
tot = sum(per.values()) or 1
for n, v in per.most_common(40):
    print(f"{v:14,d} {100 * v / tot:6.2f}%  {n}")
PY
