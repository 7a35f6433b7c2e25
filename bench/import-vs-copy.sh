#!/usr/bin/env bash
# How to run: bench/import-vs-copy.sh 1000000   (rows; default 20000)
# Times Canting's import of a generated IKM CSV (upload, validation, ALL_OR_NOTHING commit) on
# PostgreSQL against PostgreSQL COPY of the same rows into a plain table with the same columns, then
# the same import into H2 (file database). The app runs packaged with -Xmx512m; its heap is sampled
# with jcmd every 0.5 s. PostgreSQL: its own database canting_bench on localhost:5432 (user postgres).
# Set JAVA_OPTS to add JVM options (e.g. a JFR recording); SKIP_H2=1 to skip the H2 run; JAR=path to
# time an already built jar (no build, e.g. while tests run in this worktree's target/). The load
# average is printed before and after: the machine is shared, and COPY's time moves with it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-20000}
PORT=18080
CSV=/tmp/canting-bench-$ROWS.csv
python3 bench/generate-ikm-csv.py "$ROWS" > "$CSV"
if [ -z "${JAR:-}" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/canting-*.jar | grep -v plain | head -1)
fi
echo "start: $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
APP=
trap '[ -n "$APP" ] && kill $APP 2>/dev/null || true' EXIT

# import URL LABEL: starts the app on the database URL, imports the file, prints the times, stops it.
import() {
  CANTING_DEMO_ENABLED=false CANTING_ADMIN_USERNAME=bench CANTING_ADMIN_PASSWORD=kawung-parang-2024 \
  SPRING_DATASOURCE_URL="$1" SPRING_DATASOURCE_USERNAME=$3 \
    java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT > /tmp/canting-bench-app-$2.log 2>&1 &
  APP=$!
  until curl -sf localhost:$PORT/actuator/health >/dev/null; do sleep 1; done
  TOKEN=$(curl -s -X POST localhost:$PORT/api/v1/auth/token -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"kawung-parang-2024"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
  peak=0
  sample() { local used; used=$(jcmd $APP GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}' | tr -dc '0-9'); [ -n "$used" ] && [ "$used" -gt "$peak" ] && peak=$used; true; }
  wait_for() { while :; do s=$(curl -s -H "Authorization: Bearer $TOKEN" localhost:$PORT/api/v1/imports/$1 | sed 's/.*"status":"\([A-Z]*\)".*/\1/'); sample; [ "$s" = "$2" ] && break; [ "$s" = "FAILED" ] && { echo "job failed"; exit 1; }; sleep 0.5; done; }
  local start validated done_at job
  start=$(date +%s.%N)
  job=$(curl -s -H "Authorization: Bearer $TOKEN" -F "file=@$CSV" localhost:$PORT/api/v1/imports/ikm | sed 's/.*"id":\([0-9]*\).*/\1/')
  wait_for "$job" READY
  validated=$(date +%s.%N)
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"mode":"ALL_OR_NOTHING"}' localhost:$PORT/api/v1/imports/$job/commit
  wait_for "$job" DONE
  done_at=$(date +%s.%N)
  kill $APP; wait $APP 2>/dev/null || true; APP=
  import_s=$(echo "$done_at - $start" | bc)
  echo "$2: rows=$ROWS import_s=$import_s (validation $(echo "$validated - $start" | bc) s, commit $(echo "$done_at - $validated" | bc) s) peak_heap_used_kb=$peak"
}

psql -h 127.0.0.1 -U postgres -qc "drop database if exists canting_bench with (force)" -c "create database canting_bench"
import jdbc:postgresql://127.0.0.1:5432/canting_bench postgres postgres
pg_import_s=$import_s
psql -h 127.0.0.1 -U postgres -d canting_bench -qc "create table copy_ikm (nib varchar(13), name varchar(150), owner_name varchar(120), owner_gender varchar(6), address varchar(300), regency varchar(100), kind varchar(12), techniques varchar(100), categories varchar(100), dyes varchar(100), workers_male int, workers_female int, capacity int, investment varchar(30), year_founded int, phone varchar(20), email varchar(120))"
copy_start=$(date +%s.%N)
psql -h 127.0.0.1 -U postgres -d canting_bench -qc "\\copy copy_ikm from '$CSV' with (format csv, header true, delimiter ';')"
copy_end=$(date +%s.%N)
copy_s=$(echo "$copy_end - $copy_start" | bc)
echo "postgres COPY: rows=$ROWS copy_s=$copy_s ratio=$(echo "scale=1; $pg_import_s / $copy_s" | bc) load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${SKIP_H2:-}" ]; then
  rm -rf /tmp/canting-bench-h2
  import "jdbc:h2:file:/tmp/canting-bench-h2/canting;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" h2 sa
fi
