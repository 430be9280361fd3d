#!/usr/bin/env bash
# Local PostgreSQL databases for the five services.
#
#   deploy/db.sh ensure   check PostgreSQL answers (exit 2 with a clear message if not), then create the
#                         service databases and their *_test twins if absent
#   deploy/db.sh reset    drop and recreate the five NON-test databases (stack.sh demo --fresh)
#   deploy/db.sh status   print reachability and which databases exist
#
# Env: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres); trust auth expected.
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_tag=db
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$DEPLOY_DIR/lib/common.sh"

export PGHOST="${PGHOST:-127.0.0.1}"
export PGPORT="${PGPORT:-5432}"
export PGUSER="${PGUSER:-postgres}"
export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-5}"

APP_DBS=(sme_customer sme_rating sme_origination sme_monitoring sme_collections)
TEST_DBS=("${APP_DBS[@]/%/_test}")

q() { psql -X -q -v ON_ERROR_STOP=1 -d postgres -tAc "$1"; }

require_pg() {
  command -v pg_isready >/dev/null && command -v psql >/dev/null || {
    echo "psql/pg_isready are not installed. On Debian: apt-get install postgresql-client (server: postgresql)" >&2
    exit 2
  }
  if ! pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 5; then
    echo "PostgreSQL is not reachable on $PGHOST:$PGPORT (trust auth, user $PGUSER expected)." \
      "On Debian: apt-get install postgresql && pg_ctlcluster 15 main start" >&2
    exit 2
  fi
  if ! q 'SELECT 1' >/dev/null 2>&1; then
    echo "PostgreSQL answers on $PGHOST:$PGPORT but user '$PGUSER' cannot log in without a password" \
      "(trust auth expected). Error: $(q 'SELECT 1' 2>&1 | head -1)" >&2
    exit 2
  fi
}

db_exists() { [[ "$(q "SELECT 1 FROM pg_database WHERE datname = '$1'")" == 1 ]]; }

create_db() {
  db_exists "$1" && return 1
  # tolerate a concurrent creator (test.sh and stack.sh may both call ensure)
  q "CREATE DATABASE \"$1\"" 2>/dev/null || db_exists "$1" || die "CREATE DATABASE $1 failed"
}

cmd_ensure() {
  require_pg
  local db created=()
  for db in "${APP_DBS[@]}" "${TEST_DBS[@]}"; do
    if create_db "$db"; then created+=("$db"); fi
  done
  if ((${#created[@]})); then
    log "PostgreSQL $PGHOST:$PGPORT ok; created: ${created[*]}"
  else
    log "PostgreSQL $PGHOST:$PGPORT ok; all ${#APP_DBS[@]} service databases and their _test twins exist"
  fi
}

cmd_reset() {
  require_pg
  local db
  for db in "${APP_DBS[@]}"; do
    # WITH (FORCE) (PostgreSQL 13+) closes sessions still connected, e.g. a service that was not stopped
    q "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
    q "CREATE DATABASE \"$db\""
  done
  log "dropped and recreated: ${APP_DBS[*]} (the _test databases are untouched)"
}

cmd_status() {
  if ! pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 3; then
    echo "postgres: NOT reachable on $PGHOST:$PGPORT"
    return 3
  fi
  local db present=() absent=()
  for db in "${APP_DBS[@]}" "${TEST_DBS[@]}"; do
    if db_exists "$db" 2>/dev/null; then present+=("$db"); else absent+=("$db"); fi
  done
  echo "postgres: ready on $PGHOST:$PGPORT; databases present ${#present[@]}/$(( ${#APP_DBS[@]} * 2 ))${absent[*]:+, missing: ${absent[*]}}"
}

case "${1:-}" in
  ensure) cmd_ensure ;;
  reset) cmd_reset ;;
  status) cmd_status ;;
  *) echo "usage: $0 ensure|reset|status" >&2; exit 64 ;;
esac
