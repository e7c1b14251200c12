#!/usr/bin/env bash
# Whole-process start-up figures: wall time and peak RSS (median of N runs) of `--help`, `analyze --all-profiles` on
# istio-1.0.4 and one advancing `shift step` against `shift demo --serve` (a loopback API server), for
#   plain     java -jar quarkus-run.jar on the default JDK, no options, no cache (what a user gets without the launcher)
#   jdkNN     bin/helmshift (C1 + serial GC + the start-up cache bin/helmshift-cache made) on each JDK listed in JDKS
#   beforeNN  the same for an older build, when BEFORE_HOME names its quarkus-app folder (before/after in one run)
# and, in the same run, 12 `helm template` runs over the same profiles, with the ratios the issues set as targets.
# Usage: bash bench/startup.sh [N=5]
#   env: JDKS="java-binary ..." (default: java on PATH and /usr/lib/jvm/temurin-25-jdk-amd64/bin/java when present),
#        CHART (default ../shared/corpus/istio-1.0.4/istio), HELM (default .tools/helm/helm), BEFORE_HOME
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5}
CHART=${CHART:-../shared/corpus/istio-1.0.4/istio}
HELM=${HELM:-.tools/helm/helm}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
[ -d "$CHART" ] || { echo "no chart at $CHART (set CHART)"; exit 2; }
[ -x "$HELM" ] || { echo "no helm at $HELM (bash .ci/install-tools, or set HELM)"; exit 2; }
if [ -z "${JDKS:-}" ]; then
  JDKS=$(readlink -f "$(command -v java)")
  [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && JDKS="$JDKS /usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
fi
feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$(readlink -f "$1")")")/release"; }

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar "$JAR" shift demo --serve "$work/demo" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 120); do [ -f "$work/demo/kubeconfig" ] && break; sleep 0.5; done
[ -f "$work/demo/kubeconfig" ] || { cat "$work/server.log"; exit 1; }
# One weight per percent, so every measured step advances and runs every gate.
sed "s/steps: \[.*\]/steps: [$(seq -s, 1 100 | sed 's/,/, /g')]/" "$work/demo/policy.yaml" > "$work/policy.yaml"
export KUBECONFIG=$work/demo/kubeconfig

for jdk in $JDKS; do
  HELMSHIFT_JAVA=$jdk bin/helmshift-cache >/dev/null
  if [ -n "${BEFORE_HOME:-}" ]; then HELMSHIFT_HOME=$BEFORE_HOME HELMSHIFT_JAVA=$jdk bin/helmshift-cache >/dev/null; fi
done
# The first step places the header route; from the second on, every step moves weight.
if ! bin/helmshift shift step --policy "$work/policy.yaml" >"$work/first-step.log" 2>&1; then
  echo "bench: the first step failed:" >&2; cat "$work/first-step.log" >&2; exit 1
fi

# measure NAME CMD...: appends "wall rss_kb" of one run to $work/NAME; a failed run stops the benchmark.
measure() {
  local name=$1; shift
  if ! /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err"; then
    echo "bench: $name failed:" >&2; cat "$work/err" >&2; exit 1
  fi
  cat "$work/t" >> "$work/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

profiles=("$CHART"/values.yaml "$CHART"/values-*.yaml)
# Each configuration's command line, worked out once so that the timed runs start bin/helmshift itself (paths are
# taken to hold no spaces).
configs=(plain)
declare -A prefix=([plain]="java -jar $JAR")
for jdk in $JDKS; do
  f=$(feature "$jdk")
  if [ -n "${BEFORE_HOME:-}" ]; then
    configs+=("before$f"); prefix[before$f]="env HELMSHIFT_HOME=$BEFORE_HOME HELMSHIFT_JAVA=$jdk bin/helmshift"
  fi
  configs+=("jdk$f"); prefix[jdk$f]="env HELMSHIFT_JAVA=$jdk bin/helmshift"
done

loads=()
for _ in $(seq "$N"); do
  t0=$(date +%s.%N)
  for p in "${profiles[@]}"; do "$HELM" template istio "$CHART" --namespace istio-system -f "$p" >/dev/null 2>&1 || true; done
  echo "$(echo "$(date +%s.%N) - $t0" | bc -l) 0" >> "$work/helm"
  for c in "${configs[@]}"; do
    # shellcheck disable=SC2086 # the prefix is meant to split into words
    measure "$c-help" ${prefix[$c]} --help
    # shellcheck disable=SC2086
    measure "$c-analyze" ${prefix[$c]} analyze "$CHART" --all-profiles -o json
    sleep 1.1
    # shellcheck disable=SC2086
    measure "$c-step" ${prefix[$c]} shift step --policy "$work/policy.yaml"
  done
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
done

wall() { cut -d' ' -f1 "$work/$1" | median; }
rss() { cut -d' ' -f2 "$work/$1" | median | awk '{printf "%.0f", $1/1024}'; }
# The step targets: 0.3 s on Java 25 with its AOT cache, 0.6 s on Java 17 with AppCDS.
target() { case $1 in jdk2[5-9]|jdk[3-9]?) echo 0.3 ;; jdk*) echo 0.6 ;; *) echo - ;; esac; }
helm=$(wall helm)
printf 'runs: %d   chart: %s   helm template x%d: median %.3f s   load average after each round: %s\n\n' \
  "$N" "$CHART" "${#profiles[@]}" "$helm" "${loads[*]}"
printf '%-9s %16s %22s %22s %14s %14s\n' config "--help" "analyze --all-profiles" "shift step" "analyze/helm" "step target"
for c in "${configs[@]}"; do
  a=$(wall "$c-analyze"); s=$(wall "$c-step"); t=$(target "$c")
  verdict=-
  [ "$t" != - ] && verdict="<= $t s: $(echo "$s <= $t" | bc -l | sed 's/1/yes/;s/0/no/')"
  printf '%-9s %8.3f s %4s MB %13.3f s %4s MB %13.3f s %4s MB %14.2f %14s\n' "$c" "$(wall "$c-help")" "$(rss "$c-help")" \
    "$a" "$(rss "$c-analyze")" "$s" "$(rss "$c-step")" "$(echo "$a / $helm" | bc -l)" "$verdict"
done
