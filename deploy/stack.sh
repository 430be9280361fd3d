#!/usr/bin/env bash
# The whole local stack: PostgreSQL databases and roles, Kafka broker, Keycloak, the five services and the
# nginx API gateway in front of them.
#
#   deploy/stack.sh up              db.sh ensure, kafka.sh start, keycloak.sh start (launched first, awaited
#                                   later: it takes longest), build if needed, start services, wait for
#                                   /q/health/ready, gateway.sh start, print a summary (idempotent)
#   deploy/stack.sh down            stop the gateway, the services, Keycloak, then the broker (safe when nothing runs)
#   deploy/stack.sh status          per component: running / ready / RSS
#   deploy/stack.sh demo            stop the services, reset the five service databases, up, then run
#                                   org.smecredit.demo.CreditCycleDemo (demo module); --keep-data skips the reset
#   deploy/stack.sh logs <svc>      tail -F .run/logs/<svc>.log (customer, customer-service, kafka, keycloak,
#                                   gateway = the gateway's access log)
#   deploy/stack.sh stop <svc>...   stop only the named services (used by test.sh)
#
# Env: SKIP_BUILD=1              never run Maven; fail if a runnable jar is missing
#      SERVICES_READY_TIMEOUT=180  seconds to wait for all services' readiness
#      STACK_STARTED_FILE=<path>   `up` appends the name of every service it launches (used by test.sh)
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_tag=stack
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$DEPLOY_DIR/lib/common.sh"

SERVICES=(customer-service rating-service origination-service monitoring-service collections-service)
declare -A PORT=([customer-service]=8081 [rating-service]=8082 [origination-service]=8083
  [monitoring-service]=8084 [collections-service]=8085)
SHARED_MODULES=(contracts testkit platform)   # reactor modules every service builds on (for the staleness check)
JAVA_OPTS_SVC=(-Xmx256m -XX:+UseSerialGC)
READY_TIMEOUT_S="${SERVICES_READY_TIMEOUT:-180}"
STOP_TIMEOUT_S=20
BUILD_STAMP="$RUN_DIR/build.stamp"
DEMO_STAMP="$RUN_DIR/demo-build.stamp"
LOCK_FILE="$RUN_DIR/stack.lock"
T_START=$(now_ms)

svc_jar() { echo "$REPO_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
svc_pidfile() { echo "$RUN_DIR/$1.pid"; }
svc_log() { echo "$LOG_DIR/$1.log"; }
svc_pattern() { echo "-jar $(svc_jar "$1")"; }
svc_url() { echo "http://127.0.0.1:${PORT[$1]}/q/health/$2"; }

# pid of our running instance of the service (pid file, else an orphan found by its command line)
svc_pid() {
  local svc=$1 pf pid
  pf=$(svc_pidfile "$svc")
  pid=$(read_pid "$pf")
  if [[ -n "$pid" ]] && pid_matches "$pid" "$(svc_pattern "$svc")"; then echo "$pid"; return 0; fi
  pid=$(find_pids "$(svc_pattern "$svc")" | head -1)
  if [[ -n "$pid" ]]; then echo "$pid" >"$pf"; echo "$pid"; return 0; fi
  rm -f "$pf"
  return 0
}

resolve_svc() { # customer | customer-service -> customer-service
  local s
  for s in "${SERVICES[@]}"; do
    if [[ "$1" == "$s" || "$1-service" == "$s" ]]; then echo "$s"; return 0; fi
  done
  die "unknown service '$1' (one of: ${SERVICES[*]})" 64
}

lock() {
  exec 8>"$LOCK_FILE"
  flock -w 300 8 || die "another stack.sh up/down/demo is running (lock $LOCK_FILE)"
}

on_exit() {
  local rc=$?
  if ((rc != 0 && rc != 64)); then
    record_failed_phase
    if ((${#PHASE_LINES[@]})); then echo; print_phases; fi
    echo "[stack] FAILED (exit $rc) after $(fmt_ms $(($(now_ms) - T_START)))" >&2
  fi
}
trap on_exit EXIT

# ---------------------------------------------------------------- build
sources_of() { # paths whose changes make the service's runnable jar stale
  local m
  echo "$REPO_ROOT/pom.xml"
  for m in "$1" "${SHARED_MODULES[@]}"; do echo "$REPO_ROOT/$m/pom.xml"; echo "$REPO_ROOT/$m/src"; done
}

build_if_needed() {
  local svc jar ref srcs=() missing=() outdated=()
  for svc in "${SERVICES[@]}"; do
    jar=$(svc_jar "$svc")
    if [[ ! -f "$jar" ]]; then missing+=("$svc"); continue; fi
    ref=$(newest "$jar" "$BUILD_STAMP")
    mapfile -t srcs < <(sources_of "$svc")
    if stale "$ref" "${srcs[@]}"; then outdated+=("$svc"); fi
  done
  if ((${#missing[@]} + ${#outdated[@]} == 0)); then
    log "runnable jars are up to date; no build"
    return 0
  fi
  if [[ "${SKIP_BUILD:-0}" == 1 ]]; then
    ((${#missing[@]} == 0)) || die "SKIP_BUILD=1 but runnable jars are missing for: ${missing[*]} (build: ./mvnw -DskipTests install)"
    warn "SKIP_BUILD=1: sources are newer than the jars of ${outdated[*]}; starting the existing jars anyway"
    return 0
  fi
  log "building (${missing[*]:+missing: ${missing[*]}; }${outdated[*]:+outdated: ${outdated[*]}}): ./mvnw -B -q -DskipTests install"
  # install (not just package): `-pl demo` / `-pl system-tests` later resolve contracts/platform from ~/.m2
  touch "$BUILD_STAMP.new"
  (cd "$REPO_ROOT" && ./mvnw -B -q -DskipTests install) || { rm -f "$BUILD_STAMP.new"; die "build failed"; }
  mv "$BUILD_STAMP.new" "$BUILD_STAMP"
  for svc in "${SERVICES[@]}"; do
    [[ -f "$(svc_jar "$svc")" ]] || die "build finished but $(svc_jar "$svc") is missing (is $svc a Quarkus module in the root pom?)"
  done
}

# ---------------------------------------------------------------- services
launch_service() { # svc [restart]
  local svc=$1 restart=${2:-} logf pf
  logf=$(svc_log "$svc"); pf=$(svc_pidfile "$svc")
  [[ -f "$logf" ]] && mv -f "$logf" "$logf.1"
  echo "=== $(date -Is) stack.sh up: starting $svc on port ${PORT[$svc]} ===" >"$logf"
  (
    cd "$REPO_ROOT/$svc"
    # runtime database role sme_app (DML only, audit_log append-only), Flyway as the owner role sme_owner
    set -a
    # shellcheck disable=SC1090
    source <("$DEPLOY_DIR/db.sh" env)
    set +a
    export SME_STACK=local QUARKUS_HTTP_PORT="${PORT[$svc]}"
    # the local stack simulates months of a loan book (demo, system tests): monitoring may run future dates
    export MONITORING_DAILY_RUN_ALLOW_FUTURE_DATES=true
    launch_bg "$pf" "$logf" java "${JAVA_OPTS_SVC[@]}" -jar "$(svc_jar "$svc")"
  )
  # a restart replaces an instance someone else started: it is not ours to stop later (test.sh)
  if [[ -n "${STACK_STARTED_FILE:-}" && -z "$restart" ]]; then echo "$svc" >>"$STACK_STARTED_FILE"; fi
  log "started $svc (pid $(read_pid "$pf"), log .run/logs/$svc.log)"
}

start_services() {
  local svc pid age code pending=()
  local conflicts=()
  for svc in "${SERVICES[@]}"; do
    if [[ -z "$(svc_pid "$svc")" ]] && port_open 127.0.0.1 "${PORT[$svc]}"; then
      conflicts+=("port ${PORT[$svc]} ($svc) is taken by $(port_owner "${PORT[$svc]}")")
    fi
  done
  if ((${#conflicts[@]})); then
    printf '[stack]   %s\n' "${conflicts[@]}" >&2
    die "service port(s) taken by processes not started by stack.sh; stop them first (nothing was started)"
  fi
  local restart
  for svc in "${SERVICES[@]}"; do
    restart=""
    pid=$(svc_pid "$svc")
    if [[ -n "$pid" ]] && (($(stat -c %Y "$(svc_jar "$svc")" 2>/dev/null || echo 0) > $(proc_start_epoch "$pid" || echo 0))); then
      # the jar was rebuilt after this process started: it runs old code (e.g. test.sh rebuilt everything)
      log "$svc (pid $pid) runs an older build than $(basename "$(svc_jar "$svc")"); restarting it"
      stop_pids "$STOP_TIMEOUT_S" "$(svc_pattern "$svc")" "$pid"
      rm -f "$(svc_pidfile "$svc")"
      pid=""
      restart=1
    fi
    if [[ -n "$pid" ]]; then
      if [[ "$(http_code "$(svc_url "$svc" ready)")" == 200 ]]; then
        log "$svc already running and ready (pid $pid); left alone"
        continue
      fi
      age=$(ps -o etimes= -p "$pid" 2>/dev/null | tr -d ' ' || echo 0)
      code=$(http_code "$(svc_url "$svc" live)")
      if [[ "$code" == 200 || "${age:-0}" -lt 90 ]]; then
        log "$svc already running (pid $pid, up ${age}s, liveness $code); waiting for its readiness"
        pending+=("$svc")
        continue
      fi
      warn "$svc (pid $pid) runs for ${age}s but does not answer on port ${PORT[$svc]}; restarting it"
      stop_pids "$STOP_TIMEOUT_S" "$(svc_pattern "$svc")" "$pid"
      restart=1
    fi
    if port_open 127.0.0.1 "${PORT[$svc]}"; then
      die "port ${PORT[$svc]} ($svc) is taken by a process not started by stack.sh: $(port_owner "${PORT[$svc]}")"
    fi
    launch_service "$svc" "$restart"
    pending+=("$svc")
  done
  ((${#pending[@]})) || return 0
  wait_services_ready "${pending[@]}"
}

wait_services_ready() {
  local pending=("$@") still svc pid code t0 deadline
  declare -A last=()
  t0=$(now_ms); deadline=$((t0 + READY_TIMEOUT_S * 1000))
  log "waiting up to ${READY_TIMEOUT_S}s for readiness of: ${pending[*]}"
  while ((${#pending[@]})); do
    still=()
    for svc in "${pending[@]}"; do
      pid=$(read_pid "$(svc_pidfile "$svc")")
      if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null; then
        rm -f "$(svc_pidfile "$svc")"
        tail_log "$(svc_log "$svc")" 60
        die "$svc exited during startup (see .run/logs/$svc.log)"
      fi
      code=$(http_code "$(svc_url "$svc" ready)")
      last[$svc]=$code
      if [[ "$code" == 200 ]]; then
        log "$svc ready after $(fmt_ms $(($(now_ms) - t0))) (RSS $(rss_mb "$pid") MB)"
      else
        still+=("$svc")
      fi
    done
    pending=("${still[@]}")
    ((${#pending[@]})) || break
    if (($(now_ms) >= deadline)); then
      for svc in "${pending[@]}"; do
        echo "[stack] NOT READY: $svc (port ${PORT[$svc]}, last /q/health/ready status ${last[$svc]})" >&2
        local body
        body=$(curl -s --max-time 3 "$(svc_url "$svc" ready)" 2>/dev/null | head -c 2000 || true)
        [[ -n "$body" ]] && echo "$body" >&2
        tail_log "$(svc_log "$svc")" 40
      done
      die "not ready within ${READY_TIMEOUT_S}s: ${pending[*]} (still running; 'deploy/stack.sh down' stops everything)"
    fi
    sleep 1
  done
}

stop_services() { # svc...
  local svc pid pids=()
  for svc in "$@"; do
    pid=$(svc_pid "$svc")
    [[ -n "$pid" ]] && pids+=("$pid") && log "stopping $svc (pid $pid)"
  done
  if ((${#pids[@]} == 0)); then
    log "no service running${*:+ among: $*}"
    return 0
  fi
  # one common pattern for all five: every pid was already checked against its own service pattern
  stop_pids "$STOP_TIMEOUT_S" "-jar $REPO_ROOT/" "${pids[@]}"
  for svc in "$@"; do rm -f "$(svc_pidfile "$svc")"; done
  log "stopped ${#pids[@]} service(s)"
}

summary() {
  local svc pid state code
  printf '\n%-22s %5s %8s %8s  %s\n' service port pid "RSS MB" state
  for svc in "${SERVICES[@]}"; do
    pid=$(svc_pid "$svc")
    code=$(http_code "$(svc_url "$svc" ready)")
    if [[ -n "$pid" ]]; then
      if [[ "$code" == 200 ]]; then state=ready; else state="running, not ready (HTTP $code)"; fi
      printf '%-22s %5s %8s %8s  %s\n' "$svc" "${PORT[$svc]}" "$pid" "$(rss_mb "$pid")" "$state"
    elif [[ "$code" != 000 ]]; then
      printf '%-22s %5s %8s %8s  %s\n' "$svc" "${PORT[$svc]}" "?" "-" "port answers (HTTP $code) but not started by stack.sh"
    else
      printf '%-22s %5s %8s %8s  %s\n' "$svc" "${PORT[$svc]}" "-" "-" "not running"
    fi
  done
  local kpid
  kpid=$(read_pid "$RUN_DIR/kafka.pid")
  if [[ -n "$kpid" ]] && pid_matches "$kpid" "kafka.Kafka"; then
    printf '%-22s %5s %8s %8s  %s\n' "kafka" 9092 "$kpid" "$(rss_mb "$kpid")" \
      "$(port_open 127.0.0.1 9092 && echo running || echo "running, port closed")"
  fi
  "$DEPLOY_DIR/keycloak.sh" status || true
  "$DEPLOY_DIR/gateway.sh" status || true
}

# ---------------------------------------------------------------- commands
cmd_up() {
  run_phase "postgres (db.sh)" "$DEPLOY_DIR/db.sh" ensure
  run_phase "keycloak (launch)" "$DEPLOY_DIR/keycloak.sh" start --no-wait
  run_phase "kafka" "$DEPLOY_DIR/kafka.sh" start
  run_phase "build" build_if_needed
  # the services retry Keycloak's discovery (quarkus.oidc.connection-delay) but tokens need the realm: wait here
  run_phase "keycloak (ready)" "$DEPLOY_DIR/keycloak.sh" start
  run_phase "services" start_services
  run_phase "gateway" "$DEPLOY_DIR/gateway.sh" start
  summary
  [[ "${1:-}" == --quiet-phases ]] && return 0
  echo
  print_phases
  log "stack up in $(fmt_ms $(($(now_ms) - T_START)))"
}

cmd_down() {
  "$DEPLOY_DIR/gateway.sh" stop
  stop_services "${SERVICES[@]}"
  "$DEPLOY_DIR/keycloak.sh" stop
  "$DEPLOY_DIR/kafka.sh" stop
}

cmd_status() {
  "$DEPLOY_DIR/db.sh" status || true
  "$DEPLOY_DIR/kafka.sh" status || true
  summary
}

build_demo_if_needed() {
  [[ "${SKIP_BUILD:-0}" == 1 ]] && return 0
  local ref srcs=()
  ref=$(newest "$DEMO_STAMP" "$BUILD_STAMP")
  mapfile -t srcs < <(sources_of demo)
  if [[ ! -d "$REPO_ROOT/demo/target/classes" ]] || stale "$ref" "${srcs[@]}"; then
    log "building the demo and what it depends on: ./mvnw -B -q -DskipTests -pl demo -am install"
    touch "$DEMO_STAMP.new"
    (cd "$REPO_ROOT" && ./mvnw -B -q -DskipTests -pl demo -am install) || { rm -f "$DEMO_STAMP.new"; die "demo build failed"; }
    mv "$DEMO_STAMP.new" "$DEMO_STAMP"
  fi
}

run_demo() {
  (cd "$REPO_ROOT" && ./mvnw -B -q -pl demo exec:java \
    -Dexec.mainClass=org.smecredit.demo.CreditCycleDemo)
}

cmd_demo() {
  [[ -f "$REPO_ROOT/demo/pom.xml" ]] || die "the demo module does not exist yet (demo/pom.xml missing)"
  grep -q '<module>demo</module>' "$REPO_ROOT/pom.xml" \
    || die "demo/pom.xml exists but 'demo' is not a <module> of the root pom.xml"
  # The demo simulates months of a loan book from today's business date, so it starts from empty service
  # databases every time (Kafka keeps its history; consumers resume after their committed offsets).
  # --keep-data skips the reset (a second demo on the same data then meets the monitoring run dates of the first).
  if [[ "${1:-}" == --keep-data ]]; then
    log "keeping the service databases (--keep-data)"
  elif [[ -z "${1:-}" || "${1:-}" == --fresh ]]; then
    run_phase "stop services" stop_services "${SERVICES[@]}"
    run_phase "reset databases" "$DEPLOY_DIR/db.sh" reset
    run_phase "kafka" "$DEPLOY_DIR/kafka.sh" start
    run_phase "consumers to topic ends" "$DEPLOY_DIR/kafka.sh" move-groups-to-end
  else
    die "usage: $0 demo [--keep-data]" 64
  fi
  cmd_up --quiet-phases
  run_phase "demo build" build_demo_if_needed
  run_phase "demo run" run_demo
  echo
  print_phases
  log "demo finished; wall time $(fmt_ms $(($(now_ms) - T_START)))"
}

cmd_logs() {
  [[ -n "${1:-}" ]] || die "usage: $0 logs <service>|kafka" 64
  local f svc
  if [[ "$1" == kafka || "$1" == keycloak ]]; then
    f="$LOG_DIR/$1.log"
  elif [[ "$1" == gateway ]]; then
    f="$LOG_DIR/gateway-access.log"
  else
    svc=$(resolve_svc "$1")
    f=$(svc_log "$svc")
  fi
  [[ -f "$f" ]] || die "no log yet: $f"
  exec tail -n 200 -F "$f"
}

case "${1:-}" in
  up) lock; cmd_up ;;
  down) cmd_down ;;   # no lock: `down` must work even while an `up` hangs
  status) cmd_status ;;
  demo) lock; shift; cmd_demo "$@" ;;
  logs) shift; cmd_logs "$@" ;;
  stop)
    shift
    (($#)) || die "usage: $0 stop <service>..." 64
    svcs=()
    for s in "$@"; do svc=$(resolve_svc "$s"); svcs+=("$svc"); done
    stop_services "${svcs[@]}"
    ;;
  *) echo "usage: $0 up|down|status|demo [--keep-data]|logs <svc|kafka|keycloak|gateway>|stop <svc>..." >&2; exit 64 ;;
esac
