#!/usr/bin/env bash
# How to run: bench/dashboard-h2.sh [RUNS]   (default 21 requests per measured call; JAR=path reuses a built jar,
#   SKIP_PACKAGE=1 reuses target/canting-*.jar; ROUNDS=2 ABBA rounds; WARMUP=30 calls per request first)
# Times every request of the dashboards (pages, their JSON twins, the map file) with the demo data on the
# embedded H2 database in a fresh temporary folder. Per request, after WARMUP calls of it, ABBA (bench/lib.sh):
# A = the request, B = the same server's static file /css/canting.css as the reference, each call the median of
# RUNS requests timed by curl; prints the median and spread of those medians and the ratio A / B.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
RUNS=${1:-21}
ROUNDS=${ROUNDS:-2}
PORT=18082
BASE=localhost:$PORT
DIR=$(mktemp -d)
on_exit "rm -rf $DIR"
resolve_jar
SPRING_DATASOURCE_URL="jdbc:h2:file:$DIR/canting;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE" \
	app_start /tmp/canting-bench-h2-app.log -Xmx512m -jar "$JAR" --server.port=$PORT
wait_ready $PORT
# signed in as the demo admin: a session (form login with its CSRF token) for pages, a token for the API
COOKIES=$DIR/cookies
CSRF=$(curl -s -c "$COOKIES" $BASE/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -b "$COOKIES" -c "$COOKIES" -d "username=admin&password=canting-demo&_csrf=$CSRF" $BASE/login
TOKEN=$(curl -s -X POST $BASE/api/v1/auth/token -H 'Content-Type: application/json' \
	-d '{"username":"admin","password":"canting-demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
load_sampler_start

# the median in ms of RUNS requests of P with the curl arguments ARGS
timed() {
	local path=$1; shift
	for _ in $(seq "$RUNS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$@" "$BASE$path"; done \
		| awk '{printf "%.2f\n", $1 * 1000}' | stats_median
}
request() { timed "$P" "${ARGS[@]}"; }
static() { timed /css/canting.css; }
TABLE=()
time_path() {
	P=$1; shift
	ARGS=("$@")
	# the JIT needs a few dozen calls before a request runs at its steady speed
	for _ in $(seq "${WARMUP:-30}"); do curl -sf -o /dev/null "$@" "$BASE$P"; curl -sf -o /dev/null $BASE/css/canting.css; done
	echo "== $P (ms, median of $RUNS per call)"
	abba "$ROUNDS" request static
	TABLE+=("$(printf '%-58s %8s ms (%s–%s)   static %6s ms   ratio %s' "$P" \
		"$(cut -d' ' -f1 <<< "$ABBA_A")" "$(cut -d' ' -f2 <<< "$ABBA_A")" "$(cut -d' ' -f3 <<< "$ABBA_A")" \
		"$(cut -d' ' -f1 <<< "$ABBA_B")" "$ABBA_RATIO")")
}
for path in / /statistics/industry "/statistics/industry?province=33" /open-data /api/v1/statistics/summary \
	/api/v1/statistics/industry "/api/v1/statistics/workforce?from=2023-S1&to=2024-S2" \
	/api/v1/open-data/industry/by-province /api/v1/open-data/industry/by-province.csv \
	/api/v1/open-data/industry/by-technique /api/v1/open-data/industry/by-category \
	"/api/v1/open-data/exports/by-month?period=2024-01..2024-07" /geo/indonesia-provinces.json; do
	time_path "$path"
done
for path in "/statistics/exports?period=2024-01..2024-07" "/statistics/fact-sheet?period=2024-01..2024-07"; do
	time_path "$path" -b "$COOKIES"
done
for path in "/api/v1/trade/exports/summary?period=2024-01..2024-07" "/api/v1/trade/exports/by-month?period=2024" \
	"/api/v1/trade/exports/by-destination?period=2024&top=10" "/api/v1/trade/exports/by-hs?period=2024" \
	"/api/v1/statistics/fact-sheet?period=2024-01..2024-07&format=pdf" \
	"/api/v1/statistics/fact-sheet?period=2024-01..2024-07&format=xlsx"; do
	time_path "$path" -H "Authorization: Bearer $TOKEN"
done
load_sampler_stop
echo
echo "request: median of the $((2 * ROUNDS)) calls' medians (min–max), the static file's, ratio (ABBA × $ROUNDS, $RUNS requests per call)"
printf '%s\n' "${TABLE[@]}"
