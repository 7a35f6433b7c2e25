#!/usr/bin/env bash
# How to run: bench/verify-vs-static.sh [SECONDS]   (default 20; SKIP_PACKAGE=1 reuses target/canting-*.jar)
# wrk on loopback against the packaged app on PostgreSQL (database canting_bench_verify on localhost:5432,
# user postgres, trust; recreated): /api/v1/verify/{number} with random valid numbers (bench/verify-random.lua)
# next to the same server's static file /css/canting.css, at the same connection counts. COUNT bench
# certificates (default 530, as many as Batikmark issued by November 2024) are inserted with SQL after start.
# The verification rate limit is raised so that it does not interfere. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-20}
export COUNT=${COUNT:-530}
PORT=18083
DB=canting_bench_verify
BUILD_DIR=${BUILD_DIR:-target}   # e.g. BUILD_DIR=/tmp/me/target, as -Dcanting.build.dir
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -q -B -o -DskipTests -Dcanting.build.dir="$BUILD_DIR" package
JAR=$(ls "$BUILD_DIR"/canting-*.jar | grep -v plain | head -1)
psql -q -h localhost -U postgres -c "drop database if exists $DB" -c "create database $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx512m -jar "$JAR" --server.port=$PORT --canting.verify.rate-limit.requests=1000000000 \
  > /tmp/canting-bench-verify-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf localhost:$PORT/api/v1/statistics/summary | grep -q '"ikm":5946'; do sleep 1; done
psql -q -h localhost -U postgres -d $DB <<SQL
insert into certificate (number, verification_code, ikm_id, ikm_name, regency_code, province_code, brand, technique,
  issued_on, valid_until, status, created_by, created_at, updated_at, version)
select 'BMI-2099-' || lpad(n::text, 5, '0'), 'BENCH' || lpad(n::text, 15, '0'), i.id, i.name, i.regency_code,
  i.province_code, 'Merek ' || n, (array['TULIS','CAP','KOMBINASI'])[1 + n % 3], date '2099-01-02', date '2102-01-02',
  'ACTIVE', 'bench', now(), now(), 0
from generate_series(1, $COUNT) n join (select id, name, regency_code, province_code, row_number() over (order by id) r from ikm) i on i.r = n;
SQL
curl -sf localhost:$PORT/api/v1/verify/BMI-2099-00001 > /dev/null
# warm-up (JIT, connection pool) for both, then the measured runs
wrk -t2 -c16 -d10s -s bench/verify-random.lua http://localhost:$PORT > /dev/null
wrk -t2 -c16 -d10s http://localhost:$PORT/css/canting.css > /dev/null
for c in 8 64; do
  echo "== $c connections, ${SECONDS_RUN}s: verify API (random numbers)"
  wrk -t2 -c$c -d${SECONDS_RUN}s --latency -s bench/verify-random.lua http://localhost:$PORT | grep -E 'Latency|50%|99%|Requests/sec|Non-2xx|Socket'
  echo "== $c connections, ${SECONDS_RUN}s: static file /css/canting.css"
  wrk -t2 -c$c -d${SECONDS_RUN}s --latency http://localhost:$PORT/css/canting.css | grep -E 'Latency|50%|99%|Requests/sec|Non-2xx|Socket'
done
