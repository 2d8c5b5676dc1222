#!/usr/bin/env bash
# realworld.sh: runs real WASI programs built by others (Ruby, Yosys, Clang/LLVM, imagecli) under
# `hearth run` and under node:wasi with the same arguments, stdin and preopened directory, and
# compares stdout, exit codes and written files. Prints one line per case, a table of module sizes
# and start-up times, and closes with `realworld: N passed, N failed`.
#
# usage: tools/realworld.sh [-q] [CASE-PREFIX...]
#   env: HEARTH (default build/hearth), REALWORLD_DIR (default ~/.cache/hearth-realworld),
#        NODE (default node), REALWORLD_SLOW=0 skips the slow C++ compile case,
#        REALWORLD_NO_TIMING=1 skips the start-up timing table.
# Needs npm (registry access the first time), node >= 20, wabt (wasm2wat, wat2wasm, wasm-objdump),
# python3 and tar. Nothing large is kept in the repository: packages are installed into the cache.
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HEARTH=${HEARTH:-$ROOT/build/hearth}
DIR=${REALWORLD_DIR:-$HOME/.cache/hearth-realworld}
NODE=${NODE:-node}
NODE_RUN="$ROOT/guests/node_run.mjs"
INPUTS="$ROOT/tests/realworld"
SLOW=${REALWORLD_SLOW:-1}
QUIET=0
[ "${1:-}" = "-q" ] && { QUIET=1; shift; }
FILTERS=("$@")

# Pinned packages: exact versions, so every run sees the same binaries.
PKGS=(
  "@ruby/3.3-wasm-wasi@2.10.1"
  "@yowasp/yosys@0.55.944"
  "@yowasp/clang@22.0.0-git20542-10"
  "@jspawn/imagecli-wasm@0.1.0"
)

die() { echo "realworld: $*" >&2; echo "realworld: 0 passed, 1 failed"; exit 1; }
[ -x "$HEARTH" ] || die "no hearth binary at $HEARTH (run make)"
for t in "$NODE" npm wasm2wat wat2wasm wasm-objdump python3 tar; do
  command -v "$t" >/dev/null || die "missing tool: $t"
done
[ -f "$NODE_RUN" ] || die "missing $NODE_RUN"
mkdir -p "$DIR" || die "cannot create $DIR"
NM="$DIR/npm/node_modules"

# ------------------------------------------------------------------------------------ install
stamp="$DIR/npm/.installed-$(printf '%s\n' "${PKGS[@]}" | md5sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  echo "realworld: installing ${PKGS[*]} into $DIR/npm" >&2
  mkdir -p "$DIR/npm"
  npm install --prefix "$DIR/npm" --no-save --ignore-scripts --no-audit --no-fund --loglevel=error \
    "${PKGS[@]}" >&2 || die "npm install failed"
  touch "$stamp"
fi

RUBY_SRC="$NM/@ruby/3.3-wasm-wasi/dist/ruby+stdlib.wasm"
YOSYS="$NM/@yowasp/yosys/gen/yosys.core.wasm"
LLVM="$NM/@yowasp/clang/gen/llvm.core.wasm"
IMAGECLI="$NM/@jspawn/imagecli-wasm/imagecli.wasm"
RUBY="$DIR/ruby-cli.wasm"
for f in "$RUBY_SRC" "$YOSYS" "$LLVM" "$IMAGECLI"; do [ -f "$f" ] || die "missing $f"; done

# yowasp packages mount their resource trees into the guest's root; extract them to host
# directories once, so both runtimes can preopen them (/share for yosys, /usr for clang).
if [ ! -f "$DIR/yosys-share/.done" ]; then
  rm -rf "$DIR/yosys-share"
  cat > "$DIR/extract.mjs" <<'EOF'
// Writes a yowasp resources module's `filesystem` tree (strings, file URLs) to a directory.
import { writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
const [res, out] = process.argv.slice(2);
const m = await import(pathToFileURL(resolve(res)).href);
function walk(tree, dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, v] of Object.entries(tree)) {
    const p = join(dir, name);
    if (typeof v === 'string') writeFileSync(p, v);
    else if (v instanceof URL) copyFileSync(fileURLToPath(v), p);
    else if (v instanceof Uint8Array) writeFileSync(p, v);
    else walk(v, p);
  }
}
walk(m.filesystem, out);
EOF
  "$NODE" "$DIR/extract.mjs" "$NM/@yowasp/yosys/gen/resources-yosys.js" "$DIR/yosys-share.tmp" \
    || die "extracting yosys resources failed"
  mv "$DIR/yosys-share.tmp/share" "$DIR/yosys-share" && rm -rf "$DIR/yosys-share.tmp"
  touch "$DIR/yosys-share/.done"
fi
if [ ! -f "$DIR/llvm-usr/.done" ]; then
  rm -rf "$DIR/llvm-usr" && mkdir -p "$DIR/llvm-usr"
  tar xf "$NM/@yowasp/clang/gen/llvm-resources.tar" -C "$DIR/llvm-usr" || die "untar llvm resources"
  touch "$DIR/llvm-usr/.done"
fi

# ruby.wasm on npm is a reactor for the JS embedding: it imports 24 `rb-js-abi-host` /
# `canonical_abi` functions and exports `ruby-init`, `rb-eval-string-protect`, ... in the
# component-model canonical ABI. Turn it into a preview1 command: the JS imports become
# `unreachable` stubs (plain Ruby never calls them) and a small `_start` passes the WASI args to
# ruby-init (as `ruby -EUTF-8 -e_=0 -- ARGS...`) and evaluates a boot script that runs
# `-e CODE` or a script file, then exits with Kernel#exit! (so proc_exit carries the status).
cat > "$DIR/rubycli.py.new" <<'PYEOF'
# Rewrites ruby.wasm's WAT (wasm2wat --generate-names) into a WASI command; see realworld.sh.
import re, sys
src, dst = sys.argv[1], sys.argv[2]
BOOT = r'''status = 0
begin
  if ARGV[0] == "-e"
    ARGV.shift
    $0 = "-e"
    TOPLEVEL_BINDING.eval(ARGV.shift, "-e", 1)
  else
    $0 = ARGV.shift
    load File.expand_path($0)
  end
rescue SystemExit => e
  status = e.status
rescue Exception => e
  $stderr.write(e.full_message(highlight: false))
  status = 1
end
$stdout.flush
$stderr.flush
exit!(status)
'''
consts = [b"ruby", b"-EUTF-8", b"-e_=0", b"--", BOOT.encode()]
def wat_bytes(b):
    return ''.join(chr(c) if 32 <= c < 127 and c not in (34, 92) else '\\%02x' % c for c in b)
stubs, e, last = [], {}, None
imp_re = re.compile(r'^  \(import "([^"]*)" "[^"]*" \(func (\$\S+) \(type (\$t\d+)\)\)\)$')
exp_re = re.compile(r'^  \(export "([^"]*)" \(func (\$[^)]+)\)\)$')
with open(src) as f, open(dst, 'w') as out:
    for line in f:
        m = imp_re.match(line)
        if m and m.group(1) != 'wasi_snapshot_preview1':
            stubs.append('  (func %s (type %s) unreachable)\n' % (m.group(2), m.group(3)))
            continue
        if m and '"proc_exit"' in line:
            e['proc_exit'] = m.group(2)
            line += ('  (import "wasi_snapshot_preview1" "args_sizes_get" (func $hrw_args_sizes_get (param i32 i32) (result i32)))\n'
                     '  (import "wasi_snapshot_preview1" "args_get" (func $hrw_args_get (param i32 i32) (result i32)))\n')
        m = exp_re.match(line)
        if m:
            e[m.group(1).split(':')[0]] = m.group(2)
            if m.group(1) == '_initialize':
                continue
        if line.startswith('  (data $d0 '):
            out.writelines(stubs)
            stubs = []
        if last is not None:
            out.write(last)
        last = line
    if stubs or last is None or not last.rstrip().endswith('))'):
        sys.exit('rubycli: unexpected WAT layout')
    for k in ('proc_exit', '_initialize', 'cabi_realloc', 'ruby-init', 'ruby-init-loadpath',
              'rb-eval-string-protect'):
        if k not in e:
            sys.exit('rubycli: no ' + k)
    out.write(last.rstrip()[:-1] + '\n')
    offs, o = [], 0
    for c in consts:
        offs.append(o); o += len(c)
    def const(i):
        return '(call $hrw_const (i32.const %d) (i32.const %d))' % (offs[i], len(consts[i]))
    slots = ''.join('    (i32.store offset=%d (local.get $list) %s)\n'
                    '    (i32.store offset=%d (local.get $list) (i32.const %d))\n'
                    % (8 * i, const(i), 8 * i + 4, len(consts[i])) for i in range(4))
    R = e['cabi_realloc']
    out.write(f'''  (data $hrw_strs "{wat_bytes(b''.join(consts))}")
  (func $hrw_alloc (param $len i32) (result i32)
    (call {R} (i32.const 0) (i32.const 0) (i32.const 4) (local.get $len)))
  (func $hrw_dup (param $src i32) (param $len i32) (result i32) (local $p i32)
    (local.set $p (call $hrw_alloc (i32.add (local.get $len) (i32.const 1))))
    (memory.copy (local.get $p) (local.get $src) (local.get $len))
    (i32.store8 (i32.add (local.get $p) (local.get $len)) (i32.const 0))
    (local.get $p))
  (func $hrw_const (param $off i32) (param $len i32) (result i32) (local $p i32)
    (local.set $p (call $hrw_alloc (i32.add (local.get $len) (i32.const 1))))
    (memory.init $hrw_strs (local.get $p) (local.get $off) (local.get $len))
    (i32.store8 (i32.add (local.get $p) (local.get $len)) (i32.const 0))
    (local.get $p))
  (func $hrw_start
    (local $sc i32) (local $argc i32) (local $argv i32) (local $buf i32) (local $n i32)
    (local $list i32) (local $i i32) (local $p i32) (local $len i32) (local $slot i32)
    (call {e['_initialize']})
    (local.set $sc (call $hrw_alloc (i32.const 8)))
    (drop (call $hrw_args_sizes_get (local.get $sc) (i32.add (local.get $sc) (i32.const 4))))
    (local.set $argc (i32.load (local.get $sc)))
    (local.set $argv (call $hrw_alloc (i32.shl (i32.add (local.get $argc) (i32.const 1)) (i32.const 2))))
    (local.set $buf (call $hrw_alloc (i32.add (i32.load offset=4 (local.get $sc)) (i32.const 1))))
    (drop (call $hrw_args_get (local.get $argv) (local.get $buf)))
    (local.set $n (i32.add (local.get $argc) (i32.const 3)))
    (local.set $list (call $hrw_alloc (i32.shl (local.get $n) (i32.const 3))))
{slots}    (local.set $i (i32.const 1))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $argc)))
      (local.set $p (i32.load (i32.add (local.get $argv) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $len (i32.const 0))
      (block $end (loop $scan
        (br_if $end (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $len)))))
        (local.set $len (i32.add (local.get $len) (i32.const 1)))
        (br $scan)))
      (local.set $slot (i32.add (local.get $list) (i32.shl (i32.add (local.get $i) (i32.const 3)) (i32.const 3))))
      (i32.store (local.get $slot) (call $hrw_dup (local.get $p) (local.get $len)))
      (i32.store offset=4 (local.get $slot) (local.get $len))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (call {e['ruby-init']} (local.get $list) (local.get $n))
    (call {e['ruby-init-loadpath']})
    (drop (call {e['rb-eval-string-protect']} {const(4)} (i32.const {len(consts[4])})))
    (call {e['proc_exit']} (i32.const 70)))
  (export "_start" (func $hrw_start))
)
''')
PYEOF
if [ ! -f "$RUBY" ] || ! cmp -s "$DIR/rubycli.py.new" "$DIR/rubycli.py"; then
  echo "realworld: building $RUBY from $RUBY_SRC" >&2
  mv "$DIR/rubycli.py.new" "$DIR/rubycli.py"
  wasm2wat --enable-all --generate-names "$RUBY_SRC" -o "$DIR/ruby.wat" || die "wasm2wat ruby"
  python3 "$DIR/rubycli.py" "$DIR/ruby.wat" "$DIR/ruby-cli.wat" || die "rubycli.py"
  wat2wasm --enable-all --debug-names "$DIR/ruby-cli.wat" -o "$RUBY.tmp" || die "wat2wasm ruby"
  mv "$RUBY.tmp" "$RUBY" && rm -f "$DIR/ruby.wat" "$DIR/ruby-cli.wat"
fi

# ------------------------------------------------------------------------------------ cases
PASS=0
FAIL=0
RUNS="$DIR/runs"
mkdir -p "$RUNS"

want() {  # want NAME: true when NAME matches a filter (or there are none)
  [ ${#FILTERS[@]} -eq 0 ] && return 0
  local f
  for f in "${FILTERS[@]}"; do case "$1" in "$f"*) return 0 ;; esac; done
  return 1
}

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Per-case settings, reset after each case:
#   C_STDIN  file fed to stdin (default /dev/null)
#   C_SETUP  "SRC[:NAME] ..." files copied into the guest root before the run
#   C_FILES  "NAME ..." files the run writes, compared between the two runtimes
#   C_DIRS   extra "HOST::GUEST" preopens (read-only data such as /share)
#   C_EXPECT file with the expected stdout (checked for hearth too)
#   C_TRAP   1 when both runtimes are expected to trap (hearth 134, node RuntimeError)
#   C_RC     hearth's expected exit code when node crashes (default 0)
#   C_SHA    "NAME=SHA256 ..." checksums of files hearth must write (recorded from node runs);
#            they stand in for node's copy when node crashed before writing it
reset_case() { C_STDIN=/dev/null; C_SETUP=""; C_FILES=""; C_DIRS=""; C_EXPECT=""; C_TRAP=0; C_RC=0; C_SHA=""; }
reset_case

# run_case NAME MODULE ARGS...: runs under both runtimes with the guest root "/" preopened to a
# fresh directory holding C_SETUP (and an empty /tmp), then compares.
run_case() {
  local name=$1 mod=$2; shift 2
  if ! want "$name"; then reset_case; return; fi
  local d="$RUNS/$name" side dopts=() x
  rm -rf "$d" && mkdir -p "$d/h/tmp" "$d/n/tmp"
  for x in $C_SETUP; do
    local src=${x%%:*} dst=${x#*:}
    [ "$dst" = "$x" ] && dst=$(basename "$src")
    cp "$src" "$d/h/$dst" && cp "$src" "$d/n/$dst" || { echo "FAIL $name: setup $src"; FAIL=$((FAIL+1)); reset_case; return; }
  done
  for x in $C_DIRS; do dopts+=(--dir "$x"); done
  local t0 t1 t2 t3 hrc nrc
  t0=$(now)
  "$HEARTH" run --dir "$d/h::/" "${dopts[@]}" "$mod" "$@" <"$C_STDIN" >"$d/h.out" 2>"$d/h.err"
  hrc=$?
  t1=$(now)
  local tries=0
  while :; do
    t2=$(now)
    # In a subshell, so bash's "Segmentation fault" notice (see below) stays out of the report.
    ( "$NODE" --no-warnings "$NODE_RUN" --dir "$d/n::/" "${dopts[@]}" "$mod" "$@" <"$C_STDIN" >"$d/n.out" 2>"$d/n.err"
      echo $? >"$d/n.rc" ) 2>/dev/null
    nrc=$(cat "$d/n.rc")
    t3=$(now)
    tries=$((tries + 1))
    # node 20 also dies inside V8 before the guest's output is out (SIGTRAP "Fatal error ...
    # unreachable code", seen on ruby-gc and ruby-script): a crashed run whose stdout differs from
    # hearth's is no reference, so node runs again on a fresh copy of the guest root (3 runs at most).
    if [ "$nrc" -lt 128 ] || [ $tries -ge 3 ] || cmp -s "$d/h.out" "$d/n.out"; then break; fi
    rm -rf "$d/n" && mkdir -p "$d/n/tmp"
    for x in $C_SETUP; do
      local src=${x%%:*} dst=${x#*:}
      [ "$dst" = "$x" ] && dst=$(basename "$src")
      cp "$src" "$d/n/$dst"
    done
  done
  local why="" note=""
  # node 20 sometimes crashes after the guest has finished (SIGSEGV, or an uncaught `undefined`
  # thrown out of proc_exit) on the big modules; the reference output is then still complete, so
  # compare outputs and hold hearth's exit code to C_RC instead of node's.
  if [ $hrc -ne $nrc ] && { [ $nrc -ge 128 ] || grep -q 'triggerUncaughtException' "$d/n.err"; }; then
    note="; node crashed at exit ($nrc)"
    nrc=$C_RC
  fi
  if [ "$C_TRAP" = 1 ]; then
    [ $hrc -eq 134 ] && grep -q '^wasm trap' "$d/h.err" || why+=" hearth did not trap (exit $hrc);"
    grep -q 'RuntimeError' "$d/n.err" || why+=" node did not trap (exit $nrc);"
  elif [ $hrc -ne $nrc ]; then
    why+=" exit codes differ (hearth $hrc, node $nrc);"
  fi
  cmp -s "$d/h.out" "$d/n.out" || why+=" stdout differs;"
  for x in $C_SHA; do
    [ "$(sha256sum <"$d/h/${x%%=*}" 2>/dev/null | cut -c1-64)" = "${x#*=}" ] || why+=" ${x%%=*} checksum differs;"
  done
  for x in $C_FILES; do
    if [ -n "$note" ] && [ ! -f "$d/n/$x" ] && [[ " $C_SHA" == *" $x="* ]]; then continue; fi
    if [ ! -f "$d/h/$x" ] || [ ! -f "$d/n/$x" ]; then why+=" $x missing;"
    elif ! cmp -s "$d/h/$x" "$d/n/$x"; then why+=" $x differs;"; fi
  done
  if [ -n "$C_EXPECT" ] && ! cmp -s "$C_EXPECT" "$d/h.out"; then why+=" stdout differs from $(basename "$C_EXPECT");"; fi
  local tm="hearth $(secs "$t0" "$t1")s, node $(secs "$t2" "$t3")s, exit $hrc$note"
  if [ -z "$why" ]; then
    PASS=$((PASS+1)); echo "PASS $name ($tm)"
  else
    FAIL=$((FAIL+1)); echo "FAIL $name:$why ($tm; see $d)"
    if [ $QUIET = 0 ]; then
      diff "$d/n.out" "$d/h.out" | head -10 | sed 's/^/    /'
      tail -5 "$d/h.err" | sed 's/^/    hearth stderr: /'
    fi
  fi
  reset_case
}

# --- Ruby 3.3 (CRuby, C, an interpreter; ruby.wasm + our _start) ---
run_case ruby-e "$RUBY" -e 'puts [1,2,3].map{|x| x*x}.sum; puts RUBY_VERSION; p ARGV' a b
C_SETUP="$INPUTS/wordfreq.rb $INPUTS/words.txt" C_EXPECT="$INPUTS/wordfreq.expected"
run_case ruby-script "$RUBY" wordfreq.rb words.txt
C_STDIN="$INPUTS/words.txt"
run_case ruby-stdin "$RUBY" -e 'puts STDIN.read.lines.map { |l| l.upcase.reverse }; puts $stdin.eof?'
C_FILES="out.txt"
run_case ruby-files "$RUBY" -e 'File.write("out.txt", (1..6).map { |i| i**3 }.join(",")); puts File.read("out.txt").split(",").sum(&:to_i); Dir.mkdir("d"); File.write("d/x", "y"); p Dir.children(".").sort, File.size("d/x"), File.exist?("nope"); File.delete("d/x"); Dir.rmdir("d")'
# Exit codes other than 0: C_RC holds hearth to them when node crashes at exit (seen under load).
C_RC=3
run_case ruby-exit "$RUBY" -e 'warn "leaving"; exit 3'
C_RC=1
run_case ruby-raise "$RUBY" -e 'def f(x) = x.fetch(:k); f({})'
C_EXPECT="$INPUTS/ruby-gc.expected"
run_case ruby-gc "$RUBY" -e 'a = (1..200_000).map { |i| i.to_s * 3 }; GC.start; h = a.group_by(&:size).transform_values(&:size); p h.sort.first(3), a.sum(&:size); p "%.4f" % Math.sqrt(2)'

# --- Yosys 0.55 (C++, 30 MB, 34,000 functions; @yowasp/yosys's core module) ---
YDIRS="$DIR/yosys-share::/share"
run_case yosys-version "$YOSYS" -V
C_SETUP="$INPUTS/counter.v" C_DIRS="$YDIRS" C_FILES="out.v"
run_case yosys-synth "$YOSYS" -Q -T -p 'read_verilog counter.v; synth -top counter -noabc; stat; write_verilog -noattr out.v'
# With ABC (linked in): yowasp's yosys swaps stdout with fd_renumber around the ABC call; see
# docs/realworld.md. stdout and the exit code must still match.
C_SETUP="$INPUTS/counter.v" C_DIRS="$YDIRS"
run_case yosys-abc "$YOSYS" -Q -T -p 'read_verilog counter.v; synth -top counter; stat'
C_SETUP="$INPUTS/counter.v" C_DIRS="$YDIRS" C_FILES="out.json"
run_case yosys-ice40 "$YOSYS" -Q -T -p 'read_verilog counter.v; synth_ice40 -top counter -noabc9 -noabc -json out.json'

# --- Clang/LLVM 22 (C++, 75 MB, 133,000 functions; @yowasp/clang's multicall core module) ---
LDIRS="$DIR/llvm-usr::/usr"
CC1_COMMON="-triple wasm32-unknown-wasip1 -emit-obj -disable-free -mrelocation-model static -target-cpu generic -fvisibility=hidden -resource-dir /usr -isysroot /usr -ferror-limit 19 -fgnuc-version=4.2.1"
LD_PRE="wasm-ld -m wasm32 -L/usr/lib/wasm32-unknown-wasip1 -L/usr/lib/wasm32-wasip1 /usr/lib/wasm32-wasip1/crt1-command.o"
LD_POST="-lc /usr/lib/wasm32-unknown-wasip1/libclang_rt.builtins.a"
run_case clang-version "$LLVM" clang --version
C_SETUP="$INPUTS/fib.c" C_DIRS="$LDIRS"
run_case clang-driver "$LLVM" clang -### -O2 -c fib.c -o fib.o
C_SETUP="$INPUTS/fib.c" C_DIRS="$LDIRS" C_FILES="fib.o"
# shellcheck disable=SC2086
run_case clang-cc1-c "$LLVM" clang -cc1 $CC1_COMMON -O2 -internal-isystem /usr/include \
  -internal-isystem /usr/include/wasm32-wasip1 -main-file-name fib.c -o fib.o -x c fib.c
C_SETUP="$RUNS/clang-cc1-c/h/fib.o" C_DIRS="$LDIRS" C_FILES="fib.wasm"
# shellcheck disable=SC2086
run_case clang-ld-c "$LLVM" $LD_PRE fib.o $LD_POST -o fib.wasm
run_case fib-run "$RUNS/clang-ld-c/h/fib.wasm" 27
if [ "$SLOW" = 1 ]; then
  C_SETUP="$INPUTS/wordcount.cpp" C_DIRS="$LDIRS" C_FILES="wordcount.o"
  C_SHA="wordcount.o=e044efeb89d0661f85173820c1550712719af5c58d7dc1d6717e34f249b82326"
  # shellcheck disable=SC2086
  run_case clang-cc1-cxx "$LLVM" clang++ -cc1 $CC1_COMMON -O1 -std=c++17 \
    -internal-isystem /usr/include/wasm32-wasip1/c++/v1 -internal-isystem /usr/include/c++/v1 \
    -internal-isystem /usr/include -internal-isystem /usr/include/wasm32-wasip1 \
    -main-file-name wordcount.cpp -o wordcount.o -x c++ wordcount.cpp
  C_SETUP="$RUNS/clang-cc1-cxx/h/wordcount.o" C_DIRS="$LDIRS" C_FILES="wordcount.wasm"
  # shellcheck disable=SC2086
  run_case clang-ld-cxx "$LLVM" $LD_PRE wordcount.o -lc++ -lc++abi $LD_POST -o wordcount.wasm
  C_STDIN="$INPUTS/words.txt"
  run_case wordcount-run "$RUNS/clang-ld-cxx/h/wordcount.wasm"
fi

# --- imagecli 0.2.1 (Rust; @jspawn/imagecli-wasm) ---
run_case imagecli-version "$IMAGECLI" --version
C_FILES="a.png"
run_case imagecli-new "$IMAGECLI" -o a.png -p 'new 120 80 (255, 128, 0) > DUP > [translate 10 20, median 2 2] > hcat > gray > scale 0.5'
C_SETUP="$RUNS/imagecli-new/h/a.png" C_FILES="b.png"
run_case imagecli-edit "$IMAGECLI" -i a.png -o b.png -p 'hflip > DUP > [id, translate 3 0] > vcat'
C_TRAP=1
run_case imagecli-panic "$IMAGECLI" -o x.png -p 'no-such-op 1'

# ------------------------------------------------------------------------------------ figures
startup() {  # startup RUNTIME MODULE ARGS...: best of 3 wall times of a trivial run, in seconds
  local rt=$1 best="" t0 t1 s i; shift
  for i in 1 2 3; do
    t0=$(now)
    if [ "$rt" = hearth ]; then "$HEARTH" run "$@" >/dev/null 2>&1 </dev/null
    else "$NODE" --no-warnings "$NODE_RUN" "$@" >/dev/null 2>&1 </dev/null; fi
    t1=$(now)
    s=$(secs "$t0" "$t1")
    if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$s; fi
  done
  echo "$best"
}
if [ "${REALWORLD_NO_TIMING:-0}" != 1 ] && [ ${#FILTERS[@]} -eq 0 ]; then
  echo "module                       size(MB)  functions  hearth-start  node-start  (trivial run)"
  figures() {  # figures LABEL MODULE ARGS...
    local label=$1 mod=$2; shift 2
    local size funcs imports
    size=$(awk -v b="$(stat -c %s "$mod")" 'BEGIN { printf "%.1f", b / 1048576 }')
    funcs=$(wasm-objdump -h "$mod" | awk '/ Function /{ print $NF }')
    imports=$(wasm-objdump -x -j Import "$mod" | grep -c ' func\[')
    printf '%-28s %8s  %9s  %11ss  %9ss  %s\n' "$label" "$size" "$((funcs + imports))" \
      "$(startup hearth "$mod" "$@")" "$(startup node "$mod" "$@")" "$*"
  }
  figures "ruby-cli (ruby 3.3)" "$RUBY" -e '0'
  figures "yosys.core (yosys 0.55)" "$YOSYS" -V
  figures "llvm.core (clang 22)" "$LLVM" clang --version
  figures "imagecli (imagecli 0.2.1)" "$IMAGECLI" --version
fi

echo "realworld: $PASS passed, $FAIL failed"
[ $FAIL -eq 0 ]
