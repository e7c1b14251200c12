# Shared by bin/helmshift and bin/helmshift-cache (sourced, not run): where the application and the JVM are, and
# which start-up cache file belongs to them.
#   HELMSHIFT_HOME  the quarkus-app folder (default: ../target/quarkus-app next to these scripts)
#   HELMSHIFT_JAVA  the java binary (default: $JAVA_HOME/bin/java, else java on PATH)

helmshift_bin=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
helmshift_app=${HELMSHIFT_HOME:-$(CDPATH='' cd -- "$helmshift_bin/.." && pwd)/target/quarkus-app}
helmshift_jar=$helmshift_app/quarkus-run.jar
if [ ! -f "$helmshift_jar" ]; then
  echo "helmshift: no application at $helmshift_jar (build it with ./mvnw package -DskipTests, or set HELMSHIFT_HOME)" >&2
  exit 2
fi

if [ -n "${HELMSHIFT_JAVA:-}" ]; then
  helmshift_java=$HELMSHIFT_JAVA
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  helmshift_java=$JAVA_HOME/bin/java
else
  helmshift_java=$(command -v java || true)
  if [ -z "$helmshift_java" ]; then
    echo "helmshift: no java found (install Java 17+, or set HELMSHIFT_JAVA or JAVA_HOME)" >&2
    exit 2
  fi
fi

# The JDK's feature version, read from its release file: `java -version` costs ~0.14 s per command (measured here).
helmshift_home=$(dirname -- "$(dirname -- "$(readlink -f -- "$helmshift_java")")")
helmshift_feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$helmshift_home/release" 2>/dev/null | head -n 1)

# JVM options for a short command: C1 only and the serial GC. The process ends before C2 would pay off, and on a
# small CronJob container C2's compiler threads and the parallel collectors cost more CPU than they save.
helmshift_short_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"

# helmshift_cache JOB: the cache file for JOB (analyze or shift) on this JDK: an AOT cache on Java 25+ (JEP 483/515),
# an AppCDS archive before. Empty when the JDK's version is unknown.
helmshift_cache() {
  [ -n "$helmshift_feature" ] || return 0
  if [ "$helmshift_feature" -ge 25 ]; then
    echo "$helmshift_app/cache/jdk$helmshift_feature-$1.aot"
  else
    echo "$helmshift_app/cache/jdk$helmshift_feature-$1.jsa"
  fi
}
