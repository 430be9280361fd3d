package org.smecredit.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit trail is append-only by database permission: the role the services run as (sme_app, deploy/db.sh)
 * may read and insert audit rows but gets "permission denied" (SQLSTATE 42501) for UPDATE, DELETE, TRUNCATE and
 * for disabling or dropping the trigger — in every service's database of the running stack.
 */
class AuditAppendOnlyIT {
    static final String INSUFFICIENT_PRIVILEGE = "42501";
    static final List<String> CHANGES = List.of(
            "UPDATE audit_log SET actor = 'someone else'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change",
            "DROP TRIGGER audit_log_no_change ON audit_log",
            "DROP TABLE audit_log");

    @ParameterizedTest
    @ValueSource(strings = {"sme_customer", "sme_rating", "sme_origination", "sme_monitoring", "sme_collections"})
    void theRuntimeRoleCanAppendButNeverChangeTheAuditTrail(String database) throws Exception {
        try (Connection c = connectAsRuntimeRole(database); Statement st = c.createStatement()) {
            assertEquals("sme_app", scalar(st, "SELECT current_user"));
            assertEquals("false", scalar(st, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
            assertEquals("true", scalar(st, "SELECT has_table_privilege('audit_log', 'SELECT')::text"));
            assertEquals("true", scalar(st, "SELECT has_table_privilege('audit_log', 'INSERT')::text"));
            // the same role may change other tables (the services need it): the refusals below are specific
            assertEquals("true", scalar(st, "SELECT has_table_privilege('outbox', 'UPDATE')::text"));
            c.setAutoCommit(false);
            for (String change : CHANGES) {
                SQLException refused = assertThrows(SQLException.class, () -> st.execute(change), change);
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), change + ": " + refused.getMessage());
                c.rollback();
            }
        }
    }

    static Connection connectAsRuntimeRole(String database) throws Exception {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, "sme_app",
                runtimePassword());
    }

    /** deploy/db.sh: SME_DB_APP_PASSWORD, else the per-machine credentials file. */
    static String runtimePassword() throws Exception {
        String env = System.getenv("SME_DB_APP_PASSWORD");
        if (env != null && !env.isBlank()) {
            return env;
        }
        Path file = Stack.RUN_DIR.resolve("db/credentials.env");
        assertTrue(Files.exists(file), "missing " + file + " (deploy/db.sh ensure writes it)");
        return Files.readAllLines(file).stream().filter(l -> l.startsWith("SME_DB_APP_PASSWORD="))
                .map(l -> l.substring("SME_DB_APP_PASSWORD=".length())).findFirst().orElseThrow();
    }

    static String scalar(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
