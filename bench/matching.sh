#!/usr/bin/env bash
# How to run: bench/matching.sh [SEED]   (default seed 1) — the business-matching scheduler on 3,000 buyers × 10,000 sellers and
# ~50,000 accepted meetings (König case, then 10 % unavailability with a table limit, then re-schedules), each against a
# first-come greedy in the same JVM; see ScheduleBenchmark's javadoc.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_COMPILE:-0}" = 1 ] || ./mvnw -q -B -o test-compile
CP_FILE=$(mktemp)
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" id.canting.matching.internal.schedule.ScheduleBenchmark "${1:-1}"
rm -f "$CP_FILE"
