#!/usr/bin/env sh
# Ranked workshop assignment benchmark (src/test/java/nl/samen/bench/RankedAssignmentBenchmark.java):
# 300 members over three rounds of ten workshops, Samen's assignment against random serial
# dictatorship on the same rankings over 100 seeds. Prints timings and the four figures.
# Usage: bench/ranking.sh [-Dmembers=300 -Dseeds=100]. Maven runs offline by default; set
# MVN_ARGS="" to let it download what is missing.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_ARGS--o} test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Dfile.encoding=UTF-8 "$@" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  nl.samen.bench.RankedAssignmentBenchmark
