#!/usr/bin/env bash
# Local PostgreSQL databases for the five services, and the two database roles the services use.
#
#   deploy/db.sh ensure   check PostgreSQL answers (exit 2 with a clear message if not), create the roles, then
#                         create the service databases and their *_test twins if absent
#   deploy/db.sh reset    drop and recreate the five NON-test databases (stack.sh demo --fresh)
#   deploy/db.sh status   print reachability and which databases exist
#   deploy/db.sh env      print the services' database credentials as shell assignments (used by stack.sh)
#
# Roles (issue 7, append-only audit by permission):
#   sme_owner  owns the five service databases and every table in them; only Flyway connects as it
#              (quarkus.flyway.username, DB_OWNER_USER / DB_OWNER_PASSWORD)
#   sme_app    the services' runtime role (quarkus.datasource.username, DB_USER / DB_PASSWORD): SELECT, INSERT,
#              UPDATE, DELETE on the owner's tables by default privileges, and on audit_log only SELECT, INSERT
#              (platform migration V0_2); it cannot alter, truncate or drop anything, nor the audit trigger.
#   Passwords: SME_DB_OWNER_PASSWORD / SME_DB_APP_PASSWORD, else generated once per machine into
#   .run/db/credentials.env (mode 600, never committed). The *_test databases keep the superuser.
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

OWNER_ROLE=sme_owner
APP_ROLE=sme_app
CRED_FILE="$RUN_DIR/db/credentials.env"

q() { psql -X -q -v ON_ERROR_STOP=1 -d postgres -tAc "$1"; }
qdb() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -tAc "$2"; }

credentials() { # loads SME_DB_OWNER_PASSWORD / SME_DB_APP_PASSWORD (env wins, else the per-machine file)
  if [[ -z "${SME_DB_OWNER_PASSWORD:-}" || -z "${SME_DB_APP_PASSWORD:-}" ]]; then
    if [[ ! -s "$CRED_FILE" ]]; then
      mkdir -p "$(dirname "$CRED_FILE")"
      (umask 077; printf 'SME_DB_OWNER_PASSWORD=%s\nSME_DB_APP_PASSWORD=%s\n' \
        "$(openssl rand -hex 16)" "$(openssl rand -hex 16)" >"$CRED_FILE")
    fi
    # shellcheck disable=SC1090
    source "$CRED_FILE"
  fi
  export SME_DB_OWNER_PASSWORD SME_DB_APP_PASSWORD
}

ensure_roles() {
  credentials
  local r
  for r in "$OWNER_ROLE" "$APP_ROLE"; do
    [[ "$(q "SELECT 1 FROM pg_roles WHERE rolname = '$r'")" == 1 ]] \
      || q "CREATE ROLE $r LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION" 2>/dev/null \
      || [[ "$(q "SELECT 1 FROM pg_roles WHERE rolname = '$r'")" == 1 ]] || die "CREATE ROLE $r failed"
  done
  q "ALTER ROLE $OWNER_ROLE LOGIN NOSUPERUSER PASSWORD '$SME_DB_OWNER_PASSWORD'"
  q "ALTER ROLE $APP_ROLE LOGIN NOSUPERUSER PASSWORD '$SME_DB_APP_PASSWORD'"
}

# secure_app_db DB: the owner role owns DB and everything in it; the runtime role gets DML by default privileges
secure_app_db() {
  local db=$1
  q "ALTER DATABASE \"$db\" OWNER TO $OWNER_ROLE"
  qdb "$db" "REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO $APP_ROLE;
    ALTER DEFAULT PRIVILEGES FOR ROLE $OWNER_ROLE IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO $APP_ROLE;
    ALTER DEFAULT PRIVILEGES FOR ROLE $OWNER_ROLE IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO $APP_ROLE;"
  # a database migrated before the roles existed (tables owned by the superuser): hand it to the owner role
  if [[ "$(qdb "$db" "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')
          AND pg_get_userbyid(c.relowner) <> '$OWNER_ROLE'")" != 0 ]]; then
    log "$db: handing existing tables to $OWNER_ROLE"
    qdb "$db" "DO \$\$ DECLARE r record; BEGIN
      FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')
                 AND pg_get_userbyid(c.relowner) <> '$OWNER_ROLE'
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
      LOOP
        EXECUTE format('ALTER %s public.%I OWNER TO $OWNER_ROLE',
                       CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, r.relname);
      END LOOP;
      FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '$OWNER_ROLE'
      LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO $OWNER_ROLE', r.sig);
      END LOOP;
    END \$\$;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO $APP_ROLE;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO $APP_ROLE;
    DO \$\$ BEGIN
      IF to_regclass('public.audit_log') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM PUBLIC, $APP_ROLE;
      END IF;
    END \$\$;"
  fi
}

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
  ensure_roles
  local db created=()
  for db in "${APP_DBS[@]}" "${TEST_DBS[@]}"; do
    if create_db "$db"; then created+=("$db"); fi
  done
  for db in "${APP_DBS[@]}"; do secure_app_db "$db"; done
  if ((${#created[@]})); then
    log "PostgreSQL $PGHOST:$PGPORT ok; created: ${created[*]}"
  else
    log "PostgreSQL $PGHOST:$PGPORT ok; all ${#APP_DBS[@]} service databases and their _test twins exist"
  fi
  log "roles: $OWNER_ROLE owns the service databases (Flyway), the services run as $APP_ROLE"
}

cmd_reset() {
  require_pg
  ensure_roles
  local db
  for db in "${APP_DBS[@]}"; do
    # WITH (FORCE) (PostgreSQL 13+) closes sessions still connected, e.g. a service that was not stopped
    q "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
    q "CREATE DATABASE \"$db\" OWNER $OWNER_ROLE"
    secure_app_db "$db"
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
  env)
    credentials
    printf 'DB_USER=%s\nDB_PASSWORD=%s\nDB_OWNER_USER=%s\nDB_OWNER_PASSWORD=%s\n' \
      "$APP_ROLE" "$SME_DB_APP_PASSWORD" "$OWNER_ROLE" "$SME_DB_OWNER_PASSWORD"
    ;;
  *) echo "usage: $0 ensure|reset|status|env" >&2; exit 64 ;;
esac
