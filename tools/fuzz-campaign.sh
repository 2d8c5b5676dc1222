#!/usr/bin/env bash
# fuzz-campaign.sh SECONDS ROUNDS [TARGET...]: a long fuzz campaign on a shared machine. Runs the
# libFuzzer targets one at a time (TARGET: module wat component tiers; default all four, in that
# order) for SECONDS of wall time each, ROUNDS times round, each under `nice -n 19` through its make
# target (so the corpora and regression copies are the usual ones), and appends one line a run to
# $LOG_DIR/summary.tsv (default /tmp/fuzz-campaign): target, start (UTC), wall seconds, CPU seconds
# (user + sys of the fuzzer and its children, from /usr/bin/time), executions, cov, ft, corpus size,
# libFuzzer's exit status, artifacts written. The full output of a run is LOG_DIR/TARGET-ROUND.log.
# The tiers target runs with FUZZ_TIERS_OPT=1 (interpreter, baseline and the LLVM tier; build the
# plugin first). A run that finds something stops the campaign, leaving the artifact for triage.
set -u
SECS=${1:?usage: fuzz-campaign.sh SECONDS ROUNDS [TARGET...]}
ROUNDS=${2:?usage: fuzz-campaign.sh SECONDS ROUNDS [TARGET...]}
shift 2
TARGETS=${*:-module wat component tiers}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LOG_DIR=${LOG_DIR:-/tmp/fuzz-campaign}
mkdir -p "$LOG_DIR"
cd "$ROOT"
[ -s "$LOG_DIR/summary.tsv" ] ||
  printf 'target\tstart\twall_s\tcpu_s\texecs\tcov\tft\tcorpus\trc\tartifacts\n' >"$LOG_DIR/summary.tsv"

for round in $(seq 1 "$ROUNDS"); do
  for t in $TARGETS; do
    case $t in
      module) goal=fuzz ;;
      wat|component|tiers) goal=fuzz-$t ;;
      *) echo "fuzz-campaign.sh: unknown target $t" >&2; exit 2 ;;
    esac
    log=$LOG_DIR/$t-$round.log
    start=$(date -u +%FT%TZ)
    t0=$(date +%s)
    # The build steps are no-ops once the objects exist; their CPU time is in the figure otherwise.
    FUZZ_TIERS_OPT=1 /usr/bin/time -f 'campaign-cpu %U %S' -o "$log.time" \
      nice -n 19 make --no-print-directory "$goal" FUZZ_SECONDS="$SECS" >"$log" 2>&1
    rc=$?
    wall=$(( $(date +%s) - t0 ))
    cpu=$(awk '/campaign-cpu/ {printf "%.0f", $2 + $3}' "$log.time")
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -n1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    arts=$(grep -oE "(crash|leak|timeout|oom|slow-unit)-[0-9a-f]+" "$log" | sort -u | tr '\n' ' ')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$start" "$wall" "${cpu:-?}" \
      "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$rc" "${arts:-none}" >>"$LOG_DIR/summary.tsv"
    tail -n1 "$LOG_DIR/summary.tsv"
    if [ -n "$arts" ]; then
      echo "fuzz-campaign.sh: $t found $arts (see $log); stopping" >&2
      exit 1
    fi
  done
done
