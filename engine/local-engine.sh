#!/usr/bin/env bash
# Local engines for Liaison Insight without Docker: a real single-node Elasticsearch (with the smartcn
# plugin built from this repository) and a real single-node KRaft Kafka broker, both from Maven Central.
#
# Usage: engine/local-engine.sh up|down|status|reset [--es-only|--kafka-only]
#   up      fetch (Maven, cached in ~/.m2), configure and start; does nothing if already running
#   down    stop what this script started, by PID (SIGTERM, SIGKILL after 30 s)
#   status  one line per engine; exit 0 if every selected engine is up, 3 otherwise
#   reset   down, then delete data and logs; downloaded distributions are kept
#
# Environment (defaults):
#   LIAISON_ENGINE_HOME            <repo>/.local-engine   all data, logs, distributions and pid files
#   LIAISON_ES_PORT                9200        Elasticsearch HTTP, bound to 127.0.0.1
#   LIAISON_ES_TRANSPORT_PORT      9300        Elasticsearch transport
#   LIAISON_ES_HEAP                1g          Elasticsearch heap (-Xms = -Xmx)
#   LIAISON_ES_USER                liaison-es  system user Elasticsearch runs as when this runs as root
#   LIAISON_KAFKA_PORT             9092        Kafka PLAINTEXT listener, bound to 127.0.0.1
#   LIAISON_KAFKA_CONTROLLER_PORT  9093        KRaft controller listener
#   LIAISON_KAFKA_HEAP             512m        Kafka heap
#   JAVA_HOME                      derived from `java` on PATH; a JDK 17+ used by both engines
#
# Versions are kept once, in the parent pom: elasticsearch.version and kafka-broker.version.
set -euo pipefail
umask 022 # the Elasticsearch user must be able to read what root creates here

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
ENGINE_DIR=$REPO/engine

ES_PORT=${LIAISON_ES_PORT:-9200}
ES_TRANSPORT_PORT=${LIAISON_ES_TRANSPORT_PORT:-9300}
ES_HEAP=${LIAISON_ES_HEAP:-1g}
ES_USER=${LIAISON_ES_USER:-liaison-es}
KAFKA_PORT=${LIAISON_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${LIAISON_KAFKA_CONTROLLER_PORT:-9093}
KAFKA_HEAP=${LIAISON_KAFKA_HEAP:-512m}
ES_START_TIMEOUT=120
KAFKA_START_TIMEOUT=60
STOP_TIMEOUT=30

say() { printf '%s\n' "$*"; }
die() { printf 'local-engine: %s\n' "$*" >&2; exit 1; }

pom_property() { sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" "$REPO/pom.xml" | head -n1; }
ES_VERSION=$(pom_property elasticsearch.version)
KAFKA_VERSION=$(pom_property kafka-broker.version)
[[ -n $ES_VERSION && -n $KAFKA_VERSION ]] || die "cannot read elasticsearch.version / kafka-broker.version from $REPO/pom.xml"

for var in LIAISON_ES_PORT LIAISON_ES_TRANSPORT_PORT LIAISON_KAFKA_PORT LIAISON_KAFKA_CONTROLLER_PORT; do
  [[ ${!var:-1} =~ ^[0-9]+$ ]] || die "$var must be a port number, got '${!var}'"
done

is_root() { [[ $EUID -eq 0 ]]; }

# Runs a command as the Elasticsearch user (root only; Elasticsearch refuses to run as root).
as_es() {
  if is_root; then runuser -u "$ES_USER" -- "$@"; else "$@"; fi
}

# Runs a command with its output kept aside; shows the output only if it fails.
quiet() {
  local out rc=0
  out=$(mktemp)
  "$@" >"$out" 2>&1 || rc=$?
  if ((rc != 0)); then
    tail -n 40 "$out" >&2
    rm -f "$out"
    die "failed ($rc): $*"
  fi
  rm -f "$out"
}

# ---------------------------------------------------------------------------------------------------
# Engine home

ensure_es_user() {
  is_root || return 0
  id -u "$ES_USER" >/dev/null 2>&1 && return 0
  say "engine: creating system user $ES_USER (Elasticsearch refuses to run as root)"
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER" \
    || id -u "$ES_USER" >/dev/null 2>&1 || die "useradd $ES_USER failed"
}

es_user_can_reach() { ! is_root || runuser -u "$ES_USER" -- test -x "$1" 2>/dev/null; }

# Sets EH. With create=1 (up) makes the folder and, as root, makes sure the Elasticsearch user can
# reach it, falling back to /var/lib when the repository sits somewhere private such as /root.
resolve_engine_home() {
  local create=$1 default=$REPO/.local-engine
  if [[ -n ${LIAISON_ENGINE_HOME:-} ]]; then
    EH=$LIAISON_ENGINE_HOME
    if ((create)); then
      mkdir -p "$EH"
      es_user_can_reach "$EH" || die "user $ES_USER cannot reach LIAISON_ENGINE_HOME=$EH; pick a folder it can traverse (e.g. under /var/lib)"
    fi
  elif [[ -L $default ]]; then
    EH=$(readlink -f "$default")
    ((create)) && mkdir -p "$EH"
  elif ((create)) && is_root && ! es_user_can_reach "$REPO"; then
    EH=/var/lib/liaison-insight/$(printf '%s' "$REPO" | sha256sum | cut -c1-12)
    if [[ -e $default ]]; then
      rmdir "$default" 2>/dev/null || die "$default exists but $ES_USER cannot reach it; move it away or set LIAISON_ENGINE_HOME"
    fi
    mkdir -p "$EH"
    ln -sfn "$EH" "$default"
    say "engine: home is $EH ($ES_USER cannot traverse $REPO); $default links there"
  else
    EH=$default
    ((create)) && mkdir -p "$EH"
  fi
  [[ -d $EH ]] && EH=$(cd "$EH" && pwd -P)
  [[ $EH != / && $EH != "$REPO" && $EH != "${HOME:-/}" ]] || die "refusing engine home '$EH'"
  ES_HOME=$EH/dist/elasticsearch-$ES_VERSION
  ES_STATE=$EH/es
  ES_PIDFILE=$ES_STATE/elasticsearch.pid
  KAFKA_LIBS=$EH/dist/kafka-$KAFKA_VERSION/libs
  KAFKA_STATE=$EH/kafka
  KAFKA_PIDFILE=$KAFKA_STATE/kafka.pid
}

# Serialises concurrent invocations (e.g. two test runs calling `up`); the lock is the script itself.
take_lock() {
  exec 9<"${BASH_SOURCE[0]}"
  flock -w 600 9 || die "another local-engine.sh has been running for 10 minutes"
}

java_home() {
  [[ -n ${JDK:-} ]] && return 0
  local jh=${JAVA_HOME:-} java
  if [[ -z $jh || ! -x $jh/bin/java ]]; then
    java=$(command -v java) || die "no JDK: set JAVA_HOME or put a Java 17+ 'java' on PATH"
    jh=$(dirname "$(dirname "$(readlink -f "$java")")")
  fi
  local version
  version=$("$jh/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  ((${version%%.*} >= 17)) || die "Java $version at $jh is too old; both engines need 17+ (set JAVA_HOME)"
  JDK=$jh
}

# ---------------------------------------------------------------------------------------------------
# Processes and ports

pid_of() { [[ -s $1 ]] && tr -dc 0-9 <"$1"; }

# True if the pid is alive and its command line contains the marker (guards against pid reuse).
is_ours() { [[ -n $1 ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q -- "$2"; }

port_answers() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# Fails with one line if something else listens on the port.
require_free_port() {
  local port=$1 var=$2 who=""
  port_answers "$port" || return 0
  if command -v ss >/dev/null; then
    who=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'users:(("[^"]*",pid=[0-9]*' | head -n1 |
      sed 's/users:(("\([^"]*\)",pid=\([0-9]*\)/ by \1 (pid \2)/') || true
  fi
  die "port $port is already in use${who}; set $var to a free port"
}

stop_pid() { # name pidfile marker
  local name=$1 pidfile=$2 marker=$3 pid
  pid=$(pid_of "$pidfile") || true
  if ! is_ours "$pid" "$marker"; then
    rm -f "$pidfile"
    return 0
  fi
  say "$name: stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null && ((waited < STOP_TIMEOUT * 5)); do
    sleep 0.2
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "$name: still running after ${STOP_TIMEOUT}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$pidfile"
}

# ---------------------------------------------------------------------------------------------------
# Elasticsearch

ES_MARKER=org.elasticsearch.bootstrap.Elasticsearch

es_port_recorded() { cat "$ES_STATE/http.port" 2>/dev/null || echo "$ES_PORT"; }

es_health() { # prints green/yellow/red, or nothing if no answer
  curl -s -m "${2:-5}" "http://127.0.0.1:$1/_cluster/health?${3:-}" 2>/dev/null |
    sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'
}

es_log_tail() {
  # The launcher's output repeats the node log; it matters only when the node never got to log.
  local log=$ES_STATE/logs/liaison-local.log
  [[ -s $log ]] || log=$ES_STATE/logs/launcher.out
  [[ -s $log ]] && { printf -- '--- last 40 lines of %s\n' "$log" >&2; tail -n 40 "$log" >&2; }
  return 0
}

es_fetch() {
  [[ -f $ES_HOME/.complete ]] && return 0
  say "elasticsearch: fetching $ES_VERSION (Maven Central, cached in ~/.m2) and unpacking"
  local tmp=$EH/dist/.elasticsearch-download
  rm -rf "$tmp" "$ES_HOME"
  mkdir -p "$tmp"
  # Run from an empty folder so Maven does not read the repository's reactor.
  (cd "$tmp" && quiet mvn -q -B dependency:copy \
    "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" -DoutputDirectory="$tmp")
  quiet unzip -q "$tmp/elasticsearch-$ES_VERSION.zip" -d "$tmp"
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
  rm -rf "$tmp"
  is_root && chown -R "$ES_USER:" "$ES_HOME"
  touch "$ES_HOME/.complete"
}

# Builds the plugin zip when it is missing or older than its sources, installs it when it changed.
es_plugin() {
  local module=$REPO/smartcn-plugin zip
  # shellcheck disable=SC2012 # our own file names; newest wins if the project version changed
  zip=$(ls -t "$module"/target/smartcn-plugin-*.zip 2>/dev/null | head -n1) || true
  if [[ -z $zip ]] || [[ -n $(find "$module/src" "$module/pom.xml" -newer "$zip" -print -quit) ]]; then
    say "elasticsearch: building the smartcn plugin"
    # -f on the module (parent found by relativePath) so half-written sibling modules cannot break it.
    quiet mvn -q -B -f "$module/pom.xml" package -DskipTests
    # shellcheck disable=SC2012
    zip=$(ls -t "$module"/target/smartcn-plugin-*.zip | head -n1)
  fi
  local sum marker=$ES_HOME/.smartcn-plugin.sha256 # not in plugins/: every entry there must be a plugin
  sum=$(sha256sum "$zip" | cut -d' ' -f1)
  [[ -d $ES_HOME/plugins/analysis-smartcn && $(cat "$marker" 2>/dev/null) == "$sum" ]] && return 0
  say "elasticsearch: installing the smartcn plugin"
  # A copy inside the engine home: the Elasticsearch user may not be able to read the repository.
  cp "$zip" "$EH/dist/smartcn-plugin.zip"
  chmod 644 "$EH/dist/smartcn-plugin.zip"
  local -a cli=(env "ES_JAVA_HOME=$JDK" "ES_PATH_CONF=$ES_STATE/config" "CLI_JAVA_OPTS=-Djava.io.tmpdir=$ES_STATE/tmp"
    "$ES_HOME/bin/elasticsearch-plugin")
  if [[ -d $ES_HOME/plugins/analysis-smartcn ]]; then
    quiet as_es "${cli[@]}" remove --purge analysis-smartcn
  fi
  quiet as_es "${cli[@]}" install --batch "file://$EH/dist/smartcn-plugin.zip"
  echo "$sum" >"$marker"
}

es_configure() {
  mkdir -p "$ES_STATE"/{config,data,logs,tmp}
  [[ -f $ES_STATE/config/jvm.options ]] || cp -R "$ES_HOME/config/." "$ES_STATE/config/"
  cat >"$ES_STATE/config/elasticsearch.yml" <<EOF
# Generated by engine/local-engine.sh on every 'up': change the script, not this file.
cluster.name: liaison-local
node.name: local-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
path.data: $ES_STATE/data
path.logs: $ES_STATE/logs
# Local development only: no TLS, no users. The node listens on 127.0.0.1 and nowhere else.
xpack.security.enabled: false
# A developer disk above 90 % would otherwise turn indices read-only in the middle of a test.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  is_root && chown -R "$ES_USER:" "$ES_STATE"
  return 0
}

es_state() { # prints up / unresponsive / down
  local pid
  pid=$(pid_of "$ES_PIDFILE") || true
  if ! is_ours "$pid" "$ES_MARKER"; then
    echo down
  elif [[ -n $(es_health "$(es_port_recorded)" 3) ]]; then
    echo up
  else
    echo unresponsive
  fi
}

es_wait() {
  local port=$1 deadline=$((SECONDS + ES_START_TIMEOUT)) pid status
  while ((SECONDS < deadline)); do
    pid=$(pid_of "$ES_PIDFILE") || true
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
      es_log_tail
      die "elasticsearch exited during start-up (log: $ES_STATE/logs)"
    fi
    status=$(es_health "$port" 10 "wait_for_status=yellow&timeout=5s")
    [[ $status == green || $status == yellow ]] && return 0
    sleep 1
  done
  es_log_tail
  die "elasticsearch not yellow after ${ES_START_TIMEOUT}s (log: $ES_STATE/logs)"
}

es_up() {
  case $(es_state) in
  up)
    say "elasticsearch: already up http://127.0.0.1:$(es_port_recorded) (pid $(pid_of "$ES_PIDFILE"))"
    return 0
    ;;
  unresponsive)
    say "elasticsearch: running but not answering yet (pid $(pid_of "$ES_PIDFILE")), waiting"
    es_wait "$(es_port_recorded)"
    return 0
    ;;
  esac
  rm -f "$ES_PIDFILE"
  require_free_port "$ES_PORT" LIAISON_ES_PORT
  require_free_port "$ES_TRANSPORT_PORT" LIAISON_ES_TRANSPORT_PORT
  java_home
  as_es test -x "$JDK/bin/java" || die "user $ES_USER cannot run $JDK/bin/java; set JAVA_HOME to a JDK it can read"
  es_fetch
  es_configure
  es_plugin
  echo "$ES_PORT" >"$ES_STATE/http.port"
  say "elasticsearch: starting $ES_VERSION on http://127.0.0.1:$ES_PORT (heap $ES_HEAP)"
  # -d returns once the node has started; setsid keeps it out of the caller's process group.
  # fd 9 (the lock) is closed so the node does not hold it.
  local rc=0
  # CLI_JAVA_OPTS: the launcher's own scratch files (final-flags*) go to the engine home, not /tmp.
  local -a launch=(env -u JAVA_HOME "ES_JAVA_HOME=$JDK" "ES_PATH_CONF=$ES_STATE/config" "ES_TMPDIR=$ES_STATE/tmp"
    "CLI_JAVA_OPTS=-Djava.io.tmpdir=$ES_STATE/tmp" "ES_JAVA_OPTS=-Xms$ES_HEAP -Xmx$ES_HEAP"
    "$ES_HOME/bin/elasticsearch" -d -p "$ES_PIDFILE")
  is_root && launch=(runuser -u "$ES_USER" -- "${launch[@]}")
  setsid -w "${launch[@]}" >"$ES_STATE/logs/launcher.out" 2>&1 9<&- || rc=$?
  if ((rc != 0)); then
    es_log_tail
    stop_pid elasticsearch "$ES_PIDFILE" "$ES_MARKER"
    die "elasticsearch failed to start (exit $rc; log: $ES_STATE/logs)"
  fi
  es_wait "$ES_PORT"
}

es_down() { stop_pid elasticsearch "$ES_PIDFILE" "$ES_MARKER"; }

es_status() {
  local pid port
  pid=$(pid_of "$ES_PIDFILE") || true
  port=$(es_port_recorded)
  case $(es_state) in
  up) say "elasticsearch: up http://127.0.0.1:$port (pid $pid, $(es_health "$port" 3))" ;;
  unresponsive) say "elasticsearch: not answering on http://127.0.0.1:$port (pid $pid)"; return 3 ;;
  *) say "elasticsearch: down"; return 3 ;;
  esac
}

# ---------------------------------------------------------------------------------------------------
# Kafka

KAFKA_MARKER=kafka.Kafka

kafka_ports_recorded() { cat "$KAFKA_STATE/port" 2>/dev/null || echo "$KAFKA_PORT"; }

kafka_log_tail() {
  local log
  for log in "$KAFKA_STATE/logs/kafka.out" "$KAFKA_STATE/logs/server.log"; do
    [[ -s $log ]] && { printf -- '--- last 40 lines of %s\n' "$log" >&2; tail -n 40 "$log" >&2; }
  done
  return 0
}

kafka_fetch() {
  [[ -f $KAFKA_LIBS/.complete ]] && return 0
  say "kafka: fetching broker $KAFKA_VERSION jars (Maven Central, cached in ~/.m2)"
  rm -rf "$KAFKA_LIBS"
  mkdir -p "$KAFKA_LIBS"
  quiet mvn -q -B -f "$ENGINE_DIR/kafka-broker/pom.xml" "-Dkafka-broker.version=$KAFKA_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS"
  touch "$KAFKA_LIBS/.complete"
}

kafka_java() { # runs a Kafka main class with the broker's class path and logging
  "$JDK/bin/java" -Djava.awt.headless=true "-Dkafka.logs.dir=$KAFKA_STATE/logs" \
    "-Dlog4j2.configurationFile=$ENGINE_DIR/kafka-broker/log4j2.xml" -cp "$KAFKA_LIBS/*" "$@"
}

kafka_configure() {
  mkdir -p "$KAFKA_STATE"/{config,data,logs}
  cat >"$KAFKA_STATE/config/server.properties" <<EOF
# Generated by engine/local-engine.sh on every 'up': change the script, not this file.
# One process is both broker and KRaft controller, with a static one-voter quorum.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_STATE/data
num.partitions=3
auto.create.topics.enable=true
# Internal topics default to 3 replicas; on one broker consumers would wait for them forever.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Tests create groups constantly; the 3 s join delay only helps multi-member production groups.
group.initial.rebalance.delay.ms=0
EOF
  [[ -f $KAFKA_STATE/data/meta.properties ]] && return 0
  say "kafka: formatting storage (KRaft)"
  local cluster_id
  cluster_id=$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)
  [[ -n $cluster_id ]] || die "kafka StorageTool random-uuid printed nothing"
  # Static controller.quorum.voters: no --standalone / --initial-controllers (those are for dynamic quorums).
  quiet kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_STATE/config/server.properties"
}

kafka_state() {
  local pid
  pid=$(pid_of "$KAFKA_PIDFILE") || true
  if ! is_ours "$pid" "$KAFKA_MARKER"; then
    echo down
  elif port_answers "$(kafka_ports_recorded)"; then
    echo up
  else
    echo unresponsive
  fi
}

kafka_wait() {
  local port=$1 from_line=$2 deadline=$((SECONDS + KAFKA_START_TIMEOUT)) pid
  while ((SECONDS < deadline)); do
    pid=$(pid_of "$KAFKA_PIDFILE") || true
    if [[ -z $pid ]] || ! kill -0 "$pid" 2>/dev/null; then
      kafka_log_tail
      die "kafka exited during start-up (log: $KAFKA_STATE/logs)"
    fi
    # The port opens before the broker has caught up with the metadata log; this line comes after.
    if port_answers "$port" &&
      tail -n "+$((from_line + 1))" "$KAFKA_STATE/logs/server.log" 2>/dev/null | grep -q 'Kafka Server started'; then
      return 0
    fi
    sleep 0.5
  done
  kafka_log_tail
  die "kafka not ready after ${KAFKA_START_TIMEOUT}s (log: $KAFKA_STATE/logs)"
}

kafka_up() {
  case $(kafka_state) in
  up)
    say "kafka: already up 127.0.0.1:$(kafka_ports_recorded) (pid $(pid_of "$KAFKA_PIDFILE"))"
    return 0
    ;;
  unresponsive)
    # Without its start line we cannot tell "starting" from "hung": restart it.
    stop_pid kafka "$KAFKA_PIDFILE" "$KAFKA_MARKER"
    ;;
  esac
  rm -f "$KAFKA_PIDFILE"
  require_free_port "$KAFKA_PORT" LIAISON_KAFKA_PORT
  require_free_port "$KAFKA_CONTROLLER_PORT" LIAISON_KAFKA_CONTROLLER_PORT
  java_home
  kafka_fetch
  kafka_configure
  echo "$KAFKA_PORT" >"$KAFKA_STATE/port"
  local from_line=0
  [[ -f $KAFKA_STATE/logs/server.log ]] && from_line=$(wc -l <"$KAFKA_STATE/logs/server.log")
  say "kafka: starting $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT, heap $KAFKA_HEAP)"
  # The wrapper writes its own pid and execs java, so the pid file names the JVM itself.
  (
    cd "$KAFKA_STATE"
    # shellcheck disable=SC2016 # expanded by the inner bash
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$KAFKA_PIDFILE" \
      nohup "$JDK/bin/java" "-Xms$KAFKA_HEAP" "-Xmx$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -Djava.awt.headless=true "-Dkafka.logs.dir=$KAFKA_STATE/logs" \
      "-Dlog4j2.configurationFile=$ENGINE_DIR/kafka-broker/log4j2.xml" \
      -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_STATE/config/server.properties" \
      </dev/null >>"$KAFKA_STATE/logs/kafka.out" 2>&1 9<&- &
  )
  for _ in {1..50}; do [[ -s $KAFKA_PIDFILE ]] && break; sleep 0.1; done
  kafka_wait "$KAFKA_PORT" "$from_line"
}

kafka_down() { stop_pid kafka "$KAFKA_PIDFILE" "$KAFKA_MARKER"; }

kafka_status() {
  local pid
  pid=$(pid_of "$KAFKA_PIDFILE") || true
  case $(kafka_state) in
  up) say "kafka: up 127.0.0.1:$(kafka_ports_recorded) (pid $pid)" ;;
  unresponsive) say "kafka: not answering on 127.0.0.1:$(kafka_ports_recorded) (pid $pid)"; return 3 ;;
  *) say "kafka: down"; return 3 ;;
  esac
}

# ---------------------------------------------------------------------------------------------------
# Reset

# Prints the folder with symlinks resolved; fails if it does not really lie inside the engine home.
inside_home() {
  local target
  target=$(realpath -m -- "$1")
  [[ -n $EH && $EH != / && $target == "$EH"/* ]] || die "refusing to delete $target: not inside engine home $EH"
  printf '%s\n' "$target"
}

# Stops the engines, then deletes their data and logs. Every path is checked before anything is
# stopped or deleted, so a refusal leaves the engines as they were.
reset_engines() {
  local es=$1 kafka=$2 dir target
  local -a doomed=()
  ((kafka)) && for dir in data logs; do target=$(inside_home "$KAFKA_STATE/$dir") || exit 1; doomed+=("$target"); done
  ((es)) && for dir in data logs tmp; do target=$(inside_home "$ES_STATE/$dir") || exit 1; doomed+=("$target"); done
  if ((kafka)); then kafka_down; rm -f "$KAFKA_STATE/port"; fi
  if ((es)); then es_down; rm -f "$ES_STATE/http.port"; fi
  rm -rf -- "${doomed[@]}"
  say "engine: data and logs deleted under $EH (distributions kept)"
}

# ---------------------------------------------------------------------------------------------------

usage() {
  sed -n '5,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

main() {
  local command=${1:-} es=1 kafka=1
  [[ $# -gt 0 ]] && shift
  for arg in "$@"; do
    case $arg in
    --es-only) kafka=0 ;;
    --kafka-only) es=0 ;;
    *) usage ;;
    esac
  done
  ((es + kafka > 0)) || die "--es-only and --kafka-only exclude each other"
  case $command in
  up)
    # The user comes first: where the engine home lives depends on what it can reach (also for
    # --kafka-only, so the home never moves between runs).
    ensure_es_user
    resolve_engine_home 1
    take_lock
    ((es)) && es_up
    ((kafka)) && kafka_up
    ;;
  down)
    resolve_engine_home 0
    take_lock
    ((kafka)) && kafka_down
    ((es)) && es_down
    ;;
  status)
    resolve_engine_home 0
    local rc=0
    if ((es)); then es_status || rc=3; fi
    if ((kafka)); then kafka_status || rc=3; fi
    return "$rc"
    ;;
  reset)
    resolve_engine_home 0
    [[ -d $EH ]] || return 0
    take_lock
    reset_engines "$es" "$kafka"
    ;;
  *) usage ;;
  esac
  return 0
}

main "$@"
