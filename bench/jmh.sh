#!/usr/bin/env bash
# JMH benchmark of in-process rendering (istio-1.0.4, all 12 profiles, warm JVM).
# Usage: bash bench/jmh.sh [JMH options, e.g. -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main RenderBenchmark "$@"
