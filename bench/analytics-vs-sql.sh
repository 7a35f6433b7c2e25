#!/usr/bin/env bash
# How to run: bench/analytics-vs-sql.sh 1000000 [RUNS]   (IKM to generate; RUNS per request, default 11)
# Times Canting's analytics requests against the same SQL run directly with psql, on a generated
# registry in its own PostgreSQL database canting_bench_stats (localhost:5432, user postgres, trust).
# The app is the packaged jar (SKIP_PACKAGE=1 reuses target/canting-*.jar), demo data disabled.
# Each measured request is one `measure NAME PATH SQLFILE` line at the end: another module's
# requests are further lines. Export records (10,080,000, bench/analytics/generate-exports.sql) are
# generated and measured too unless SKIP_EXPORTS=1.
set -euo pipefail
cd "$(dirname "$0")/.."
IKM=${1:-1000000}
RUNS=${2:-11}
PORT=18081
DB=canting_bench_stats
PSQL=(psql -h 127.0.0.1 -U postgres -X -q)
# REUSE_DB=1 measures again on the database a previous run generated (no drop, no generation)
[ "${REUSE_DB:-0}" = 1 ] || "${PSQL[@]}" -c "drop database if exists $DB with (force)" -c "create database $DB"
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -q -B -o -DskipTests package
JAR=$(ls target/canting-*.jar | grep -v plain | head -1)
CANTING_DEMO_ENABLED=false CANTING_ADMIN_USERNAME=bench CANTING_ADMIN_PASSWORD=kawung-parang-2024 \
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx1g -jar "$JAR" --server.port=$PORT > /tmp/canting-bench-stats-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf localhost:$PORT/actuator/health >/dev/null; do sleep 1; done
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

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# NAME PATH SQLFILE: median over RUNS of the HTTP request (curl time_total, after WARMUP calls, default 50)
# and of the file's statements run with psql (sum of \timing per run, after 2 warm-up runs)
# A fourth argument "auth" sends the bearer token; public requests go without, as the public sends them.
measure() {
  local name=$1 path=$2 sql=$3 app raw
  local auth=(-H "X-Bench: public")
  [ "${4:-}" = auth ] && auth=(-H "Authorization: Bearer $TOKEN")
  # the JIT needs a few dozen calls before a request runs at its steady speed
  for _ in $(seq "${WARMUP:-50}"); do curl -sf -o /dev/null "${auth[@]}" "localhost:$PORT$path"; done
  app=$(for _ in $(seq "$RUNS"); do
    curl -sf -o /dev/null -w '%{time_total}\n' "${auth[@]}" "localhost:$PORT$path"
  done | awk '{printf "%.1f\n", $1 * 1000}' | median)
  for _ in 1 2; do "${PSQL[@]}" -d $DB -o /dev/null -f "$sql"; done
  raw=$(for _ in $(seq "$RUNS"); do
    { echo '\timing on'; cat "$sql"; } | "${PSQL[@]}" -d $DB -o /dev/null 2>&1 \
      | awk '/^Time:/ {t += $2} END {printf "%.1f\n", t}'
  done | median)
  printf '%-28s app %8.1f ms   psql %8.1f ms   ratio %5.2f\n' "$name" "$app" "$raw" "$(echo "$app / $raw" | bc -l)"
}

echo "ikm=$IKM runs=$RUNS (medians)"
measure summary /api/v1/statistics/summary bench/analytics/summary.sql
measure province-with-techniques /api/v1/open-data/industry/by-province bench/analytics/province-technique.sql
measure industry-national /api/v1/statistics/industry bench/analytics/industry.sql
if [ "${SKIP_EXPORTS:-0}" != 1 ]; then
  measure exports-summary '/api/v1/trade/exports/summary?from=2024-01&to=2024-07&basket=BATIK' bench/analytics/exports-summary.sql auth
  measure exports-by-month-year '/api/v1/trade/exports/by-month?period=2024&basket=BATIK' bench/analytics/exports-by-month.sql auth
  measure exports-top10-destinations '/api/v1/trade/exports/by-destination?period=2024&basket=BATIK&top=10' bench/analytics/exports-top-destinations.sql auth
fi
