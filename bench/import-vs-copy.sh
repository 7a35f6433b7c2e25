#!/usr/bin/env bash
# How to run: bench/import-vs-copy.sh 1000000   (rows; default 20000; JAR=path reuses a built jar, SKIP_PACKAGE=1
#   reuses target/canting-*.jar; ROUNDS=2 ABBA rounds; SKIP_H2=1 skips the H2 run; JAVA_OPTS adds JVM options)
# Times Canting's import of a generated IKM CSV (upload, validation, ALL_OR_NOTHING commit) on PostgreSQL
# against PostgreSQL COPY of the same rows into a plain table with the same columns, then (once) the same import
# into H2 (file database). The app runs packaged with -Xmx512m; its heap is sampled with jcmd every 0.5 s.
# PostgreSQL: fresh databases canting_bench_import (one per import) and canting_bench_copy on localhost:5432
# (user postgres). Import (A) and COPY (B) alternate in ABBA order (bench/lib.sh) after one discarded run of
# each (WARMUP=0 skips it); each import starts the app on a fresh database and times the import only. The load
# average is sampled during the run: the machine is shared, and COPY's time moves with it.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
ROWS=${1:-20000}
ROUNDS=${ROUNDS:-2}
PORT=18080
CSV=/tmp/canting-bench-$ROWS.csv
PSQL=(psql -h 127.0.0.1 -U postgres -q)
python3 bench/generate-ikm-csv.py "$ROWS" > "$CSV"
resolve_jar
load_sampler_start

# import_into URL USER LABEL: starts the app on the database URL, imports the file, stops the app; prints the
# phases and, as the last line, the import's seconds (upload to DONE)
import_into() {
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	CANTING_DEMO_ENABLED=false CANTING_ADMIN_USERNAME=bench CANTING_ADMIN_PASSWORD=kawung-parang-2024 \
	SPRING_DATASOURCE_URL="$1" SPRING_DATASOURCE_USERNAME=$2 \
		app_start "/tmp/canting-bench-app-$3.log" -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT
	wait_ready $PORT > /dev/null
	local token peak=0 start validated done_at job
	token=$(curl -s -X POST localhost:$PORT/api/v1/auth/token -H 'Content-Type: application/json' \
		-d '{"username":"bench","password":"kawung-parang-2024"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
	sample() { local used; used=$(jcmd "$APP" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}' | tr -dc '0-9'); [ -n "$used" ] && [ "$used" -gt "$peak" ] && peak=$used; true; }
	wait_for() { local s; while :; do s=$(curl -s -H "Authorization: Bearer $token" localhost:$PORT/api/v1/imports/"$1" | sed 's/.*"status":"\([A-Z]*\)".*/\1/'); sample; [ "$s" = "$2" ] && break; [ "$s" = "FAILED" ] && die "job failed"; sleep 0.5; done; }
	start=$(date +%s.%N)
	job=$(curl -s -H "Authorization: Bearer $token" -F "file=@$CSV" localhost:$PORT/api/v1/imports/ikm | sed 's/.*"id":\([0-9]*\).*/\1/')
	wait_for "$job" READY
	validated=$(date +%s.%N)
	curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"mode":"ALL_OR_NOTHING"}' localhost:$PORT/api/v1/imports/"$job"/commit
	wait_for "$job" DONE
	done_at=$(date +%s.%N)
	app_stop
	echo "$3: rows=$ROWS validation $(echo "$validated - $start" | bc) s, commit $(echo "$done_at - $validated" | bc) s, peak_heap_used_kb=$peak, load $(cut -d' ' -f1 /proc/loadavg)"
	printf '%.3f\n' "$(echo "$done_at - $start" | bc)"
}
import_pg() {
	"${PSQL[@]}" -c "drop database if exists canting_bench_import with (force)" -c "create database canting_bench_import"
	import_into jdbc:postgresql://127.0.0.1:5432/canting_bench_import postgres postgres
}
copy() {
	"${PSQL[@]}" -d canting_bench_copy -c "drop table if exists copy_ikm" -c "create table copy_ikm (nib varchar(13), name varchar(150), owner_name varchar(120), owner_gender varchar(6), address varchar(300), regency varchar(100), kind varchar(12), techniques varchar(100), categories varchar(100), dyes varchar(100), workers_male int, workers_female int, capacity int, investment varchar(30), year_founded int, phone varchar(20), email varchar(120))"
	local t0 t1
	t0=$(date +%s.%N)
	"${PSQL[@]}" -d canting_bench_copy -c "\\copy copy_ikm from '$CSV' with (format csv, header true, delimiter ';')"
	t1=$(date +%s.%N)
	echo "COPY: rows=$ROWS load $(cut -d' ' -f1 /proc/loadavg)"
	printf '%.3f\n' "$(echo "$t1 - $t0" | bc)"
}
"${PSQL[@]}" -c "drop database if exists canting_bench_copy with (force)" -c "create database canting_bench_copy"
if [ "${WARMUP:-1}" != 0 ]; then
	echo "warm-up (discarded): one import, one COPY"
	import_pg | sed 's/^/  [warm-up] /'
	copy | sed 's/^/  [warm-up] /'
fi
echo "== PostgreSQL: import (A, s) and COPY (B, s), ABBA × $ROUNDS"
abba "$ROUNDS" import_pg copy
if [ -z "${SKIP_H2:-}" ]; then
	rm -rf /tmp/canting-bench-h2
	echo "== H2 (one run)"
	import_into "jdbc:h2:file:/tmp/canting-bench-h2/canting;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" sa h2
fi
load_sampler_stop
