#!/usr/bin/env sh
# Runs the annual-report benchmark (src/test/java/nl/samen/bench/ReportBenchmark.java) and prints its
# timings. Maven runs offline by default; set MVN_ARGS="" to let it download what is missing.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_ARGS--o} test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Dfile.encoding=UTF-8 -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  nl.samen.bench.ReportBenchmark
