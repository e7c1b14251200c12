#!/usr/bin/env bash
# JMH benchmarks in a warm JVM: RenderBenchmark (istio-1.0.4, all 12 profiles), ValuesSchemaBenchmark (values.schema.json
# checks: istio-1.24.6 gateway, and istio-1.0.4's values against a generated schema) and StepPlannerBenchmark (one
# controller decision, state annotation encode/decode).
# Usage: bash bench/jmh.sh [BENCHMARK-REGEX] [JMH options, e.g. -wi 3 -i 5]
#   bash bench/jmh.sh                                  # all three
#   bash bench/jmh.sh StepPlannerBenchmark -wi 3 -i 3 -r 1s -w 1s
set -euo pipefail
cd "$(dirname "$0")/.."
benchmarks="RenderBenchmark|StepPlannerBenchmark|ValuesSchemaBenchmark"
if [[ $# -gt 0 && "$1" != -* ]]; then
  benchmarks="$1"
  shift
fi
./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main "$benchmarks" "$@"
