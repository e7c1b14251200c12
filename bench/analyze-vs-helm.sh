#!/usr/bin/env bash
# `analyze CHART --all-profiles` against the `helm template` runs it replaces, one per profile: `-f values-NAME.yaml`
# for a values-file profile, `--set profile=NAME` for a chart profile (files/profile-NAME.yaml), no flag for the
# default. The profile list is the one helmshift reports, so both sides render the same combinations.
# Prints the median wall time of N runs of each side and their ratio (below 1: helmshift is faster).
# Usage: bash bench/analyze-vs-helm.sh [CHART=../shared/corpus/istio-1.24.6/istio-control/istio-discovery] [N=5]
#   env: HELMSHIFT_JAVA etc. as for bin/helmshift (the start-up cache is trained first); HELM (default .tools/helm/helm)
set -euo pipefail
cd "$(dirname "$0")/.."
CHART=${1:-../shared/corpus/istio-1.24.6/istio-control/istio-discovery}
N=${2:-5}
HELM=${HELM:-.tools/helm/helm}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
[ -d "$CHART" ] || { echo "no chart at $CHART" >&2; exit 2; }
[ -x "$HELM" ] || { echo "no helm at $HELM (bash .ci/install-tools, or set HELM)" >&2; exit 2; }
bin/helmshift-cache >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin/helmshift analyze "$CHART" --all-profiles -o json > "$work/analysis.json"
# One line of helm arguments per profile, from the files the analysis names.
python3 - "$work/analysis.json" > "$work/helm-args" <<'EOF'
import json, re, sys
for p in json.load(open(sys.argv[1]))["profiles"]:
    f = p["file"]
    if f == "values.yaml":
        print("")
    elif re.fullmatch(r"files/profile-.+\.yaml", f):
        print("--set profile=" + p["name"])
    else:
        print("-f " + f)
EOF
profiles=$(wc -l < "$work/helm-args")

helm_all() {
  while read -r args; do
    # shellcheck disable=SC2086 # the arguments are meant to split into words (they name files of the chart)
    (cd "$CHART" && "$OLDPWD/$HELM" template istio . --namespace istio-system $args >/dev/null)
  done < "$work/helm-args"
}
# seconds CMD...: the wall time of CMD, output discarded (analyze exits 1 when it reports findings; only time counts).
seconds() { local t0; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; echo "$(date +%s.%N) - $t0" | bc -l; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for _ in $(seq "$N"); do
  seconds helm_all >> "$work/helm"
  seconds bin/helmshift analyze "$CHART" --all-profiles -o json >> "$work/helmshift"
done
h=$(median < "$work/helm")
s=$(median < "$work/helmshift")
java_binary=${HELMSHIFT_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
printf '%s, %d profiles, median of %d (load %s):\n' "$CHART" "$profiles" "$N" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '  helm template x%d        %6.2f s\n' "$profiles" "$h"
printf '  helmshift analyze --all-profiles (bin/helmshift, %s)  %6.2f s   ratio %.2f\n' "${java_binary:-java}" "$s" "$(echo "$s / $h" | bc -l)"
