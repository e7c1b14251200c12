# Shared by bin/helmshift and bin/helmshift-cache (sourced, not run): where the application and the JVM are, and
# which start-up cache file belongs to them.
#   HELMSHIFT_HOME  the quarkus-app folder (default: ../target/quarkus-app next to these scripts)
#   HELMSHIFT_JAVA  the java binary (default: $JAVA_HOME/bin/java, else java on PATH)
# Shell built-ins only where it can be: each program a script starts costs ~2 ms, paid by every command.
# The sourcing script sets helmshift_self to its own path, links resolved (see helmshift_self in bin/helmshift).

case $helmshift_self in
  */*) helmshift_bin=${helmshift_self%/*} ;;
  *) helmshift_bin=. ;;
esac
case $helmshift_bin in
  /*) ;;
  *) helmshift_bin=$PWD/$helmshift_bin ;;
esac
helmshift_bin=${helmshift_bin%/.}
case $helmshift_bin in
  */bin) helmshift_app=${HELMSHIFT_HOME:-${helmshift_bin%/bin}/target/quarkus-app} ;;
  *) helmshift_app=${HELMSHIFT_HOME:-$helmshift_bin/../target/quarkus-app} ;;
esac
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
# A java found on PATH is usually a link (/usr/bin/java, alternatives): only then is it resolved.
helmshift_release=${helmshift_java%/bin/java}/release
if [ ! -f "$helmshift_release" ]; then
  helmshift_release=$(readlink -f -- "$helmshift_java" 2>/dev/null || true)
  helmshift_release=${helmshift_release%/bin/java}/release
fi
helmshift_feature=
if [ -f "$helmshift_release" ]; then
  while IFS= read -r helmshift_line; do
    case $helmshift_line in
      JAVA_VERSION=*)
        helmshift_line=${helmshift_line#JAVA_VERSION=\"}
        helmshift_feature=${helmshift_line%%[!0-9]*}
        break ;;
    esac
  done < "$helmshift_release"
fi

# JVM options for a short command: C1 only and the serial GC. The process ends before C2 would pay off, and on a
# small CronJob container C2's compiler threads and the parallel collectors cost more CPU than they save.
helmshift_short_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"

# helmshift_cache_for JOB: sets helmshift_cache to the cache file for JOB (analyze or shift) on this JDK: an AOT cache
# on Java 25+ (JEP 483/515), an AppCDS archive before; empty when the JDK's version is unknown.
helmshift_cache_for() {
  helmshift_cache=
  [ -n "$helmshift_feature" ] || return 0
  if [ "$helmshift_feature" -ge 25 ]; then
    helmshift_cache=$helmshift_app/cache/jdk$helmshift_feature-$1.aot
  else
    helmshift_cache=$helmshift_app/cache/jdk$helmshift_feature-$1.jsa
  fi
}
