#!/usr/bin/env bash
# Reminder burst benchmark: 10,000 reminders due in the same minute across 500 channels, against a
# fake Slack that allows one post per second per channel. Takes about two minutes.
# Usage: bench/reminder-burst.sh [-Dchannels=500 -DperChannel=20]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Dfile.encoding=UTF-8 "$@" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  nl.samen.bench.ReminderBurstBenchmark
