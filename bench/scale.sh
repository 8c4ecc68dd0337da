#!/usr/bin/env sh
# Samen at scale (src/test/java/nl/samen/bench/ScaleBenchmark.java): one instance on SQLite against
# three on one embedded PostgreSQL: slash-command throughput, p50/p99 and CPU per command at 16 and 64
# connections (write-heavy: answers changing), then 10,000 reminders due in one minute over 500
# channels against a fake Slack that allows one post per second per channel. About eight minutes.
# Usage: bench/scale.sh [--quick]   (--quick: short runs and 1,000 reminders over 50 channels)
# Maven runs offline by default; set MVN_ARGS="" to let it download what is missing.
set -eu
cd "$(dirname "$0")/.."
flags=""
if [ "${1-}" = "--quick" ]; then
  flags="-Dquick=true -Dchannels=50 -DperChannel=20"
fi
mvn -B -q ${MVN_ARGS--o} test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
export LOG_LEVEL="${LOG_LEVEL:-WARN}"
exec java -Dfile.encoding=UTF-8 $flags -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  nl.samen.bench.ScaleBenchmark
