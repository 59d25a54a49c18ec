#!/usr/bin/env bash
# Runs Brink's JMH benchmarks (src/test/java/io/brink/bench) on this machine.
#   scripts/jmh.sh                 all benchmarks
#   scripts/jmh.sh CoderBenchmark  one of them
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -cp "target/test-classes:target/classes:$cp" org.openjdk.jmh.Main "${1:-io.brink.bench}" -rf json -rff target/jmh.json
