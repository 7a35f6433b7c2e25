#!/usr/bin/env bash
# How to run: bench/analytics-vs-sql.sh 1000000 [RUNS]   (IKM to generate; RUNS timed calls per measured call, default 11;
#   JAR=path reuses a built jar, SKIP_PACKAGE=1 reuses target/canting-*.jar; ROUNDS=2 ABBA rounds)
# Times Canting's analytics requests against the same SQL run directly with psql, on a generated
# registry in its own PostgreSQL database canting_bench_stats (localhost:5432, user postgres, trust).
# The app is the packaged jar, demo data disabled. Each measured request is one `measure NAME PATH SQLFILE`
# line at the end: another module's requests are further lines. Per request, after warming up both, app (A)
# and psql (B) alternate in ABBA order (bench/lib.sh), each call the median of RUNS; prints the median and
# spread of those medians and the ratio. Export records (10,080,000, bench/analytics/generate-exports.sql) are
# generated and measured too unless SKIP_EXPORTS=1.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
IKM=${1:-1000000}
RUNS=${2:-11}
ROUNDS=${ROUNDS:-2}
PORT=18081
DB=canting_bench_stats
PSQL=(psql -h 127.0.0.1 -U postgres -X -q)
# REUSE_DB=1 measures again on the database a previous run generated (no drop, no generation)
[ "${REUSE_DB:-0}" = 1 ] || "${PSQL[@]}" -c "drop database if exists $DB with (force)" -c "create database $DB"
resolve_jar
CANTING_DEMO_ENABLED=false CANTING_ADMIN_USERNAME=bench CANTING_ADMIN_PASSWORD=kawung-parang-2024 \
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  app_start /tmp/canting-bench-stats-app.log -Xmx1g -jar "$JAR" --server.port=$PORT
wait_ready $PORT
# a token for requests that need one (the registry analytics and open data are public)
TOKEN=$(curl -s -X POST localhost:$PORT/api/v1/auth/token -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"kawung-parang-2024"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
if [ "${REUSE_DB:-0}" != 1 ]; then
echo "generating $IKM IKM ..."
"${PSQL[@]}" -d $DB -v ikm="$IKM" -f bench/analytics/generate.sql
# The rows went in behind the app's back, so fill ikm_tally (and ikm.reported_*) with the very
# statements V10 initialises them with, from its "-- tally: initialise" line on; the app is idle.
echo "filling ikm_tally ..."
sed -n '/^-- tally: initialise/,$p' src/main/resources/db/migration/V10__registry_tally.sql \
  | "${PSQL[@]}" -d $DB -v ON_ERROR_STOP=1
"${PSQL[@]}" -d $DB -c "vacuum analyze" -c "select count(*) as tally_rows from ikm_tally"
fi
if [ "${SKIP_EXPORTS:-0}" != 1 ] && [ "${REUSE_DB:-0}" != 1 ]; then
  echo "generating 10,080,000 export records ..."
  "${PSQL[@]}" -d $DB -f bench/analytics/generate-exports.sql
fi

load_sampler_start

# the app's time in ms (curl time_total), median of RUNS calls of PATH with the headers AUTH
app() {
  for _ in $(seq "$RUNS"); do
    curl -sf -o /dev/null -w '%{time_total}\n' "${AUTH[@]}" "localhost:$PORT$P"
  done | awk '{printf "%.2f\n", $1 * 1000}' | stats_median
}
# the file's statements run with psql: sum of \timing per run, median of RUNS runs
sql() {
  for _ in $(seq "$RUNS"); do
    { printf '%s\n' '\timing on'; cat "$SQL"; } | "${PSQL[@]}" -d $DB -o /dev/null 2>&1 \
      | awk '/^Time:/ {t += $2} END {printf "%.2f\n", t}'
  done | stats_median
}

# NAME PATH SQLFILE [auth]: ABBA of app and psql after warming up both (WARMUP HTTP calls, default 50; 2 psql runs).
# A fourth argument "auth" sends the bearer token; public requests go without, as the public sends them.
TABLE=()
measure() {
  local name=$1
  P=$2 SQL=$3 AUTH=(-H "X-Bench: public")
  [ "${4:-}" = auth ] && AUTH=(-H "Authorization: Bearer $TOKEN")
  # the JIT needs a few dozen calls before a request runs at its steady speed
  for _ in $(seq "${WARMUP:-50}"); do curl -sf -o /dev/null "${AUTH[@]}" "localhost:$PORT$P"; done
  for _ in 1 2; do "${PSQL[@]}" -d $DB -o /dev/null -f "$SQL"; done
  echo "== $name: app (A) and psql (B), ms, median of $RUNS per call"
  abba "$ROUNDS" app sql
  TABLE+=("$(printf '%-28s app %s   psql %s   ratio %s' "$name" "$ABBA_A" "$ABBA_B" "$ABBA_RATIO")")
}

echo "ikm=$IKM runs=$RUNS rounds=$ROUNDS"
measure summary /api/v1/statistics/summary bench/analytics/summary.sql
measure province-with-techniques /api/v1/open-data/industry/by-province bench/analytics/province-technique.sql
measure industry-national /api/v1/statistics/industry bench/analytics/industry.sql
if [ "${SKIP_EXPORTS:-0}" != 1 ]; then
  measure exports-summary '/api/v1/trade/exports/summary?from=2024-01&to=2024-07&basket=BATIK' bench/analytics/exports-summary.sql auth
  measure exports-by-month-year '/api/v1/trade/exports/by-month?period=2024&basket=BATIK' bench/analytics/exports-by-month.sql auth
  measure exports-top10-destinations '/api/v1/trade/exports/by-destination?period=2024&basket=BATIK&top=10' bench/analytics/exports-top-destinations.sql auth
fi
load_sampler_stop
echo
echo "request: app and psql as median min max n (of the calls' medians, ms), ratio of the medians"
printf '%s\n' "${TABLE[@]}"
