#!/usr/bin/env bash
# The JFR split of one advancing `shift step` against `shift demo --serve`, as bin/helmshift runs it on one JDK with a
# start-up cache: N steps each recorded by JFR (1 ms execution samples), summed up per thread and, for the main thread,
# per phase of the command by dev.helmshift.bench.JfrSplit (test classes), next to the processes' own CPU time.
# JFR changes what the JVM loads at start, so the cache used with JFR is trained with JFR on (its own file, in the work
# folder). Then, where perf can sample, the CPU time of each thread of N more steps through bin/helmshift with its own
# cache (made by bin/helmshift-cache first), JIT compiler and JVM threads included.
# Usage: bash bench/step-profile.sh [N=5]   (env: HELMSHIFT_JAVA, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java or java)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5}
if [ -z "${HELMSHIFT_JAVA:-}" ]; then
  HELMSHIFT_JAVA=$(command -v java)
  [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && HELMSHIFT_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
fi
export HELMSHIFT_JAVA
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -f target/test-classes/dev/helmshift/bench/JfrSplit.class ]; then
  ./mvnw -B -q package -DskipTests
fi
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$(readlink -f "$HELMSHIFT_JAVA")")")/release")
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar target/quarkus-app/quarkus-run.jar shift demo --serve "$work/demo" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 120); do [ -f "$work/demo/kubeconfig" ] && break; sleep 0.5; done
[ -f "$work/demo/kubeconfig" ] || { cat "$work/server.log"; exit 1; }
sed "s/steps: \[.*\]/steps: [$(seq -s, 1 100 | sed 's/,/, /g')]/" "$work/demo/policy.yaml" > "$work/policy.yaml"
export KUBECONFIG=$work/demo/kubeconfig
bin/helmshift-cache >/dev/null

cat > "$work/samples.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
</configuration>
JFC
jfr() { echo "-XX:StartFlightRecording=settings=$work/samples.jfc,filename=$work/$1.jfr -Xlog:jfr+startup=off"; }
if [ "$feature" -ge 25 ]; then
  record="-XX:AOTCacheOutput=$work/jfr.aot -Xlog:aot=error -Xlog:cds=error"; use="-XX:AOTCache=$work/jfr.aot -Xlog:aot=off -Xlog:cds=off"
else
  record="-XX:ArchiveClassesAtExit=$work/jfr.jsa -Xlog:cds=error"; use="-XX:SharedArchiveFile=$work/jfr.jsa -Xlog:cds=off"
fi
# Training as bin/helmshift-cache trains its own cache, with JFR on: the first step places the header route, the
# recorded one moves weight and queries every gate.
HELMSHIFT_CACHE=off bin/helmshift shift step --policy "$work/policy.yaml" >/dev/null 2>&1
sleep 1.1
HELMSHIFT_CACHE=off HELMSHIFT_JAVA_OPTS="$record $(jfr training)" bin/helmshift shift step --policy "$work/policy.yaml" >/dev/null 2>&1
for i in $(seq "$N"); do
  sleep 1.1
  HELMSHIFT_CACHE=off HELMSHIFT_JAVA_OPTS="$use $(jfr "step-$i")" /usr/bin/time -f '%e %U %S' -a -o "$work/times" \
    bin/helmshift shift step --policy "$work/policy.yaml" >"$work/out" 2>"$work/err" || { cat "$work/err"; exit 1; }
  grep -q ADVANCE "$work/out" || { echo "step $i did not advance:"; cat "$work/out"; exit 1; }
done
classpath="target/test-classes:target/classes"
printf 'Java %s, %d advancing steps with JFR; load average %s\n' "$feature" "$N" "$(cut -d' ' -f1-3 /proc/loadavg)"
awk '{w+=$1; c+=$2+$3} END {printf "per process: %.3f s wall (JFR adds its own start), %.3f s CPU\n", w/NR, c/NR}' "$work/times"
"$HELMSHIFT_JAVA" -cp "$classpath" dev.helmshift.bench.JfrSplit "$work"/step-*.jfr

# CPU per thread, JVM threads included (JFR samples only Java code), when perf can sample this process.
if command -v perf >/dev/null && perf record -q -o "$work/probe.perf" true >/dev/null 2>&1; then
  for i in $(seq "$N"); do
    sleep 1.1
    perf record -q -F 4999 -o "$work/step-$i.perf" env HELMSHIFT_JAVA_OPTS="${HELMSHIFT_JAVA_OPTS:-}" bin/helmshift shift step \
      --policy "$work/policy.yaml" >/dev/null 2>&1
    perf report -i "$work/step-$i.perf" --sort comm --stdio -g none -F period,comm 2>/dev/null | grep -v '^#' | grep -v '^$'
  done | awk -v n="$N" '
    { ms = $1 / 1e6; $1 = ""; comm = substr($0, 2)
      if (comm == "java") comm = "main"
      else if (comm ~ /^C[12] CompilerThre/) comm = "JIT compiler"
      else if (comm ~ /^HttpClient/) comm = "HttpClient threads"
      else if (comm ~ /^(helmshift|dirname|sed|readlink|head|env|perf-exec)$/) comm = "launcher script"
      else if (comm ~ /^helmshift-warm/) comm = "warm-up thread (logging, schema)"
      else comm = "other JVM threads"
      t[comm] += ms; total += ms }
    END { printf "CPU per thread (perf, bin/helmshift with its own cache), per process:\n"
          for (c in t) printf "  %-40s %6.1f ms\n", c, t[c] / n
          printf "  %-40s %6.1f ms\n", "total", total / n }'
fi
