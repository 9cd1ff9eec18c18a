#!/usr/bin/env bash
# Liaison Insight — the two commands of the README, and their companions.
#
#   ./liaison.sh run     start the local Elasticsearch + Kafka, the ingest service and the dashboard
#                        (idempotent: running it again while up only reports the address)
#   ./liaison.sh test    run the whole test suite against real engines it starts itself
#   ./liaison.sh stop    stop the services and engines that `run` started (by PID)
#   ./liaison.sh status  one line per process
#
# Environment (defaults in brackets):
#   LIAISON_UI_PORT [8080]        dashboard port
#   LIAISON_UI_PROFILES [demo]    Spring profiles of the dashboard; "demo" adds the demo users (README)
#   LIAISON_INGEST_PORT [8081]    ingest service (health, metrics) port
#   LIAISON_DEMO_RECORDS [20000], LIAISON_DEMO_SEED [2]   demo corpus loaded once by `run`
#   LIAISON_ES_PORT [9200], LIAISON_KAFKA_PORT [9092], LIAISON_ENGINE_HOME, ...: see engine/local-engine.sh
#   LIAISON_ES_URL, LIAISON_KAFKA_BOOTSTRAP: use an existing cluster instead of the local engine
#   MAVEN_ARGS                    extra arguments for every mvn call (e.g. -o when offline)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ENGINE="$REPO/engine/local-engine.sh"
UI_PORT="${LIAISON_UI_PORT:-8080}"
INGEST_PORT="${LIAISON_INGEST_PORT:-8081}"
DEMO_RECORDS="${LIAISON_DEMO_RECORDS:-20000}"
DEMO_SEED="${LIAISON_DEMO_SEED:-2}"
MVN=(mvn -B -ntp ${MAVEN_ARGS:-})

say() { printf '[liaison] %s\n' "$*"; }
die() { printf '[liaison] error: %s\n' "$*" >&2; exit 1; }

# Java 17+, Maven and Node (for the Vaadin front-end build) from Debian's packages when missing.
ensure_tools() {
  local missing=()
  command -v java >/dev/null && java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])' || missing+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || missing+=(maven)
  command -v node >/dev/null || missing+=(nodejs npm)
  # CJK font embedded in PDF meeting briefs (liaison.meeting.pdf-font; Noto CJK's CFF outlines cannot be embedded).
  [ -f "${LIAISON_MEETING_PDF_FONT:-/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}" ] || missing+=(fonts-wqy-zenhei)
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" -eq 0 ] || die "please install: ${missing[*]}"
  say "installing ${missing[*]} from Debian"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

apps_dir() { mkdir -p "$REPO/.local-engine/apps"; echo "$REPO/.local-engine/apps"; }

running() { local f; f="$(apps_dir)/$1.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_http() { # url seconds name logfile
  local i
  for ((i = 0; i < $2; i++)); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 1
  done
  tail -n 40 "$4" >&2 || true
  die "$3 did not answer at $1 within $2 s (log: $4)"
}

start_app() { # name module port health-path extra-args...
  local name=$1 module=$2 port=$3 health=$4; shift 4
  local dir log jar
  dir="$(apps_dir)"; log="$dir/$name.log"
  if running "$name"; then say "$name already running (pid $(cat "$dir/$name.pid"))"; return; fi
  port_free "$port" || die "port $port is taken by another program; set LIAISON_$(echo "$name" | tr a-z- A-Z_)_PORT"
  jar="$(ls "$REPO/$module"/target/"$module"-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1)"
  [ -n "$jar" ] || die "no jar for $module; the build did not produce one"
  say "starting $name on port $port (log: $log)"
  nohup java -Xmx512m -jar "$jar" --server.port="$port" "$@" >"$log" 2>&1 &
  echo $! >"$dir/$name.pid"
  wait_http "http://127.0.0.1:$port$health" 180 "$name" "$log"
}

stop_app() {
  local f pid i; f="$(apps_dir)/$1.pid"
  [ -f "$f" ] || return 0
  pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $1 (pid $pid)"
    kill "$pid"
    for ((i = 0; i < 30; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$f"
}

engines_up() {
  if [ -n "${LIAISON_ES_URL:-}" ] && [ -n "${LIAISON_KAFKA_BOOTSTRAP:-}" ]; then
    say "using Elasticsearch $LIAISON_ES_URL and Kafka $LIAISON_KAFKA_BOOTSTRAP"
  else
    bash "$ENGINE" up
  fi
  # The services and the demo loader read these; derive them from the local engine's ports.
  export LIAISON_ES_URL="${LIAISON_ES_URL:-http://127.0.0.1:${LIAISON_ES_PORT:-9200}}"
  export LIAISON_KAFKA_BOOTSTRAP="${LIAISON_KAFKA_BOOTSTRAP:-127.0.0.1:${LIAISON_KAFKA_PORT:-9092}}"
}

# Publishes the demo corpus to the source topics when Elasticsearch holds no records yet, then waits
# until ingest has consumed it: the demo data reaches Elasticsearch through the real pipeline.
load_demo() {
  local count expected i last=-1 still=0
  count=$(records_in_elasticsearch)
  [ "${count:-0}" -gt 0 ] && { say "Elasticsearch already holds $count records; no demo data loaded"; return; }
  say "publishing $DEMO_RECORDS demo records (seed $DEMO_SEED) to Kafka $LIAISON_KAFKA_BOOTSTRAP"
  java -jar "$REPO/demo-corpus/target/demo-corpus.jar" --records "$DEMO_RECORDS" --seed "$DEMO_SEED" \
    --as-of "$(date +%F)" --kafka "$LIAISON_KAFKA_BOOTSTRAP" >"$(apps_dir)/demo-load.log" 2>&1 \
    || { tail -n 20 "$(apps_dir)/demo-load.log" >&2; die "demo data could not be published"; }
  # Done when Elasticsearch holds every distinct record id the generator reported.
  expected=$(sed -n 's/.*(\([0-9,]*\) distinct ids).*/\1/p' "$(apps_dir)/demo-load.log" | tr -d ,)
  say "waiting for ingest to index ${expected:-the} records"
  # Gives up waiting (the UI still starts) when the count has not moved for two minutes.
  for ((i = 0; i < 1800; i += 5)); do
    count=$(records_in_elasticsearch)
    [ -n "$expected" ] && [ "${count:-0}" -ge "$expected" ] && break
    if [ "${count:-0}" -eq "$last" ]; then still=$((still + 5)); else still=0; last=${count:-0}; fi
    if [ "$still" -ge 120 ]; then
      say "WARNING: no progress for 2 minutes at ${count:-0} of $expected records; see $(apps_dir)/ingest.log"
      break
    fi
    (( i % 30 == 0 )) && say "  ${count:-0} indexed"
    sleep 5
  done
  say "demo data indexed: $(records_in_elasticsearch) records"
}

records_in_elasticsearch() {
  curl -fsS "$LIAISON_ES_URL/liaison-records/_count" 2>/dev/null | sed -n 's/.*"count":\([0-9]*\).*/\1/p' || true
}

cmd_run() {
  ensure_tools
  engines_up
  if ! running ingest || ! running analytics-ui; then
    say "building (first run downloads dependencies from Maven Central)"
    "${MVN[@]}" -q -DskipTests -pl ingest,analytics-ui,demo-corpus -am install
  fi
  start_app ingest ingest "$INGEST_PORT" /actuator/health
  load_demo
  # /api/health needs a login; the actuator endpoint is the unattended readiness check.
  start_app analytics-ui analytics-ui "$UI_PORT" /actuator/health --spring.profiles.active="${LIAISON_UI_PROFILES:-demo}"
  say "dashboard: http://127.0.0.1:$UI_PORT/ (demo users: README; password liaison-demo)"
}

cmd_stop() {
  stop_app analytics-ui
  stop_app ingest
  [ -n "${LIAISON_ES_URL:-}" ] || bash "$ENGINE" down
}

cmd_status() {
  local name
  for name in ingest analytics-ui; do
    if running "$name"; then echo "$name: up (pid $(cat "$(apps_dir)/$name.pid"))"; else echo "$name: down"; fi
  done
  bash "$ENGINE" status || true
}

# Tests start the engines once for the whole run (every test JVM then finds them up) and stop them
# afterwards unless they were already running. With a Docker engine, Testcontainers provides them.
cmd_test() {
  ensure_tools
  local started=""
  if [ -z "${LIAISON_TEST_ES_URL:-}" ] && ! docker info >/dev/null 2>&1; then
    bash "$ENGINE" status >/dev/null 2>&1 || started=yes
    bash "$ENGINE" up
  fi
  [ -n "$started" ] && trap 'bash "$ENGINE" down' EXIT
  "${MVN[@]}" verify
}

case "${1:-}" in
  run) cmd_run ;;
  test) cmd_test ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) sed -n '2,15p' "$0"; exit 2 ;;
esac
