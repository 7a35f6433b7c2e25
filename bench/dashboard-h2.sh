#!/usr/bin/env bash
# How to run: bench/dashboard-h2.sh [RUNS]   (default 21; SKIP_PACKAGE=1 reuses target/canting-*.jar)
# Times every request of the dashboards (pages, their JSON twins, the map file) with the demo data
# on the embedded H2 database in a fresh temporary folder; prints the median per request (after
# WARMUP calls, default 30).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-21}
PORT=18082
DIR=$(mktemp -d)
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -q -B -o -DskipTests package
JAR=$(ls target/canting-*.jar | grep -v plain | head -1)
SPRING_DATASOURCE_URL="jdbc:h2:file:$DIR/canting;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE" \
  java -Xmx512m -jar "$JAR" --server.port=$PORT > /tmp/canting-bench-h2-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; rm -rf "$DIR"' EXIT
until curl -sf localhost:$PORT/api/v1/statistics/summary | grep -q '"ikm":5946'; do sleep 1; done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# signed in as the demo admin: a session (form login with its CSRF token) for pages, a token for the API
JAR_COOKIES=$(mktemp)
CSRF=$(curl -s -c "$JAR_COOKIES" localhost:$PORT/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" -d "username=admin&password=canting-demo&_csrf=$CSRF" localhost:$PORT/login
TOKEN=$(curl -s -X POST localhost:$PORT/api/v1/auth/token -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"canting-demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
time_path() {
  local path=$1; shift
  # the JIT needs a few dozen calls before a request runs at its steady speed
  for _ in $(seq "${WARMUP:-30}"); do curl -sf -o /dev/null "$@" "localhost:$PORT$path"; done
  ms=$(for _ in $(seq "$RUNS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$@" "localhost:$PORT$path"; done \
    | awk '{printf "%.1f\n", $1 * 1000}' | median)
  printf '%-58s %7.1f ms\n' "$path" "$ms"
}
for path in / /statistics/industry "/statistics/industry?province=33" /open-data /api/v1/statistics/summary \
    /api/v1/statistics/industry "/api/v1/statistics/workforce?from=2023-S1&to=2024-S2" \
    /api/v1/open-data/industry/by-province /api/v1/open-data/industry/by-province.csv \
    /api/v1/open-data/industry/by-technique /api/v1/open-data/industry/by-category \
    "/api/v1/open-data/exports/by-month?period=2024-01..2024-07" /geo/indonesia-provinces.json; do
  time_path "$path"
done
for path in "/statistics/exports?period=2024-01..2024-07" "/statistics/fact-sheet?period=2024-01..2024-07"; do
  time_path "$path" -b "$JAR_COOKIES"
done
for path in "/api/v1/trade/exports/summary?period=2024-01..2024-07" "/api/v1/trade/exports/by-month?period=2024" \
    "/api/v1/trade/exports/by-destination?period=2024&top=10" "/api/v1/trade/exports/by-hs?period=2024" \
    "/api/v1/statistics/fact-sheet?period=2024-01..2024-07&format=pdf" \
    "/api/v1/statistics/fact-sheet?period=2024-01..2024-07&format=xlsx"; do
  time_path "$path" -H "Authorization: Bearer $TOKEN"
done
rm -f "$JAR_COOKIES"
