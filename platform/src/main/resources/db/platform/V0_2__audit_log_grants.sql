-- The audit trail is append-only by permission (issue 7): whatever DML the runtime role was granted by default
-- (deploy/db.sh: ALTER DEFAULT PRIVILEGES for the owner role), on audit_log it keeps only SELECT and INSERT.
-- Only the owner (the migration role) can alter or drop the table or its trigger, which stays as a second guard
-- (it also stops the owner and superusers from changing rows by accident).
-- Why: DESIGN.md "Security": every state change is audited (who, when, what, before/after); an auditor must be
-- able to rely on rows no service account can rewrite.
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM PUBLIC;

DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
             WHERE table_schema = current_schema() AND table_name = 'audit_log'
               AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER')
               AND grantee <> current_user AND grantee <> 'PUBLIC'
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM %I', r.grantee);
    END LOOP;
END;
$$;
