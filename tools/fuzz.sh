#!/usr/bin/env bash
# fuzz.sh BIN SPECDIR [SECONDS]: runs the libFuzzer target BIN for SECONDS (default 600) over a corpus
# seeded from the spec testsuite's module files, and copies every crash/leak/timeout/oom input into
# tests/fuzz-regressions/ (replayed by tests/test_fuzz_regressions.c). Exits with libFuzzer's status.
set -u
BIN=${1:?usage: fuzz.sh BIN SPECDIR [SECONDS]}
SPEC=${2:?usage: fuzz.sh BIN SPECDIR [SECONDS]}
SECONDS_TO_RUN=${3:-600}
[ -n "$SECONDS_TO_RUN" ] || SECONDS_TO_RUN=600
ROOT=$(cd "$(dirname "$0")/.." && pwd)
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
case "$SPEC" in /*) ;; *) SPEC="$PWD/$SPEC" ;; esac
cd "$ROOT"

CORPUS=fuzz-corpus
ARTIFACTS=build-fuzz/artifacts
REGRESSIONS=tests/fuzz-regressions
mkdir -p "$CORPUS" "$ARTIFACTS" "$REGRESSIONS"

# Seed once (libFuzzer keeps adding to the corpus across runs). Name seeds by content so that
# identical modules from different scripts collapse into one.
if [ -z "$(ls -A "$CORPUS" 2>/dev/null)" ]; then
  n=0
  for f in "$SPEC"/core/*.wasm "$SPEC"/core/*.wat; do  # .wat: the text parser (hearth_module_new reads text)
    [ -f "$f" ] || continue
    h=$(sha1sum "$f" | cut -c1-40)
    [ -e "$CORPUS/$h" ] || { cp "$f" "$CORPUS/$h"; n=$((n+1)); }
  done
  echo "fuzz.sh: seeded $CORPUS with $n modules from $SPEC/core"
fi
# The 3.0 suite is text only: the spec runner writes each valid module it compiles in the binary
# format (GC, exceptions, memory64, ...), so that the fuzzer mutates those forms too. Done once per
# corpus (a marker outside the corpus, which libFuzzer would read as an input), also for a corpus
# seeded before this step existed.
MARK3=build-fuzz/corpus-has-3.0
if [ ! -e "$MARK3" ] && [ -d "$SPEC/wasm-3.0" ]; then
  if [ -x build/spectest ]; then
    SPECTEST_DUMP_DIR="$PWD/$CORPUS" build/spectest --jobs 0 "$SPEC/wasm-3.0" >/dev/null 2>&1
    touch "$MARK3"
    echo "fuzz.sh: corpus now $(ls "$CORPUS" | wc -l) modules (with the 3.0 suite's)"
  else
    echo "fuzz.sh: build/spectest missing: the 3.0 suite's modules are not in the corpus (make build/spectest)"
  fi
fi

# Artifacts from earlier runs were already copied; start clean so that only new ones are reported.
rm -f "$ARTIFACTS"/crash-* "$ARTIFACTS"/leak-* "$ARTIFACTS"/timeout-* "$ARTIFACTS"/oom-* \
      "$ARTIFACTS"/slow-unit-*

"$BIN" -max_len=65536 -rss_limit_mb=2048 -timeout=10 -max_total_time="$SECONDS_TO_RUN" \
  -print_final_stats=1 -artifact_prefix="$ARTIFACTS/" "$CORPUS"
rc=$?

found=0
for a in "$ARTIFACTS"/crash-* "$ARTIFACTS"/leak-* "$ARTIFACTS"/timeout-* "$ARTIFACTS"/oom-*; do
  [ -f "$a" ] || continue
  cp "$a" "$REGRESSIONS/"
  echo "fuzz.sh: saved $REGRESSIONS/$(basename "$a")"
  found=$((found+1))
done
echo "fuzz.sh: libFuzzer exited $rc; $found new regression input(s)"
exit $rc
