#!/usr/bin/env bash
# How to run: bench/verify-vs-static.sh [SECONDS]   (default 20 per measured run; JAR=path reuses a built jar,
#   SKIP_PACKAGE=1 reuses target/canting-*.jar, BUILD_DIR=/tmp/x/target packages there; ROUNDS=2 ABBA rounds;
#   WARMUP_SECS=10 per side and pass of the warm-up)
# wrk on loopback against the packaged app on PostgreSQL (database canting_bench_verify on localhost:5432,
# user postgres, trust; recreated): /api/v1/verify/{number} with random valid numbers (bench/verify-random.lua)
# next to the same server's static file /css/canting.css, at 8 and 64 connections, alternated in ABBA order
# after a warm-up of both (bench/lib.sh). COUNT bench certificates (default 530, as many as Batikmark issued by
# November 2024) are inserted with SQL after start. The verification rate limit is raised so that it does not
# interfere. Then the latency at a fixed arrival rate: hey at 500 req/s on one number and on the static file.
# Needs wrk and hey (apt-get install wrk hey).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
SECS=${1:-20}
ROUNDS=${ROUNDS:-2}
export COUNT=${COUNT:-530}
PORT=18083
DB=canting_bench_verify
BASE=http://localhost:$PORT
resolve_jar
app_on_fresh_postgres $DB $PORT /tmp/canting-bench-verify-app.log --canting.verify.rate-limit.requests=1000000000
psql -q -h localhost -U postgres -d $DB <<SQL
insert into certificate (number, verification_code, ikm_id, ikm_name, regency_code, province_code, brand, technique,
  issued_on, valid_until, status, created_by, created_at, updated_at, version)
select 'BMI-2099-' || lpad(n::text, 5, '0'), 'BENCH' || lpad(n::text, 15, '0'), i.id, i.name, i.regency_code,
  i.province_code, 'Merek ' || n, (array['TULIS','CAP','KOMBINASI'])[1 + n % 3], date '2099-01-02', date '2102-01-02',
  'ACTIVE', 'bench', now(), now(), 0
from generate_series(1, $COUNT) n join (select id, name, regency_code, province_code, row_number() over (order by id) r from ikm) i on i.r = n;
SQL
curl -sf $BASE/api/v1/verify/BMI-2099-00001 > /dev/null
load_sampler_start
# warm-up (JIT, connection pool, cache) for both, then the measured runs. Two passes of WARMUP_SECS (default
# 10) each: after one pass of 10 s, verification's first measured run (1,624 req/s) was still at a third of
# its later ones (3,898–4,986 req/s).
for _ in 1 2; do
	wrk -t2 -c16 -d"${WARMUP_SECS:-10}s" -s bench/verify-random.lua $BASE > /dev/null
	wrk -t2 -c16 -d"${WARMUP_SECS:-10}s" $BASE/css/canting.css > /dev/null
done

# one measured run at $C connections: wrk's figures, then the rps as the last line
wrk_run() {
	local out
	out=$(wrk -t2 -c"$C" -d"${SECS}s" --latency "$@")
	printf '%s\n' "$out" | grep -E 'Latency  |50%|99%|Non-2xx|Socket' || true
	printf '%s\n' "$out" | awk '/^Requests\/sec/ {print $2}'
}
verify() { wrk_run -s bench/verify-random.lua $BASE; }
static() { wrk_run $BASE/css/canting.css; }
SUMMARY=()
for C in 8 64; do
	echo "== $C connections, ${SECS}s per run: verify API (random numbers) A, static file /css/canting.css B"
	abba "$ROUNDS" verify static
	SUMMARY+=("| $C | $ABBA_A | $ABBA_B | $ABBA_RATIO |")
done
echo "== fixed arrival rate, ${SECS}s each after 5 s at the same rate"
hey_fixed_rate $BASE/css/canting.css 500 5 > /dev/null
hey_fixed_rate $BASE/css/canting.css 500 "$SECS"
hey_fixed_rate $BASE/api/v1/verify/BMI-2099-00001 500 5 > /dev/null
hey_fixed_rate $BASE/api/v1/verify/BMI-2099-00001 500 "$SECS"
load_sampler_stop
echo
echo "connections | verify rps (median min max n) | static rps (median min max n) | ratio of medians"
printf '%s\n' "${SUMMARY[@]}"
