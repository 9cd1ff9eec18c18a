#!/usr/bin/env bash
# Builds the benchmark (and the modules it measures) with the reactor — package, not install, so the shared
# ~/.m2 snapshots stay as they are — and runs the ingest benchmark against the local engines.
#   benchmarks/run-ingest-benchmark.sh                       # 200,000 records, seed 2, one round
#   benchmarks/run-ingest-benchmark.sh --records 50000 --repeat 3 --set liaison.ingest.max-batch-records=1000
# Needs Elasticsearch (with smartcn) and Kafka: engine/local-engine.sh up, or --es / --kafka.
# Environment: MAVEN_ARGS (e.g. -o), BENCHMARK_JAVA_OPTS (default -Xmx4g), SKIP_BUILD=1 to reuse the jar.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
cd "$REPO"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q ${MAVEN_ARGS:-} package -DskipTests -pl benchmarks -am
fi
[ $# -gt 0 ] || set -- --records 200000
# The corpus and the prepared documents stay in memory (about 1 GB at 200,000 records).
exec java ${BENCHMARK_JAVA_OPTS:--Xmx4g} -jar benchmarks/target/benchmarks.jar ingest "$@"
