#!/usr/bin/env bash
# How to run: bench/first-start.sh [A.jar [B.jar]]   (A: the candidate, default JAR=path, else SKIP_PACKAGE=1's
#   target/canting-*.jar, else this worktree packaged; B: the reference, default A itself, which measures the noise;
#   ROUNDS=2 ABBA rounds; DB=postgres for PostgreSQL)
#
# The first start of the packaged app on an empty database, as `./mvnw spring-boot:run` makes it in a fresh clone,
# less the Maven build: wall time and the process's CPU time until the readiness probe says UP (the demo data
# load before the port opens), and the demo loaders' log lines. Every start gets a fresh H2 file database in a
# directory of its own (or, with DB=postgres, a fresh PostgreSQL database canting_bench_first_start on
# 127.0.0.1:5432, user postgres). The jars start one at a time, A and B in ABBA order (bench/lib.sh), so that a
# drift of the machine's load hits both alike; the wall time is compared (last line of each call) and the CPU
# time, the figure least moved by the load, is summarised too. One discarded start first (WARMUP=0 skips it)
# brings the jars into the page cache.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
ROUNDS=${ROUNDS:-2}
DB=${DB:-h2}
PORT=18085
if [ $# -ge 1 ]; then JAR=$1; fi
resolve_jar
A=$JAR
B=${2:-$A}
[ -f "$B" ] || die "$B: no such file"
WORK=$(mktemp -d /tmp/canting-first-start.XXXX)
on_exit "rm -rf $WORK"
echo "A (candidate): $A"
echo "B (reference): $B"

# start JAR SIDE: one first start; the loaders' lines, then the wall seconds as the last line; the CPU seconds
# go to $WORK/cpu-SIDE
start() {
	local jar=$1 dir t0 t1 utime stime cpu url=()
	dir=$(mktemp -d "$WORK/run.XXXX")
	if [ "$DB" = postgres ]; then
		psql -h 127.0.0.1 -U postgres -q -c "drop database if exists canting_bench_first_start with (force)" \
			-c "create database canting_bench_first_start"
		url=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/canting_bench_first_start --spring.datasource.username=postgres)
	else
		url=("--spring.datasource.url=jdbc:h2:file:$dir/canting;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
	fi
	t0=$(date +%s.%N)
	app_start "$dir/run.log" -jar "$jar" --server.port=$PORT "${url[@]}"
	until curl -s "localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
		kill -0 "$APP" 2>/dev/null || die "$jar did not start, see $dir/run.log"
		sleep 0.5
	done
	t1=$(date +%s.%N)
	read -r utime stime < <(awk '{print $14, $15}' "/proc/$APP/stat")
	app_stop
	cpu=$(echo "($utime + $stime) / $(getconf CLK_TCK)" | bc -l)
	printf '%.1f\n' "$cpu" >> "$WORK/cpu-$2"
	grep -E "Demo|Started CantingApplication" "$dir/run.log" | sed 's/^.* : //'
	printf 'cpu %.1f s, load %s\n' "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
	printf '%.3f\n' "$(echo "$t1 - $t0" | bc)"
}
a() { start "$A" A; }
b() { start "$B" B; }
load_sampler_start
if [ "${WARMUP:-1}" != 0 ]; then
	echo "warm-up start (discarded)"
	start "$A" warm-up | tail -2 | sed 's/^/  [warm-up] /'
fi
echo "== first start until ready, wall seconds: A and B, ABBA × $ROUNDS"
abba "$ROUNDS" a b
echo "  CPU seconds: A median min max n = $(stats_mmm < "$WORK/cpu-A"), B = $(stats_mmm < "$WORK/cpu-B")," \
	"ratio of the medians $(ratio "$(stats_median < "$WORK/cpu-A")" "$(stats_median < "$WORK/cpu-B")")"
load_sampler_stop
