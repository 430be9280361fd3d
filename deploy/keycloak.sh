#!/usr/bin/env bash
# Keycloak 26.7.3 (the identity provider of the local stack), realm `sme` imported from deploy/keycloak/.
#
#   deploy/keycloak.sh start    fetch the distribution once (Maven Central, cached in .run/keycloak-dist), unpack
#                               it, import the realm, start on 127.0.0.1:8180 and wait until the realm's
#                               /.well-known/openid-configuration answers 200 (idempotent)
#   deploy/keycloak.sh start --no-wait   the same without waiting (stack.sh overlaps Keycloak's start with the build)
#   deploy/keycloak.sh stop     SIGTERM, SIGKILL after a timeout (safe when nothing runs)
#   deploy/keycloak.sh status   running / ready / RSS
#
# The server runs in dev mode (`start-dev`: embedded H2 database under .run/keycloak/, plain HTTP on loopback).
# That is a local-stack choice: a production Keycloak runs `start` with TLS, a PostgreSQL database and its own
# hostname (see README "Security"). The issuer is pinned with --hostname so that tokens fetched via 127.0.0.1
# and via localhost carry the same `iss` (quarkus-oidc checks it).
#
# The realm file holds DEMO-ONLY users, passwords and client secrets (see README); nothing else secret.
# When deploy/keycloak/sme-realm.json changes, the embedded database is wiped so that the next start re-imports.
#
# Env: KEYCLOAK_PORT (8180), KEYCLOAK_READY_TIMEOUT (240 s; the first start augments the server, about 100 s),
#      KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (optional temporary admin; none by default).
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_tag=keycloak
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$DEPLOY_DIR/lib/common.sh"

KC_VERSION=26.7.3
KC_PORT="${KEYCLOAK_PORT:-8180}"
KC_URL="http://127.0.0.1:$KC_PORT"
KC_REALM=sme
READY_TIMEOUT_S="${KEYCLOAK_READY_TIMEOUT:-240}"
DIST_DIR="$RUN_DIR/keycloak-dist"
DIST_ZIP="$DIST_DIR/keycloak-quarkus-dist-$KC_VERSION.zip"
KC_BASE="$RUN_DIR/keycloak"
KC_HOME="$KC_BASE/keycloak-$KC_VERSION"
REALM_FILE="$DEPLOY_DIR/keycloak/sme-realm.json"
REALM_STAMP="$KC_BASE/realm.sha256"
PID_FILE="$RUN_DIR/keycloak.pid"
LOG_FILE="$LOG_DIR/keycloak.log"
PATTERN="keycloak-$KC_VERSION"   # in the java command line (-Dkc.home.dir=...)
WELL_KNOWN="$KC_URL/realms/$KC_REALM/.well-known/openid-configuration"

kc_pid() {
  local pid
  pid=$(read_pid "$PID_FILE")
  if [[ -n "$pid" ]] && pid_matches "$pid" "$PATTERN"; then echo "$pid"; return 0; fi
  pid=$(find_pids "kc.home.dir=$KC_HOME" | head -1)
  if [[ -n "$pid" ]]; then echo "$pid" >"$PID_FILE"; echo "$pid"; return 0; fi
  rm -f "$PID_FILE"
}

# kc.sh runs the server JVM as its child (and execs a second one after a re-augmentation): count and stop both
kc_pids() { echo "$1"; pgrep -P "$1" || true; }
kc_rss_mb() {
  local p total=0 r
  for p in $(kc_pids "$1"); do r=$(rss_mb "$p"); [[ "$r" != - ]] && total=$((total + r)); done
  echo "$total"
}

fetch() {
  if [[ -s "$DIST_ZIP" ]] && unzip -tq "$DIST_ZIP" >/dev/null 2>&1; then return 0; fi
  log "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip from Maven Central (about 170 MB, once)"
  mkdir -p "$DIST_DIR"
  (cd "$REPO_ROOT" && ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "-DoutputDirectory=$DIST_DIR") \
    || die "fetching Keycloak failed (Maven Central reachable?)"
  [[ -s "$DIST_ZIP" ]] || die "Keycloak distribution missing after the fetch: $DIST_ZIP"
}

install_dist() {
  command -v unzip >/dev/null || die "unzip is not installed (Debian: apt-get install unzip)"
  if [[ ! -x "$KC_HOME/bin/kc.sh" ]]; then
    log "unpacking Keycloak $KC_VERSION into ${KC_HOME#"$RUN_DIR/"}"
    rm -rf "$KC_BASE.tmp" && mkdir -p "$KC_BASE.tmp"
    unzip -q "$DIST_ZIP" -d "$KC_BASE.tmp"
    mkdir -p "$KC_BASE"
    rm -rf "$KC_HOME"
    mv "$KC_BASE.tmp/keycloak-$KC_VERSION" "$KC_HOME"
    rm -rf "$KC_BASE.tmp"
  fi
  local sum
  sum=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  if [[ "$(cat "$REALM_STAMP" 2>/dev/null)" != "$sum" ]]; then
    # --import-realm never overwrites an existing realm: a changed realm file needs an empty database
    [[ -d "$KC_HOME/data/h2" ]] && log "realm file changed: wiping Keycloak's embedded database to re-import it"
    rm -rf "$KC_HOME/data/h2"
    mkdir -p "$KC_HOME/data/import"
    cp "$REALM_FILE" "$KC_HOME/data/import/sme-realm.json"
    echo "$sum" >"$REALM_STAMP"
  fi
}

wait_ready() {
  local pid=$1 t0 deadline
  t0=$(now_ms); deadline=$((t0 + READY_TIMEOUT_S * 1000))
  while [[ "$(http_code "$WELL_KNOWN")" != 200 ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail_log "$LOG_FILE" 60
      die "Keycloak exited during startup (see ${LOG_FILE#"$RUN_DIR/"})"
    fi
    if (($(now_ms) >= deadline)); then
      tail_log "$LOG_FILE" 40
      die "Keycloak not ready within ${READY_TIMEOUT_S}s ($WELL_KNOWN); still running, 'deploy/keycloak.sh stop' stops it"
    fi
    sleep 1
  done
  local since=$t0
  [[ -s "$KC_BASE/started-at.ms" ]] && since=$(cat "$KC_BASE/started-at.ms")
  [[ -s "$KC_BASE/started-at.ms" ]] && ! grep -q "^$since " "$KC_BASE/start-times.log" 2>/dev/null \
    && echo "$since $(date -Is) ready $(fmt_ms $(($(now_ms) - since))) after launch, RSS $(kc_rss_mb "$pid") MB" >>"$KC_BASE/start-times.log"
  log "Keycloak ready $(fmt_ms $(($(now_ms) - since))) after its launch (realm $KC_REALM at $KC_URL, RSS $(kc_rss_mb "$pid") MB)"
}

cmd_start() {
  local pid nowait=${1:-}
  pid=$(kc_pid)
  if [[ -n "$pid" && "$(cat "$REALM_STAMP" 2>/dev/null)" != "$(sha256sum "$REALM_FILE" | cut -d' ' -f1)" ]]; then
    log "deploy/keycloak/sme-realm.json changed since Keycloak started: restarting it to re-import the realm"
    cmd_stop
    pid=""
  fi
  if [[ -n "$pid" ]]; then
    if [[ "$(http_code "$WELL_KNOWN")" == 200 ]]; then
      log "already running and ready (pid $pid)"
      return 0
    fi
    [[ "$nowait" == --no-wait ]] && { log "already running (pid $pid), realm not answering yet"; return 0; }
    log "already running (pid $pid); waiting for the realm"
    wait_ready "$pid"
    return 0
  fi
  if port_open 127.0.0.1 "$KC_PORT"; then
    die "port $KC_PORT is taken by a process not started by keycloak.sh: $(port_owner "$KC_PORT")"
  fi
  fetch
  install_dist
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  echo "=== $(date -Is) keycloak.sh start ===" >"$LOG_FILE"
  (
    export JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m"
    # --cache=local: no cluster discovery beyond loopback; the options stay constant so that the server is not
    # re-augmented on every start (a changed build-time option costs another minute)
    launch_bg "$PID_FILE" "$LOG_FILE" "$KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 "--http-port=$KC_PORT" "--hostname=$KC_URL" \
      --cache=local --import-realm --log-console-output=default
  )
  # kc.sh execs java: the pid in the file is Keycloak's JVM
  pid=$(read_pid "$PID_FILE")
  echo "$(now_ms)" >"$KC_BASE/started-at.ms"
  [[ "$nowait" == --no-wait ]] && { log "started Keycloak $KC_VERSION (pid $pid, log ${LOG_FILE#"$RUN_DIR/"})"; return 0; }
  log "started Keycloak $KC_VERSION (pid $pid, log ${LOG_FILE#"$RUN_DIR/"}); waiting for realm $KC_REALM"
  wait_ready "$pid"
}

cmd_stop() {
  local pid
  pid=$(kc_pid)
  if [[ -z "$pid" ]]; then
    log "not running"
    return 0
  fi
  log "stopping Keycloak (pid $pid)"
  # shellcheck disable=SC2046
  stop_pids 30 "$PATTERN" $(kc_pids "$pid")
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid code
  pid=$(kc_pid)
  code=$(http_code "$WELL_KNOWN")
  if [[ -n "$pid" ]]; then
    printf '%-22s %5s %8s %8s  %s\n' keycloak "$KC_PORT" "$pid" "$(kc_rss_mb "$pid")" \
      "$([[ "$code" == 200 ]] && echo "ready (realm $KC_REALM)" || echo "running, realm not answering (HTTP $code)")"
  else
    printf '%-22s %5s %8s %8s  %s\n' keycloak "$KC_PORT" - - "not running"
    return 3
  fi
}

case "${1:-}" in
  start) shift; cmd_start "${1:-}" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 64 ;;
esac
