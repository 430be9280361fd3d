#!/usr/bin/env bash
# docker-compose: the postgres image runs this once on an empty data directory (docker-entrypoint-initdb.d).
# The same layout as deploy/db.sh on a local PostgreSQL: one database per service, owned by sme_owner (Flyway's
# role); the services run as sme_app with DML only, and audit_log append-only (platform migration V0_2).
set -euo pipefail
: "${SME_DB_OWNER_PASSWORD:?set SME_DB_OWNER_PASSWORD}" "${SME_DB_APP_PASSWORD:?set SME_DB_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" -d postgres <<SQL
CREATE ROLE sme_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$SME_DB_OWNER_PASSWORD';
CREATE ROLE sme_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$SME_DB_APP_PASSWORD';
SQL
for db in sme_customer sme_rating sme_origination sme_monitoring sme_collections; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" -d postgres -c "CREATE DATABASE $db OWNER sme_owner"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" -d "$db" <<SQL
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO sme_app;
ALTER DEFAULT PRIVILEGES FOR ROLE sme_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO sme_app;
ALTER DEFAULT PRIVILEGES FOR ROLE sme_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO sme_app;
SQL
done
