#!/usr/bin/env bash
# Runs Brink's JMH benchmarks (src/test/java/io/brink/bench) on this machine.
#   scripts/jmh.sh                 all benchmarks
#   scripts/jmh.sh CoderBenchmark  one of them
# Further arguments go to JMH. LanguageCoderBenchmark runs over every language Brink codes that
# has a sentences file (src/test/resources/io/brink/bench/sentences-<code>.txt) unless
# `-p language=es,fr` names some (io.brink.bench.Jmh).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -cp "target/test-classes:target/classes:$cp" io.brink.bench.Jmh "${1:-io.brink.bench}" "${@:2}" -rf json -rff target/jmh.json
