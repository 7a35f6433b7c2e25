#!/usr/bin/env bash
# How to run: bench/matching.sh [SEED]   (default seed 1; INVOCATIONS=4 runs of the JVM; SKIP_COMPILE=1 skips
#   test-compile) — the business-matching scheduler on 3,000 buyers × 10,000 sellers and ~50,000 accepted meetings
# (König case, then 10 % unavailability with a table limit, then re-schedules), each against a first-come greedy
# in the same JVM; see ScheduleBenchmark's javadoc. ScheduleBenchmark runs both sides in one invocation (per run:
# the scheduler, then the greedy), so instead of ABBA the invocation runs INVOCATIONS times and each side's times
# are summarised per run across them (median, min–max) with the ratio of the medians (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
test_classpath
OUT=$(mktemp -d)
on_exit "rm -rf $OUT"
load_sampler_start
repeat_java "$OUT" -Xmx2g -cp "$CP" id.canting.matching.internal.schedule.ScheduleBenchmark "${1:-1}"
load_sampler_stop
echo
echo "run: scheduler ms and greedy ms as median min max n across ${INVOCATIONS:-4} invocations; ratio; placed (greedy) seen"
for run in 1 2 3 4; do
	sched=$(awk -v r="$run" '$1 == r {sub(/ ms; greedy.*/, ""); sub(/.*, /, ""); gsub(",", ""); print}' "$OUT"/*.out | stats_mmm)
	greedy=$(awk -v r="$run" '$1 == r {sub(/ ms; broken.*/, ""); sub(/.* in /, ""); print}' "$OUT"/*.out | stats_mmm)
	placed=$(awk -v r="$run" '$1 == r {match($0, /placed [0-9,]+ of [0-9,]+/); p = substr($0, RSTART + 7, RLENGTH - 7)
		match($0, /bound [0-9,]+/); bd = substr($0, RSTART, RLENGTH); match($0, /greedy placed [0-9,]+/)
		g = substr($0, RSTART + 14, RLENGTH - 14); b = $0; sub(/.*broken rules: /, "", b)
		print p ", " bd " (greedy " g ") broken: " b}' "$OUT"/*.out | sort | uniq -c | tr -s ' ' | paste -sd';')
	echo "$run: scheduler $sched | greedy $greedy | ratio $(ratio "${sched%% *}" "${greedy%% *}") | $placed"
done
