#!/usr/bin/env bash
# How to run: ./mvnw -o -q package -DskipTests && bench/first-start.sh target/canting-0.1.0-SNAPSHOT.jar [OTHER.jar]
#
# The first start of the packaged app on an empty database, as `./mvnw spring-boot:run` makes it in a
# fresh clone, less the Maven build: wall time and the process's CPU time until "Started
# CantingApplication", and the demo loaders' log lines. Each jar gets a fresh H2 file database in a
# directory of its own (or, with DB=postgres, a fresh PostgreSQL database canting_first_start_N on
# 127.0.0.1:5432, user postgres). Two jars start at the same moment, so that a before/after pair shares
# whatever else the machine is doing; the CPU time is the figure least moved by that.
set -euo pipefail
[ $# -ge 1 ] || { sed -n 2p "$0"; exit 2; }
DB=${DB:-h2}
work=$(mktemp -d /tmp/canting-first-start.XXXX)

start() { # n jar port
	local n=$1 jar=$2 port=$3 dir=$work/$1 url
	mkdir -p "$dir"
	cp "$jar" "$dir/app.jar"
	if [ "$DB" = postgres ]; then
		psql -h 127.0.0.1 -U postgres -q -c "drop database if exists canting_first_start_$n" -c "create database canting_first_start_$n"
		url="--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/canting_first_start_$n --spring.datasource.username=postgres"
	else
		url=""
	fi
	(
		cd "$dir"
		t0=$(date +%s.%N)
		# shellcheck disable=SC2086
		java -jar app.jar --server.port="$port" $url > run.log 2>&1 &
		pid=$!
		until grep -q "Started CantingApplication" run.log 2>/dev/null; do
			sleep 0.5
			kill -0 $pid 2>/dev/null || { echo "$jar did not start, see $dir/run.log"; exit 1; }
		done
		t1=$(date +%s.%N)
		read -r utime stime < <(awk '{print $14, $15}' /proc/$pid/stat)
		kill $pid
		printf '%s: wall %.1f s, cpu %.1f s, load %s\n' "$jar" "$(echo "$t1 - $t0" | bc)" \
			"$(echo "($utime + $stime) / $(getconf CLK_TCK)" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)" > result.txt
		grep -E "Demo|Started CantingApplication" run.log | sed 's/^.* : //' >> result.txt
	) &
}

port=8190
n=0
for jar in "$@"; do
	start $n "$jar" $port
	n=$((n + 1))
	port=$((port + 1))
done
wait
cat "$work"/*/result.txt
