#!/usr/bin/env bash
# How to run: bench/allocation.sh [SEED]   (default seed 1; INVOCATIONS=4 runs of the JVM; SKIP_COMPILE=1 skips
#   test-compile) — the order plan on 241,000 pieces over 6,000 IKM and 14 delivery points with lots, shares and
# the fairness floor, against an independent JGraphT min-cost flow without lots in the same JVM; see
# PlanBenchmark's javadoc. PlanBenchmark runs both sides in one invocation (plan: median of 5 after a warm-up,
# then the flow once), so instead of ABBA the invocation runs INVOCATIONS times and each side's times are
# summarised across them (median, min–max) with the ratio of the medians (bench/lib.sh). Exits non-zero when
# a rule is broken, the gap is above 0.1 % or the flow beats the bound in any invocation.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
test_classpath
OUT=$(mktemp -d)
on_exit "rm -rf $OUT"
load_sampler_start
status=0
repeat_java "$OUT" -Xmx2g -cp "$CP" id.canting.allocation.internal.plan.PlanBenchmark "${1:-1}" || status=1
load_sampler_stop
# per instance (A, B, C): the plan's median ms of each invocation, the flow's ms, the re-plan's ms
echo
echo "instance: plan ms, flow ms, re-plan ms as median min max n across ${INVOCATIONS:-4} invocations; ratio plan / flow"
for inst in A B C; do
	extract() { awk -v inst="$inst" -v what="$1" '
		/^[A-C] \(/ {cur = substr($0, 1, 1)}
		cur == inst && what == "plan" && /plan: .*median/ {sub(/.*median /, ""); sub(/ ms.*/, ""); gsub(",", ""); print}
		cur == inst && what == "flow" && /reference, JGraphT/ {sub(/.* in /, ""); sub(/ ms.*/, ""); gsub(",", ""); print}
		cur == inst && what == "replan" && /re-plan after/ {sub(/.*made: /, ""); sub(/ ms.*/, ""); gsub(",", ""); print}' "$OUT"/*.out; }
	plan=$(extract plan | stats_mmm)
	flow=$(extract flow | stats_mmm)
	echo "$inst: plan $plan | flow $flow | re-plan $(extract replan | stats_mmm) | ratio $(ratio "${plan%% *}" "${flow%% *}")"
done
exit $status
