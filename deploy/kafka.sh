#!/usr/bin/env bash
# Local single-node Apache Kafka 4.1.2 broker (KRaft), run from Maven Central jars. No Docker.
#
#   deploy/kafka.sh start    idempotent: reuse a broker answering on 127.0.0.1:9092, else fetch jars if
#                            missing, format .run/kafka-data once, start, wait until ready, create topics
#   deploy/kafka.sh topics   create the platform topics if absent
#   deploy/kafka.sh move-groups-to-end  commit end offsets for the services' consumer groups (services stopped)
#   deploy/kafka.sh stop     SIGTERM, wait up to 30 s, then SIGKILL (only the broker this script started)
#   deploy/kafka.sh status   exit 0 if the broker answers, 3 if not
#
# Runtime state: .run/kafka/lib (jars), .run/kafka/server.properties, .run/kafka-data, .run/kafka-cluster-id,
# .run/kafka.pid, .run/logs/kafka.log (broker), .run/logs/kafka-tools.log (CLI tools).
# Env: KAFKA_STARTED_FILE=<path>  if set, `start` writes the broker pid there when it launched it (test.sh).
#      KAFKA_READY_TIMEOUT=120      seconds to wait for readiness.
#      KAFKA_TOPICS_VIA=topiccommand  create topics with one TopicCommand JVM each instead of EnsureTopics.java.
#      SME_KAFKA_PORT=9092          broker port (controller = port + 1). With SME_RUN_DIR pointing elsewhere, a second
#                                   checkout runs its own broker, so two test suites never share topics or groups
#                                   (then export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:<port> for the tests).
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_tag=kafka
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$DEPLOY_DIR/lib/common.sh"

KAFKA_VERSION=4.1.2
KAFKA_HOST=127.0.0.1
KAFKA_PORT="${SME_KAFKA_PORT:-9092}"
CONTROLLER_PORT=$((KAFKA_PORT + 1))
BOOTSTRAP="$KAFKA_HOST:$KAFKA_PORT"

KAFKA_HOME="$RUN_DIR/kafka"
LIB_DIR="$KAFKA_HOME/lib"
PROPS="$KAFKA_HOME/server.properties"
DATA_DIR="$RUN_DIR/kafka-data"
PID_FILE="$RUN_DIR/kafka.pid"
CLUSTER_ID_FILE="$RUN_DIR/kafka-cluster-id"
LOCK_FILE="$RUN_DIR/kafka.lock"
BROKER_LOG="$LOG_DIR/kafka.log"
BROKER_OUT="$LOG_DIR/kafka.out"
TEMPLATE="$DEPLOY_DIR/kafka/server.properties.template"
LOG4J_CONF="$DEPLOY_DIR/kafka/log4j2.properties"
READY_TIMEOUT_S="${KAFKA_READY_TIMEOUT:-120}"
STOP_TIMEOUT_S=30
# identifies our broker process: `java ... kafka.Kafka <abs path of our server.properties>`
BROKER_PATTERN="kafka.Kafka $PROPS"

EVENT_TOPICS=(sme.customer.events sme.rating.events sme.origination.events sme.monitoring.events
  sme.collections.events corebanking.repayments corebanking.disbursements)
EVENT_PARTITIONS=6
DLQ_TOPICS=(sme.dlq.customer-service sme.dlq.rating-service sme.dlq.origination-service
  sme.dlq.monitoring-service sme.dlq.collections-service)
DLQ_PARTITIONS=1

# short-lived CLI JVMs (killed after TOOL_TIMEOUT_S, default 60): small heap, C1 only (faster start), log to kafka-tools.log
tool() {
  timeout "${TOOL_TIMEOUT_S:-60}" java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dkafka.logs.dir="$LOG_DIR" -Dkafka.log.name=kafka-tools -Dlog4j2.configurationFile="$LOG4J_CONF" \
    -cp "$LIB_DIR/*" "$@"
}

jars_present() {
  [[ -f "$LIB_DIR/kafka_2.13-$KAFKA_VERSION.jar" && -f "$LIB_DIR/kafka-tools-$KAFKA_VERSION.jar" \
    && -n "$(compgen -G "$LIB_DIR/log4j-slf4j-impl-*.jar" || true)" ]]
}

fetch_jars() {
  jars_present && return 0
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central into ${LIB_DIR#"$REPO_ROOT/"} ..."
  local t0; t0=$(now_ms)
  mkdir -p "$LIB_DIR"
  (cd "$REPO_ROOT" && ./mvnw -B -q -f deploy/kafka/pom.xml \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -Dkafka.lib.dir="$LIB_DIR") || die "fetching the Kafka jars failed (./mvnw -f deploy/kafka/pom.xml)"
  jars_present || die "jars missing in $LIB_DIR after the fetch"
  log "jars fetched in $(fmt_ms $(($(now_ms) - t0))) ($(du -sh "$LIB_DIR" | cut -f1), $(ls "$LIB_DIR" | wc -l) files)"
}

render_props() {
  mkdir -p "$KAFKA_HOME"
  sed -e "s#@KAFKA_DATA_DIR@#$DATA_DIR#g" -e "s#@KAFKA_PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$CONTROLLER_PORT#g" \
    "$TEMPLATE" >"$PROPS.tmp"
  mv "$PROPS.tmp" "$PROPS"
}

format_storage_once() {
  if [[ -f "$DATA_DIR/meta.properties" ]]; then
    # keep the cluster id file in step with what is on disk
    local on_disk
    on_disk=$(sed -n 's/^cluster\.id=//p' "$DATA_DIR/meta.properties")
    [[ -n "$on_disk" ]] && [[ "$(cat "$CLUSTER_ID_FILE" 2>/dev/null || true)" != "$on_disk" ]] \
      && echo "$on_disk" >"$CLUSTER_ID_FILE"
    return 0
  fi
  local cid
  if [[ -s "$CLUSTER_ID_FILE" ]]; then
    cid=$(tr -d '[:space:]' <"$CLUSTER_ID_FILE")
  else
    cid=$(tool kafka.tools.StorageTool random-uuid | tail -1 | tr -d '[:space:]') || die "StorageTool random-uuid failed"
    [[ -n "$cid" ]] || die "StorageTool random-uuid returned nothing"
    echo "$cid" >"$CLUSTER_ID_FILE"
  fi
  log "formatting ${DATA_DIR#"$REPO_ROOT/"} (cluster id $cid)"
  mkdir -p "$DATA_DIR"
  tool kafka.tools.StorageTool format -t "$cid" -c "$PROPS" --standalone >>"$LOG_DIR/kafka-tools.log" 2>&1 \
    || { tail_log "$LOG_DIR/kafka-tools.log" 20; die "StorageTool format failed"; }
}

# our broker's pid: from the pid file if alive and really our broker, else a running orphan of ours
our_pid() {
  local pid
  pid=$(read_pid "$PID_FILE")
  if [[ -n "$pid" ]] && pid_matches "$pid" "$BROKER_PATTERN"; then echo "$pid"; return 0; fi
  pid=$(find_pids "$BROKER_PATTERN" | head -1)
  if [[ -n "$pid" ]]; then echo "$pid" >"$PID_FILE"; echo "$pid"; return 0; fi
  rm -f "$PID_FILE"
  return 0
}

topic_list() { tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --list 2>>"$LOG_DIR/kafka-tools.log"; }

# wait until the port answers and TopicCommand --list succeeds; PID (optional) must stay alive
wait_ready() {
  local pid=${1:-} t0 deadline
  t0=$(now_ms); deadline=$((t0 + READY_TIMEOUT_S * 1000))
  while (($(now_ms) < deadline)); do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail_log "$BROKER_LOG" 40; tail_log "$BROKER_OUT" 20
      die "broker (pid $pid) exited during startup"
    fi
    if port_open "$KAFKA_HOST" "$KAFKA_PORT" && topic_list >/dev/null; then
      log "broker ready on $BOOTSTRAP after $(fmt_ms $(($(now_ms) - t0)))${pid:+ (pid $pid, RSS $(rss_mb "$pid") MB)}"
      return 0
    fi
    sleep 0.5
  done
  tail_log "$BROKER_LOG" 40; tail_log "$BROKER_OUT" 20
  die "broker not ready on $BOOTSTRAP within ${READY_TIMEOUT_S}s${pid:+ (pid $pid still running; 'deploy/kafka.sh stop' stops it)}"
}

create_topic() { # topic partitions
  tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$1" --partitions "$2" --replication-factor 1 >/dev/null 2>>"$LOG_DIR/kafka-tools.log"
}

all_topic_specs() { printf '%s\n' "${EVENT_TOPICS[@]/%/:$EVENT_PARTITIONS}" "${DLQ_TOPICS[@]/%/:$DLQ_PARTITIONS}"; }

# fallback when the JVM cannot run source files (a JRE without jdk.compiler): one TopicCommand per missing topic
topics_with_topiccommand() {
  local existing spec missing=()
  existing=$(topic_list) || die "cannot list topics on $BOOTSTRAP (is the broker running? deploy/kafka.sh start)"
  while read -r spec; do
    grep -qxF "${spec%:*}" <<<"$existing" || missing+=("$spec")
  done < <(all_topic_specs)
  # ~1.5 s of CPU per JVM; 3 at a time
  local i j pids=() failed=()
  for ((i = 0; i < ${#missing[@]}; i += 3)); do
    pids=()
    for spec in "${missing[@]:i:3}"; do
      create_topic "${spec%:*}" "${spec##*:}" &
      pids+=("$!")
    done
    for j in "${!pids[@]}"; do
      wait "${pids[j]}" || failed+=("${missing[i + j]%:*}")
    done
  done
  ((${#failed[@]} == 0)) || die "creating topic(s) failed: ${failed[*]} (see .run/logs/kafka-tools.log)"
  echo "summary: ${#missing[@]} created, $(( $(all_topic_specs | wc -l) - ${#missing[@]} )) already present"
}

# all topics in one JVM (deploy/kafka/EnsureTopics.java, run as a source file): ~3 s instead of ~20 s
topics_with_admin_client() {
  local specs=()
  mapfile -t specs < <(all_topic_specs)
  tool "$DEPLOY_DIR/kafka/EnsureTopics.java" "$BOOTSTRAP" "${specs[@]}" 2>>"$LOG_DIR/kafka-tools.log"
}

# the services' consumer groups start after everything already on the topics (fresh databases: demo, system tests)
cmd_move_groups_to_end() {
  jars_present || fetch_jars
  local t0 groups=customer-service,rating-service,origination-service,monitoring-service,collections-service
  t0=$(now_ms)
  tool "$DEPLOY_DIR/kafka/MoveGroupsToEnd.java" "$BOOTSTRAP" "$groups" sme.customer.events sme.rating.events \
    sme.origination.events sme.monitoring.events sme.collections.events corebanking.repayments \
    corebanking.disbursements 2>>"$LOG_DIR/kafka-tools.log" | sed 's/^/[kafka]   /' \
    || { tail_log "$LOG_DIR/kafka-tools.log" 20; die "moving the consumer groups failed"; }
  log "consumer groups moved to the end of the topics ($(fmt_ms $(($(now_ms) - t0))))"
}

cmd_topics() {
  jars_present || fetch_jars
  local t0 out
  t0=$(now_ms)
  if [[ "${KAFKA_TOPICS_VIA:-}" != topiccommand ]] && java --list-modules 2>/dev/null | grep -q '^jdk.compiler@'; then
    out=$(topics_with_admin_client) || { tail_log "$LOG_DIR/kafka-tools.log" 20; die "creating the topics failed"; }
  else
    out=$(topics_with_topiccommand)
  fi
  grep -v '^summary:' <<<"$out" | sed 's/^/[kafka]   /' || true
  log "topics: $(sed -n 's/^summary: //p' <<<"$out") ($(fmt_ms $(($(now_ms) - t0))))"
}

cmd_start() {
  exec 9>"$LOCK_FILE"
  flock -w $((READY_TIMEOUT_S + 30)) 9 || die "another kafka.sh holds $LOCK_FILE"

  local pid
  pid=$(our_pid)
  if [[ -n "$pid" ]]; then
    log "our broker is already running (pid $pid); reusing it"
    jars_present || fetch_jars
    wait_ready "$pid"
    cmd_topics
    return 0
  fi
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    jars_present || fetch_jars
    if topic_list >/dev/null; then
      log "a Kafka broker not started by this script answers on $BOOTSTRAP; reusing it"
      cmd_topics
      return 0
    fi
    die "port $KAFKA_PORT is taken by something that is not a working Kafka broker: $(port_owner "$KAFKA_PORT")"
  fi
  if port_open "$KAFKA_HOST" "$CONTROLLER_PORT"; then
    die "controller port $CONTROLLER_PORT is taken: $(port_owner "$CONTROLLER_PORT")"
  fi

  fetch_jars
  render_props
  format_storage_once
  # last guard against two brokers on one data dir (the pid file can be lost; the data dir cannot be shared)
  local users
  users=$(pids_using "$DATA_DIR" | tr '\n' ' ')
  [[ -z "${users// /}" ]] || die "refusing to start: process(es) $users already hold files in $DATA_DIR (another broker?)"

  log "starting broker (logs: .run/logs/kafka.log)"
  : >>"$BROKER_LOG"
  echo "=== $(date -Is) start ===" >>"$BROKER_OUT"
  launch_bg "$PID_FILE" "$BROKER_OUT" \
    java -Xms64m -Xmx512m -XX:+UseG1GC \
    -Dkafka.logs.dir="$LOG_DIR" -Dlog4j2.configurationFile="$LOG4J_CONF" \
    -cp "$LIB_DIR/*" kafka.Kafka "$PROPS"
  pid=$(read_pid "$PID_FILE")
  [[ -n "${KAFKA_STARTED_FILE:-}" ]] && echo "$pid" >"$KAFKA_STARTED_FILE"
  wait_ready "$pid"
  cmd_topics
}

cmd_stop() {
  # no lock on purpose: stop must work even while a `start` waits for readiness
  local pid t0
  pid=$(our_pid)
  if [[ -z "$pid" ]]; then
    log "broker not running (nothing to stop)"
    port_open "$KAFKA_HOST" "$KAFKA_PORT" && log "note: something not started by this script listens on $BOOTSTRAP; left alone"
    return 0
  fi
  t0=$(now_ms)
  log "stopping broker (pid $pid)"
  stop_pids "$STOP_TIMEOUT_S" "$BROKER_PATTERN" "$pid"
  rm -f "$PID_FILE"
  log "broker stopped in $(fmt_ms $(($(now_ms) - t0)))"
}

cmd_status() {
  local pid
  pid=$(our_pid)
  if [[ -n "$pid" ]]; then
    if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
      echo "kafka: running, listening on $BOOTSTRAP (pid $pid, RSS $(rss_mb "$pid") MB)"
    else
      echo "kafka: running, NOT listening yet on $BOOTSTRAP (pid $pid, RSS $(rss_mb "$pid") MB)"
    fi
    return 0
  fi
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    echo "kafka: something not started by kafka.sh listens on $BOOTSTRAP ($(port_owner "$KAFKA_PORT"))"
    return 0
  fi
  echo "kafka: not running"
  return 3
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  topics) cmd_topics ;;
  move-groups-to-end) cmd_move_groups_to_end ;;
  fetch) fetch_jars ;;
  *) echo "usage: $0 start|stop|status|topics|fetch" >&2; exit 64 ;;
esac
