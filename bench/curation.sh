#!/usr/bin/env bash
# How to run: bench/curation.sh [SEEDS] [tight]   (default 5 seeds, the demo-like instances; INVOCATIONS=4 runs of
#   the JVM; SKIP_COMPILE=1 skips test-compile) — exact curation (CP-SAT) of 1,000 applicants for 100 booths per
# seed, against a greedy baseline in the same JVM; see CurationBenchmark's javadoc. CurationBenchmark runs both
# sides in one invocation (per seed: CP-SAT, then the greedy), so instead of ABBA the invocation runs
# INVOCATIONS times and each side's times are summarised per seed across them (median, min–max) with the ratio
# of the medians (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
SEEDS=${1:-5}
test_classpath
OUT=$(mktemp -d)
on_exit "rm -rf $OUT"
load_sampler_start
repeat_java "$OUT" -cp "$CP" id.canting.event.exhibitor.internal.CurationBenchmark "$SEEDS" "${2:-demo}"
load_sampler_stop
echo
echo "seed: CP-SAT ms and greedy ms as median min max n across ${INVOCATIONS:-4} invocations; ratio; statuses and scores seen"
for ((seed = 1; seed <= SEEDS; seed++)); do
	rows() { awk -F'\t' -v s="$seed" -v c="$1" '$1 == s {print $c}' "$OUT"/*.out; }
	solve=$(rows 2 | stats_mmm)
	greedy=$(rows 7 | stats_mmm)
	echo "$seed: CP-SAT $solve | greedy $greedy | ratio $(ratio "${solve%% *}" "${greedy%% *}") |" \
		"$(paste -d' ' <(rows 3) <(rows 5) <(rows 8) <(rows 9) | sort | uniq -c | tr -s ' ' | paste -sd';')"
done
echo "all seeds: CP-SAT median of the invocations' medians $(awk '/^median solve ms/ {print $4}' "$OUT"/*.out | stats_mmm)"
