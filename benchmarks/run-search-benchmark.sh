#!/usr/bin/env bash
# Builds the benchmark (and the modules it measures) with the reactor and runs the search benchmark against the
# local Elasticsearch.
#   benchmarks/run-search-benchmark.sh                                   # 1,000,000 records (prefix bench1m)
#   benchmarks/run-search-benchmark.sh --records 1000000 --repeat 5 --no-page
# The first run loads the records (about 30 minutes for a million on a 2-core machine); later runs reuse them.
# Needs Elasticsearch with smartcn (engine/local-engine.sh up, or --es) and, for the page path, Chromium
# (/usr/bin/chromium or LIAISON_CHROMIUM).
# Environment: MAVEN_ARGS (e.g. -o), BENCHMARK_JAVA_OPTS (default -Xmx2g), SKIP_BUILD=1 to reuse the jar.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
cd "$REPO"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q ${MAVEN_ARGS:-} package -DskipTests -pl benchmarks -am
fi
[ $# -gt 0 ] || set -- --records 1000000
exec java ${BENCHMARK_JAVA_OPTS:--Xmx2g} -jar benchmarks/target/benchmarks.jar search "$@"
