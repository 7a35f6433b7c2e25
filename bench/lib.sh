# shellcheck shell=bash disable=SC2034
# (SC2034: the results are globals the sourcing script reads, e.g. ABBA_RATIO, LOAD_SUMMARY, HEY_P99.)
# bench/lib.sh — sourced by every script in bench/ (not run on its own).
#
# The method (issue 19): the machine is shared, its load moves by a factor of several within minutes, and a
# JVM speeds up for minutes after start. So a script warms up both sides first, then alternates candidate (A)
# and reference (B) in ABBA order for at least two rounds, and reports the median and the spread of each side
# and the ratio of the medians; one A-then-B run once showed 55 % where alternated runs showed 114 %.
# Latency targets are measured at a fixed arrival rate (hey_fixed_rate), not at a fixed connection count.
# The load average is sampled during the run and printed with the results, so a reader can judge them.

# --- small helpers --------------------------------------------------------------------------------------

# numbers with a decimal point whatever the locale (awk, sort -g and printf read and write them)
export LC_NUMERIC=C

die() { echo "bench: $*" >&2; exit 1; }

# on_exit CMD: run CMD when the script exits, after earlier ones; one trap for everything a script starts.
# A command registered inside a subshell (abba runs each call in one) runs when that subshell exits, and only
# there: the subshell inherits the list but must not run its parent's commands (e.g. remove its work folder).
BENCH_EXIT=()
on_exit() { BENCH_EXIT+=("$BASHPID:$1"); trap bench_run_exit EXIT; }
bench_run_exit() {
	local c
	for c in "${BENCH_EXIT[@]}"; do
		if [ "${c%%:*}" = "$BASHPID" ]; then eval "${c#*:}" || true; fi
	done
}

# --- statistics over numbers, one per line on stdin ------------------------------------------------------

stats_median() {
	sort -g | awk '{a[NR] = $1} END {if (NR == 0) {print "nan"; exit}
		print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
# stats_pct P: the P-th percentile, nearest rank (the smallest value with at least P % at or below it)
stats_pct() {
	sort -g | awk -v p="$1" '{a[NR] = $1} END {if (NR == 0) {print "nan"; exit}
		r = p * NR / 100; i = (r == int(r)) ? r : int(r) + 1; if (i < 1) i = 1; print a[i]}'
}
stats_p99() { stats_pct 99; }
# stats_mmm: "median min max n" on one line
stats_mmm() {
	sort -g | awk '{a[NR] = $1} END {if (NR == 0) {print "nan nan nan 0"; exit}
		m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print m, a[1], a[NR], NR}'
}
# ratio X Y: X / Y with two decimals, three significant digits below 0.1 ("nan" when Y is 0 or not a number)
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {if (y + 0 == 0) {print "nan"; exit} r = x / y
	if (r < 0.1 && r > -0.1) printf "%.3g\n", r; else printf "%.2f\n", r}'; }

# --- the jar and the app ---------------------------------------------------------------------------------

# resolve_jar: sets JAR. JAR=path reuses a built jar (e.g. while tests run in target/, or an older commit's
# jar for a before/after pair); SKIP_PACKAGE=1 (the older name) reuses $BUILD_DIR/canting-*.jar; otherwise
# it packages this worktree (BUILD_DIR=/tmp/x/target builds elsewhere, as -Dcanting.build.dir).
resolve_jar() {
	local dir=${BUILD_DIR:-target}
	if [ -n "${JAR:-}" ]; then
		[ -f "$JAR" ] || die "JAR=$JAR: no such file"
	else
		if [ "${SKIP_PACKAGE:-0}" != 1 ]; then
			./mvnw -q -B -o -DskipTests -Dcanting.build.dir="$dir" package
		fi
		JAR=$(find "$dir" -maxdepth 1 -name 'canting-*.jar' ! -name '*plain*' | head -1)
		[ -n "$JAR" ] || die "no canting-*.jar in $dir"
	fi
	echo "jar: $JAR ($(date -u -r "$JAR" +%FT%TZ))"
}

# app_start LOG JAVA_ARGS...: starts java in the background (environment from the caller), sets APP to its pid
# and stops it when the script exits.
app_start() {
	local log=$1; shift
	java "$@" > "$log" 2>&1 &
	APP=$!
	on_exit "kill $APP 2>/dev/null"
}
# app_on_fresh_postgres DB PORT LOG [APP_ARGS...]: recreates the PostgreSQL database DB (localhost:5432, user
# postgres, trust), starts the jar ($JAR) on it with -Xmx512m on PORT, and waits until it is ready (the demo data
# loaded on the first start of the empty database).
app_on_fresh_postgres() {
	local db=$1 port=$2 log=$3; shift 3
	psql -q -h localhost -U postgres -c "drop database if exists $db with (force)" -c "create database $db"
	SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
		app_start "$log" -Xmx512m -jar "$JAR" --server.port="$port" "$@"
	wait_ready "$port"
}
# app_stop: stops the app started last and waits for it, so the next one finds its port free
app_stop() {
	if [ -n "${APP:-}" ]; then
		kill "$APP" 2>/dev/null || true
		wait "$APP" 2>/dev/null || true   # 143: it ended on our SIGTERM
		APP=
	fi
}

# wait_ready PORT [TIMEOUT_S]: until Spring's readiness probe says UP (the demo data load before the port
# opens, so UP means loaded); fails early when the app ($APP) died, and after TIMEOUT_S (default 900).
wait_ready() {
	local port=$1 limit=${2:-900} t0=$SECONDS
	until curl -s "localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
		if [ -n "${APP:-}" ] && ! kill -0 "$APP" 2>/dev/null; then die "the app on port $port died before it was ready"; fi
		[ $((SECONDS - t0)) -lt "$limit" ] || die "port $port not ready after $limit s"
		sleep 1
	done
	echo "ready on port $port after $((SECONDS - t0)) s"
}

# --- load average ----------------------------------------------------------------------------------------

# load_sampler_start: samples the 1-minute load average every LOAD_EVERY seconds (default 5) in the
# background; load_sampler_stop prints start, end and min/median/max, and sets LOAD_SUMMARY for tables.
load_sampler_start() {
	LOAD_FILE=$(mktemp /tmp/canting-bench-load.XXXX)
	LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
	echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(date -u +%FT%TZ))"
	(while :; do cut -d' ' -f1 /proc/loadavg >> "$LOAD_FILE"; sleep "${LOAD_EVERY:-5}"; done) &
	LOAD_PID=$!
	on_exit "kill $LOAD_PID 2>/dev/null; rm -f $LOAD_FILE"
}
load_sampler_stop() {
	local mmm
	kill "$LOAD_PID" 2>/dev/null || true
	read -r -a mmm < <(stats_mmm < "$LOAD_FILE")
	LOAD_SUMMARY="load ${LOAD_START} → $(cut -d' ' -f1 /proc/loadavg), during ${mmm[1]}–${mmm[2]} (median ${mmm[0]})"
	echo "load average (1 min): start $LOAD_START, end $(cut -d' ' -f1 /proc/loadavg); during the run min ${mmm[1]}," \
		"median ${mmm[0]}, max ${mmm[2]} over ${mmm[3]} samples every ${LOAD_EVERY:-5} s ($(date -u +%FT%TZ))"
}

# --- ABBA ------------------------------------------------------------------------------------------------

# abba ROUNDS fnA fnB: calls fnA and fnB in the order A B B A, ROUNDS times (A B B A A B B A for 2), so that
# a drift of the machine's load or of the JIT hits both sides alike. Each call prints its output; the last
# line must be one number (the figure compared, e.g. requests per second or milliseconds). Prints each side's
# median, min and max and the ratio of the medians A / B; sets ABBA_A and ABBA_B ("median min max n") and
# ABBA_RATIO. Warm up both sides before calling it: the first calls would otherwise count the warm-up.
abba() {
	local rounds=$1 fa=$2 fb=$3 r side fn out v i=0
	local -a as=() bs=()
	[ "$rounds" -ge 1 ] || die "abba: ROUNDS must be at least 1"
	for ((r = 1; r <= rounds; r++)); do
		for side in A B B A; do
			i=$((i + 1))
			if [ "$side" = A ]; then fn=$fa; else fn=$fb; fi
			out=$("$fn") || die "abba: $fn failed"
			v=$(printf '%s\n' "$out" | tail -1)
			[[ $v =~ ^-?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][-+]?[0-9]+)?$ ]] || die "abba: $fn's last line is not a number: '$v'"
			printf '%s\n' "$out" | sed "s/^/  [$i $side $fn] /"
			if [ "$side" = A ]; then as+=("$v"); else bs+=("$v"); fi
		done
	done
	ABBA_A=$(printf '%s\n' "${as[@]}" | stats_mmm)
	ABBA_B=$(printf '%s\n' "${bs[@]}" | stats_mmm)
	ABBA_RATIO=$(ratio "${ABBA_A%% *}" "${ABBA_B%% *}")
	local -a sa sb
	read -r -a sa <<< "$ABBA_A"
	read -r -a sb <<< "$ABBA_B"
	printf '  A %-24s median %s (min %s, max %s, n %s): %s\n' "$fa" "${sa[@]}" "${as[*]}"
	printf '  B %-24s median %s (min %s, max %s, n %s): %s\n' "$fb" "${sb[@]}" "${bs[*]}"
	printf '  ratio of the medians A / B: %s\n' "$ABBA_RATIO"
}

# --- fixed arrival rate ----------------------------------------------------------------------------------

# hey_fixed_rate URL RATE SECONDS: RATE requests per second for SECONDS (an open model, approximately: hey's
# workers are closed loops, HEY_WORKERS of them (default 10), each paced at RATE / HEY_WORKERS requests per
# second; a response slower than that interval delays its worker's next request, which shows as a shortfall of
# the achieved rate). hey starts all workers at once on tickers of the same period, so the workers' requests
# arrive together: 100 workers at 5 req/s sent bursts of 100 requests every 200 ms, and measured the burst (the
# static file's p50 41 ms) instead of 500 evenly spread requests per second (p50 3.6 ms with 10 workers at 50).
# Latencies come from hey's CSV, not its summary. Prints achieved rate, p50, p99, non-2xx; flags an achieved
# rate below 95 % of RATE (then the latencies are those of a lower load).
# Sets HEY_RPS HEY_P50 HEY_P99 HEY_NON2XX HEY_SHORT (1 when below 95 %).
hey_fixed_rate() {
	local url=$1 rate=$2 secs=$3 workers=${HEY_WORKERS:-10} csv n
	csv=$(mktemp /tmp/canting-bench-hey.XXXX)
	hey -z "${secs}s" -c "$workers" -q "$(awk -v r="$rate" -v w="$workers" 'BEGIN {print r / w}')" -o csv "$url" > "$csv"
	n=$(($(wc -l < "$csv") - 1))
	HEY_RPS=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.1f", n / s}')
	HEY_P50=$(tail -n +2 "$csv" | cut -d, -f1 | awk '{printf "%.2f\n", $1 * 1000}' | stats_pct 50)
	HEY_P99=$(tail -n +2 "$csv" | cut -d, -f1 | awk '{printf "%.2f\n", $1 * 1000}' | stats_pct 99)
	HEY_NON2XX=$(tail -n +2 "$csv" | cut -d, -f7 | grep -cv '^2' || true)
	HEY_SHORT=$(awk -v a="$HEY_RPS" -v r="$rate" 'BEGIN {print (a < 0.95 * r) ? 1 : 0}')
	rm -f "$csv"
	printf 'hey %s: target %s req/s for %s s (%s workers × %s req/s): achieved %s req/s (%s requests)%s,' \
		"$url" "$rate" "$secs" "$workers" "$(awk -v r="$rate" -v w="$workers" 'BEGIN {print r / w}')" "$HEY_RPS" "$n" \
		"$([ "$HEY_SHORT" = 1 ] && echo ' BELOW 95 % OF THE TARGET')"
	printf ' p50 %s ms, p99 %s ms, non-2xx %s\n' "$HEY_P50" "$HEY_P99" "$HEY_NON2XX"
}

# --- Java benchmark classes on the test class path -------------------------------------------------------

# test_classpath: sets CP to the test classes, the main classes and the test dependencies; compiles the tests
# first unless SKIP_COMPILE=1. The classes run both sides in one JVM, candidate then reference; a script runs
# the invocation INVOCATIONS times (at least 4) and summarises each side across them (repeat_java).
test_classpath() {
	local f
	[ "${SKIP_COMPILE:-0}" = 1 ] || ./mvnw -q -B -o test-compile
	f=$(mktemp)
	./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$f" -Dmdep.includeScope=test > /dev/null
	CP="target/test-classes:target/classes:$(cat "$f")"
	rm -f "$f"
}
# repeat_java DIR JAVA_ARGS...: runs java INVOCATIONS times (default 4), output of run i in DIR/i.out, shown
# prefixed; fails after all runs when any run failed (the classes exit non-zero when a rule is broken)
repeat_java() {
	local dir=$1 i failed=0; shift
	for ((i = 1; i <= ${INVOCATIONS:-4}; i++)); do
		java "$@" > "$dir/$i.out" 2>&1 || failed=1
		sed "s/^/  [run $i] /" "$dir/$i.out"
	done
	return $failed
}
