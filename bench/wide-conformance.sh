#!/usr/bin/env bash
# The wide differential suite: public charts (several Istio releases, prometheus-community, grafana, bitnami with
# its dependencies, argo, cert-manager, ingress-nginx, kiali, ...) rendered by the real helm v4.1.4 and by helmshift,
# compared document by document (or by helm's exact error text). Prints counts per source and every difference.
#
#   bash bench/wide-conformance.sh [LABEL_REGEX]      # e.g. 'istio-1\.2' or '^bitnami/(redis|kafka) '
#
# 1. Lays the charts of bench/wide-corpus.tsv (source, repository, commit, path) out under target/wide-corpus from
#    the git snapshots under /work/.mirror (WIDE_MIRROR to change): `fetch github:OWNER/NAME` with the search tool
#    brings each repository named there; charts of an absent snapshot are left out with a message.
# 2. Compiles the tests and runs dev.helmshift.render.conformance.WideConformance: helm runs once per case and is
#    cached under target/helm-cache-wide (keyed by chart content and arguments), helmshift renders in-process.
#    WIDE_THREADS (default 2) cases at once; WIDE_KUBE_VERSION=1.25.0 renders every case with --kube-version;
#    WIDE_PACKAGED=1 renders the .tgz that `helm package` makes of each chart (under target/wide-packages). Full texts of the differences: target/wide-conformance/differences.txt.
# `python3 bench/wide-corpus.py manifest` rewrites the TSV from the snapshots present (newest commits).
set -euo pipefail
cd "$(dirname "$0")/.."
helm=${HELM:-.tools/helm/helm}
[[ -x "$helm" ]] || { echo "no helm at $helm (bash .ci/install-tools, or HELM=...)" >&2; exit 2; }
python3 bench/wide-corpus.py layout --into target/wide-corpus
./mvnw -B -o -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/wide-classpath.txt
exec java -Xss16m -Dwide.threads="${WIDE_THREADS:-2}" ${WIDE_KUBE_VERSION:+-Dwide.kubeVersion="$WIDE_KUBE_VERSION"} \
  ${WIDE_PACKAGED:+-Dwide.packaged=true} \
  -cp "target/test-classes:target/classes:$(cat target/wide-classpath.txt)" \
  dev.helmshift.render.conformance.WideConformance "$(realpath "$helm")" target/wide-corpus "${1:-.*}"
