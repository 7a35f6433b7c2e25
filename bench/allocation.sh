#!/usr/bin/env bash
# How to run: bench/allocation.sh [SEED]   (default seed 1) — the order plan on 241,000 pieces over 6,000 IKM and 14 delivery
# points with lots, shares and the fairness floor, against an independent JGraphT min-cost flow without lots in the same JVM;
# see PlanBenchmark's javadoc. Exits non-zero when a rule is broken, the gap is above 0.1 % or the flow beats the bound.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_COMPILE:-0}" = 1 ] || ./mvnw -q -B -o test-compile
CP_FILE=$(mktemp)
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" id.canting.allocation.internal.plan.PlanBenchmark "${1:-1}"
rm -f "$CP_FILE"
