#!/usr/bin/env bash
# One `shift step` over N policies (default 1000) through bin/helmshift, against an API server holding N copies of the
# flaskapp VirtualService (dev.helmshift.bench.LocalApiServer, in the test classes): SERVER=indexed (default), an
# in-memory server indexed like kube-apiserver, or SERVER=fabric8, fabric8's CRUD server, which scans every object under
# one lock per request. Prints wall time, peak RSS, the step's CPU time, the API server's CPU time during the step,
# and how many policies took each action.
# Usage: bash bench/step-many.sh [N=1000]   (env: SERVER, PARALLEL for --parallel; HELMSHIFT_JAVA etc. as for bin/helmshift)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
SERVER=${SERVER:-indexed}
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -f target/test-classes/dev/helmshift/bench/LocalApiServer.class ]; then
  ./mvnw -B -q package -DskipTests
fi
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
classpath="target/test-classes:target/classes:$(ls target/quarkus-app/lib/main/*.jar target/quarkus-app/lib/boot/*.jar | tr '\n' ':')"
java -cp "$classpath" dev.helmshift.bench.LocalApiServer "$work" "$N" "$SERVER" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 600); do grep -q '^ready' "$work/server.log" && break; kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
grep -q '^ready' "$work/server.log" || { tail -20 "$work/server.log"; exit 1; }
# CPU seconds the API server process has used so far (utime + stime of /proc/PID/stat).
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$server/stat"; }
before=$(server_cpu)
KUBECONFIG=$work/kubeconfig /usr/bin/time -f '%e %M %U %S' -o "$work/time" \
  bin/helmshift shift step --policy "$work/policies" -o json ${PARALLEL:+--parallel "$PARALLEL"} >"$work/out.json" 2>"$work/err" \
  || { cat "$work/err"; exit 1; }
after=$(server_cpu)
read -r wall rss user sys < "$work/time"
printf 'shift step over %d policies (%s API server): %.2f s wall, %d MB peak RSS, %.2f s CPU; the API server used %.2f s CPU meanwhile (load %s)\n' \
  "$N" "$SERVER" "$wall" $((rss / 1024)) "$(echo "$user + $sys" | bc -l)" "$(echo "$after - $before" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
grep -o '"action" : "[A-Z]*"' "$work/out.json" | sort | uniq -c
