#!/usr/bin/env bash
# One `shift step` over N policies (default 1000) through bin/helmshift, against fabric8's CRUD API server holding N
# copies of the flaskapp VirtualService (dev.helmshift.bench.LocalApiServer, in the test classes). Prints wall time,
# peak RSS and how many policies took each action.
# Usage: bash bench/step-many.sh [N=1000]   (env: HELMSHIFT_JAVA etc. as for bin/helmshift)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -f target/test-classes/dev/helmshift/bench/LocalApiServer.class ]; then
  ./mvnw -B -q package -DskipTests
fi
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
classpath="target/test-classes:target/classes:$(ls target/quarkus-app/lib/main/*.jar | tr '\n' ':')"
java -cp "$classpath" dev.helmshift.bench.LocalApiServer "$work" "$N" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 600); do grep -q '^ready' "$work/server.log" && break; sleep 0.5; done
grep -q '^ready' "$work/server.log" || { tail -20 "$work/server.log"; exit 1; }
KUBECONFIG=$work/kubeconfig /usr/bin/time -f '%e %M' -o "$work/time" \
  bin/helmshift shift step --policy "$work/policies" -o json >"$work/out.json" 2>"$work/err" || { cat "$work/err"; exit 1; }
read -r wall rss < "$work/time"
printf 'shift step over %d policies: %.2f s wall, %d MB peak RSS\n' "$N" "$wall" $((rss / 1024))
grep -o '"action" : "[A-Z]*"' "$work/out.json" | sort | uniq -c
