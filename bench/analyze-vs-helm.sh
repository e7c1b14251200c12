#!/usr/bin/env bash
# Whole-process timing: one `helmshift analyze --all-profiles` on istio-1.0.4 against the 12 `helm template` runs
# that give helm's view of the same profiles. Prints the median of N runs of each and the ratio.
# Usage: bash bench/analyze-vs-helm.sh [N=5]   (env: HELM=path to helm, CHART=chart folder, HELMSHIFT=launcher)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5}
CHART=${CHART:-../shared/corpus/istio-1.0.4/istio}
HELM=${HELM:-.tools/helm/helm}
[ -x "$HELM" ] || HELM=/tmp/helm-oracle/layer/helm/helm
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q -o package -DskipTests
HELMSHIFT=${HELMSHIFT:-java -jar $JAR}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }

profiles=("$CHART"/values.yaml "$CHART"/values-*.yaml)
helm_times=(); ours_times=()
for _ in $(seq "$N"); do
  t0=$(now)
  for p in "${profiles[@]}"; do
    "$HELM" template istio "$CHART" --namespace istio-system -f "$p" >/dev/null 2>&1 || true
  done
  t1=$(now)
  $HELMSHIFT analyze "$CHART" --all-profiles -o json >/dev/null 2>&1 || true
  t2=$(now)
  helm_times+=("$(echo "$t1 - $t0" | bc -l)"); ours_times+=("$(echo "$t2 - $t1" | bc -l)")
done
h=$(printf '%s\n' "${helm_times[@]}" | median); o=$(printf '%s\n' "${ours_times[@]}" | median)
printf 'profiles: %d, runs: %d\n' "${#profiles[@]}" "$N"
printf 'helm template x%d: median %.3f s\n' "${#profiles[@]}" "$h"
printf 'helmshift analyze --all-profiles: median %.3f s\n' "$o"
printf 'ratio helmshift/helm: %.2f\n' "$(echo "$o / $h" | bc -l)"
