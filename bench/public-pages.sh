#!/usr/bin/env bash
# shellcheck disable=SC2016 # the backticks are Markdown
# How to run: bench/public-pages.sh [SECONDS]   (default 20 per measured run; JAR=path reuses a built jar,
#   SKIP_PACKAGE=1 reuses target/canting-*.jar; ROUNDS=2 ABBA rounds; WARMUP_SECS=10 per page and pass of the warm-up;
#   STRICT=1 exits non-zero when a target is missed; ONLY_FIXED_RATE=1 skips the throughput part)
# The anonymous pages of issue 19 against the same server's static file: the packaged app on a fresh PostgreSQL
# database canting_bench_pages (localhost:5432, user postgres, trust) with the demo data, the verification rate
# limit raised. After a warm-up of every page and the static file, for each page wrk at 8 connections
# (-t2 -c8) runs page and /css/canting.css in ABBA order; then hey at a fixed arrival rate: /css/canting.css
# and /api/v1/verify/{number} at 500 req/s, / at 200 req/s. Ends with a Markdown table. Needs wrk and hey.
# Targets: each page ≥ 25 % of the static file's throughput with p99 < 100 ms; verify p99 < 20 ms at
# 500 req/s; / p99 < 100 ms at 200 req/s.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
SECS=${1:-20}
ROUNDS=${ROUNDS:-2}
PORT=18084
DB=canting_bench_pages
BASE=http://localhost:$PORT
WORK=$(mktemp -d /tmp/canting-bench-pages.XXXX)
on_exit "rm -rf $WORK"

resolve_jar
app_on_fresh_postgres $DB $PORT /tmp/canting-bench-pages-app.log --canting.verify.rate-limit.requests=1000000000
# a real certificate of the demo data: the register's first active one, else any from the database
NUMBER=$(curl -sf "$BASE/api/v1/certificates?size=1&status=ACTIVE" | grep -o '"number":"[^"]*"' | head -1 | cut -d'"' -f4 || true)
[ -n "$NUMBER" ] || NUMBER=$(psql -At -h localhost -U postgres -d $DB -c "select number from certificate where status = 'ACTIVE' limit 1")
[ -n "$NUMBER" ] || die "no certificate found"
echo "certificate: $NUMBER"
PAGES=(/ /statistics/industry /open-data /catalogue /certificates "/v/$NUMBER")
STATIC=/css/canting.css
for p in "${PAGES[@]}" $STATIC "/api/v1/verify/$NUMBER"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$p")
	[ "$code" = 200 ] || die "$p answers $code, not 200"
done
load_sampler_start

# wrk's latency in ms from "10.00ms", "512.00us", "1.20s"
to_ms() { awk '{v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v += 0; else if ($1 ~ /m$/) v *= 60000;
	else if ($1 ~ /s$/) v *= 1000; printf "%.2f\n", v}'; }
# wrk_run PATH P99_FILE: one measured run at 8 connections; prints wrk's figures, then the rps as last line
wrk_run() {
	local out p99
	out=$(wrk -t2 -c8 -d"${SECS}s" --latency "$BASE$1")
	p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}' | to_ms)
	echo "$p99" >> "$2"
	printf '%s\n' "$out" | grep -E 'Non-2xx|Socket errors' || true
	echo "p99 $p99 ms"
	printf '%s\n' "$out" | awk '/^Requests\/sec/ {print $2}'
}
page() { wrk_run "$PAGE" "$WORK/p99-page"; }
static() { wrk_run $STATIC "$WORK/p99-static"; }

# Warm-up: two passes over every page and the static file, WARMUP_SECS each (default 10). With 5 s once, a
# page's rate still rose by 77 % between its first and last measured run (JIT of its template and queries).
echo "warm-up: 2 × ${WARMUP_SECS:-10} s of wrk on every page and the static file (JIT, connection pool, caches)"
for _ in 1 2; do
	for p in "${PAGES[@]}" $STATIC; do wrk -t2 -c8 -d"${WARMUP_SECS:-10}s" "$BASE$p" > /dev/null; done
done

TABLE=$WORK/table
: > "$TABLE"
TARGETS_MET=1
# ONLY_FIXED_RATE=1: the fixed-rate part alone (after the same warm-up), e.g. to re-measure a reference jar
[ "${ONLY_FIXED_RATE:-0}" = 1 ] && PAGES_MEASURED=() || PAGES_MEASURED=("${PAGES[@]}")
for PAGE in "${PAGES_MEASURED[@]}"; do
	echo "== $PAGE against $STATIC: wrk -t2 -c8 -d${SECS}s, ABBA × $ROUNDS"
	rm -f "$WORK/p99-page" "$WORK/p99-static"
	abba "$ROUNDS" page static
	read -r pm pmin pmax _ <<< "$ABBA_A"
	read -r sm smin smax _ <<< "$ABBA_B"
	read -r p99m _ p99max _ < <(stats_mmm < "$WORK/p99-page")
	ok=$(awk -v r="$ABBA_RATIO" -v p="$p99m" 'BEGIN {print (r >= 0.25 && p < 100) ? "met" : "**missed**"}')
	[ "$ok" = met ] || TARGETS_MET=0
	printf '| `%s` | %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | %s %% | %.1f ms (max %.1f) | %s |\n' "$PAGE" "$pm" "$pmin" "$pmax" \
		"$sm" "$smin" "$smax" "$(awk -v r="$ABBA_RATIO" 'BEGIN {printf "%.0f", r * 100}')" "$p99m" "$p99max" "$ok" >> "$TABLE"
done

echo "== fixed arrival rate (hey), ${SECS} s each, after 5 s at the same rate"
RATES=$WORK/rates
fixed() { # PATH RATE TARGET_P99_MS (or -)
	hey_fixed_rate "$BASE$1" "$2" 5 > /dev/null
	hey_fixed_rate "$BASE$1" "$2" "$SECS"
	local ok=reference
	if [ "$3" != - ]; then
		ok=$(awk -v p="$HEY_P99" -v t="$3" -v s="$HEY_SHORT" 'BEGIN {print (p < t && s == 0) ? "met" : "**missed**"}')
		[ "$ok" = met ] || TARGETS_MET=0
	fi
	printf '| `%s` | %s | %s%s | %s ms | %s ms | %s | %s |\n' "$1" "$2" "$HEY_RPS" \
		"$([ "$HEY_SHORT" = 1 ] && echo ' (< 95 %)')" "$HEY_P50" "$HEY_P99" "$HEY_NON2XX" \
		"$([ "$3" = - ] && echo "$ok" || echo "p99 < $3 ms: $ok")" >> "$RATES"
}
fixed $STATIC 500 -
fixed "/api/v1/verify/$NUMBER" 500 20
fixed / 200 100
load_sampler_stop

echo
echo "Throughput at 8 connections (wrk -t2 -c8 -d${SECS}s, ABBA × $ROUNDS: page and static file alternated; medians of"
echo "$((2 * ROUNDS)) runs each, min–max in brackets), $(date -u +%F), $LOAD_SUMMARY:"
echo
echo "| page | page req/s | $STATIC req/s | page / static | page p99 (median of runs) | target (≥ 25 %, p99 < 100 ms) |"
echo "|---|---|---|---|---|---|"
cat "$TABLE"
echo
echo "Fixed arrival rate (hey, ${SECS} s each after 5 s at the same rate; ${HEY_WORKERS:-10} workers, each paced at the rate / ${HEY_WORKERS:-10}):"
echo
echo "| request | target req/s | achieved req/s | p50 | p99 | non-2xx | target |"
echo "|---|---|---|---|---|---|---|"
cat "$RATES"
echo
if [ "$TARGETS_MET" = 1 ]; then echo "all targets met"; else echo "targets missed (see the tables)"; fi
[ "${STRICT:-0}" != 1 ] || [ "$TARGETS_MET" = 1 ]
