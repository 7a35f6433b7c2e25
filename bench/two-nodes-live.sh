#!/usr/bin/env bash
# How to run: bench/two-nodes-live.sh   (JAR=path reuses a built jar; SKIP_PACKAGE=1 reuses target/canting-*.jar)
# Two app nodes on one PostgreSQL database (canting_bench_two_nodes, recreated), as behind a load
# balancer: an anonymous visitor reads the public dashboard on node B (so B holds a rendered copy),
# an admin deactivates an IKM through node A's API, and the very next anonymous request to node B must
# show one IKM fewer (and a 200 to a stale If-None-Match); then the IKM is activated again and B shows
# the first figure. Exits non-zero when a node shows a stale figure. Not a benchmark: a check of the
# public page copies across nodes (issue 19), kept with the scripts that start the packaged app.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
DB=canting_bench_two_nodes
A=18096
B=18097
resolve_jar
app_on_fresh_postgres $DB $A /tmp/canting-two-nodes-a.log
# the second node starts on the loaded database, as a node added later does
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
	app_start /tmp/canting-two-nodes-b.log -Xmx512m -jar "$JAR" --server.port=$B
wait_ready $B
ikm_on() { curl -sf "localhost:$1/" | grep -A2 'id="figure-ikm"' | grep -o 'class="value"[^<]*' | sed 's/[^0-9]//g'; }
etag_on() { curl -sf -o /dev/null -D - "localhost:$1/" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p'; }
TOKEN=$(curl -sf -X POST "localhost:$A/api/v1/auth/token" -H 'Content-Type: application/json' \
	-d '{"username":"admin","password":"canting-demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
ID=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "select max(id) from ikm where status = 'ACTIVE'")
before=$(ikm_on $B); ikm_on $B > /dev/null; etag=$(etag_on $B)
echo "node B before: $before IKM (ETag $etag)"
curl -sf -o /dev/null -X POST "localhost:$A/api/v1/ikm/$ID/deactivate" -H "Authorization: Bearer $TOKEN"
after=$(ikm_on $B)
stale=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "localhost:$B/")
echo "IKM $ID deactivated on node A; node B's next request: $after IKM, If-None-Match of before: HTTP $stale"
curl -sf -o /dev/null -X POST "localhost:$A/api/v1/ikm/$ID/activate" -H "Authorization: Bearer $TOKEN"
again=$(ikm_on $B)
echo "activated again on node A; node B: $again IKM"
if [ "$after" -eq $((before - 1)) ] && [ "$stale" = 200 ] && [ "$again" -eq "$before" ]; then
	echo "LIVE on both nodes"
else
	echo "STALE"
	exit 1
fi
