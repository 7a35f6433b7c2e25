#!/usr/bin/env bash
# How to run: bench/curation.sh [SEEDS] [tight]   (default 5 seeds, the demo-like instances) — exact curation (CP-SAT) of 1,000 applicants for
# 100 booths per seed, against a greedy baseline in the same JVM; see CurationBenchmark's javadoc.
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=${1:-5}
[ "${SKIP_COMPILE:-0}" = 1 ] || ./mvnw -q -B -o test-compile
CP_FILE=$(mktemp)
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" id.canting.event.exhibitor.internal.CurationBenchmark "$SEEDS" "${2:-demo}"
rm -f "$CP_FILE"
