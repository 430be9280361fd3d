#!/usr/bin/env bash
# The single "run every test" command (CI entry point via .ci/run).
#
#   1. db.sh ensure        PostgreSQL reachable (clear message + exit 2 if not), databases and roles present
#   2. kafka.sh start      broker on 127.0.0.1:9092 (remembers whether this script started it)
#   3. keycloak.sh start --no-wait   Keycloak launched early (its first start takes about 100 s), awaited by 5.
#   4. ./mvnw -B install   unit tests + @QuarkusTest against the real PostgreSQL and Kafka
#                          (install rather than verify: the later `-pl system-tests` run resolves the
#                          reactor modules it depends on from ~/.m2, which Maven 3 cannot do otherwise)
#   5. stack.sh up         with SKIP_BUILD=1: Keycloak, services, nginx gateway (remembers what it started)
#   6. system tests        ./mvnw -B -pl system-tests verify -DskipSystemTests=false (through the gateway, with
#                          Keycloak tokens; includes the permission matrix)
#                          (skipped with a notice while the system-tests module does not exist)
# On exit, stops the gateway, the services, Keycloak and the broker only if this script started them. Prints per-phase wall time
# and PASS/FAIL; exits non-zero on any failure.
# Env: MVN_ARGS="..."  extra arguments for both Maven runs (e.g. -o, -Dsurefire.failIfNoSpecifiedTests=false)
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_tag="test"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$DEPLOY_DIR/lib/common.sh"

T_START=$(now_ms)
STARTED_SVCS_FILE="$RUN_DIR/test-started-services.$$"
KAFKA_MARK="$RUN_DIR/test-started-kafka.$$"
KEYCLOAK_MARK="$RUN_DIR/test-started-keycloak.$$"
GATEWAY_MARK="$RUN_DIR/test-started-gateway.$$"
rm -f "$STARTED_SVCS_FILE" "$KAFKA_MARK" "$KEYCLOAK_MARK" "$GATEWAY_MARK"
read -r -a EXTRA_MVN <<<"${MVN_ARGS:-}"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  record_failed_phase
  local t0
  if [[ -e "$GATEWAY_MARK" ]]; then
    "$DEPLOY_DIR/gateway.sh" stop || warn "stopping the gateway failed"
  fi
  if [[ -s "$STARTED_SVCS_FILE" ]]; then
    t0=$(now_ms)
    # shellcheck disable=SC2046
    "$DEPLOY_DIR/stack.sh" stop $(sort -u "$STARTED_SVCS_FILE") || warn "stopping the services failed"
    PHASE_LINES+=("$(printf '%-22s %8s  %s' "stop services" "$(fmt_ms $(($(now_ms) - t0)))" cleanup)")
  fi
  if [[ -e "$KEYCLOAK_MARK" ]]; then
    t0=$(now_ms)
    "$DEPLOY_DIR/keycloak.sh" stop || warn "stopping Keycloak failed"
    PHASE_LINES+=("$(printf '%-22s %8s  %s' "stop keycloak" "$(fmt_ms $(($(now_ms) - t0)))" cleanup)")
  fi
  if [[ -s "$KAFKA_MARK" ]]; then
    t0=$(now_ms)
    "$DEPLOY_DIR/kafka.sh" stop || warn "stopping the broker failed"
    PHASE_LINES+=("$(printf '%-22s %8s  %s' "stop kafka" "$(fmt_ms $(($(now_ms) - t0)))" cleanup)")
  fi
  rm -f "$STARTED_SVCS_FILE" "$KAFKA_MARK" "$KEYCLOAK_MARK" "$GATEWAY_MARK"
  echo
  print_phases
  local total; total=$(fmt_ms $(($(now_ms) - T_START)))
  if ((rc == 0)); then
    echo "[test] PASS (total $total)"
  else
    echo "[test] FAIL (exit $rc, total $total)" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mvnw() { (cd "$REPO_ROOT" && ./mvnw "$@"); }

warn_busy_ports() {
  local p busy=()
  for p in 8081 8082 8083 8084 8085; do port_open 127.0.0.1 "$p" && busy+=("$p"); done
  ((${#busy[@]} == 0)) || warn "ports ${busy[*]} are in use (a running stack?). @QuarkusTest listens on 8081 by" \
    "default (quarkus.http.test-port); if tests fail with 'Port(s) already bound', run deploy/stack.sh down first."
}

system_tests() {
  grep -q '<module>system-tests</module>' "$REPO_ROOT/pom.xml" \
    || die "system-tests/pom.xml exists but 'system-tests' is not a <module> of the root pom.xml"
  mvnw -B "${EXTRA_MVN[@]}" -pl system-tests verify -DskipSystemTests=false
}

run_phase "postgres (db.sh)" "$DEPLOY_DIR/db.sh" ensure
export KAFKA_STARTED_FILE="$KAFKA_MARK"   # kafka.sh writes it only if it launches the broker itself
run_phase "kafka" "$DEPLOY_DIR/kafka.sh" start
"$DEPLOY_DIR/keycloak.sh" status >/dev/null 2>&1 || touch "$KEYCLOAK_MARK"
"$DEPLOY_DIR/gateway.sh" status >/dev/null 2>&1 || touch "$GATEWAY_MARK"
# Keycloak's start overlaps the build and the module tests (it uses ports 8180 only, nothing the tests use)
run_phase "keycloak (launch)" "$DEPLOY_DIR/keycloak.sh" start --no-wait
warn_busy_ports
run_phase "build + tests (mvn)" mvnw -B "${EXTRA_MVN[@]}" install
# the system tests simulate months from today's business date: they need empty service databases, so a stack
# that is already running is restarted on fresh databases (and stopped at the end); the services' consumer
# groups move to the end of the topics so that the component tests' events stay out of the fresh databases
run_phase "reset databases" bash -c '"$0"/stack.sh stop customer-service rating-service origination-service monitoring-service collections-service && "$0"/db.sh reset && "$0"/kafka.sh move-groups-to-end' "$DEPLOY_DIR"
run_phase "stack up" env STACK_STARTED_FILE="$STARTED_SVCS_FILE" SKIP_BUILD=1 "$DEPLOY_DIR/stack.sh" up
if [[ -f "$REPO_ROOT/system-tests/pom.xml" ]]; then
  run_phase "system tests" system_tests
else
  log "NOTICE: no system-tests module yet (system-tests/pom.xml missing); skipping the system tests"
  PHASE_LINES+=("$(printf '%-22s %8s  %s' "system tests" "-" "SKIPPED (module missing)")")
fi
