package com.settle.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.cli.Cli;
import com.settle.cli.CliContext;
import com.settle.store.ServerGrants;
import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clerk on a team server signs in with a PostgreSQL role of their own, a member of the company's clerks role:
 * Settle's use cases work, and the database's own grants refuse that role any edit of saved history and any change
 * to the guards, whatever tool it connects with.
 */
class ClerkRoleTest {

    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String user, String password, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Map<String, String> env = new HashMap<>(Map.of("SETTLE_PASSWORD", password));
        return Cli.run(new CliContext(new PrintWriter(out), new PrintWriter(err), env, TestBooks.CLOCK, folder, user),
                (f, d, u, s) -> 0, args);
    }

    @Test
    void aClerksRoleWorksThroughSettleAndCannotEditHistoryWithSql() throws SQLException {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String ann = "ann_" + suffix;
        String annPassword = "pw-" + UUID.randomUUID();
        String admin = TestServer.user();
        String adminPassword = new String(TestServer.password());
        try (TestServer.Fresh fresh = TestServer.emptyDatabase()) {
            String clerks = ServerGrants.clerksRole(fresh.address().database());
            String server = fresh.address().toString();
            try {
                TestServer.execute("CREATE ROLE " + clerks + " NOLOGIN");
                TestServer.execute("CREATE ROLE " + ann + " LOGIN PASSWORD '" + annPassword + "' IN ROLE " + clerks);
                assertThat(run(admin, adminPassword, "server", "init", "--server", server)).as(err.toString())
                        .isZero();
                assertThat(out.toString()).contains("The members of role " + clerks + " may work in it");
                assertThat(run(admin, adminPassword, "user", "add", ann, "--role", "Clerk", "--server", server))
                        .as(err.toString()).isZero();

                assertThat(run(ann, annPassword, "account", "add", "Acme", "--currency", "USD", "--server", server))
                        .as(err.toString()).isZero();
                assertThat(run(ann, annPassword, "document", "add", "A-00000001", "--date",
                        "2026-10-01", "--charge", "Support", "--price", "100.00", "--post", "--server", server)).as(err.toString())
                        .isZero();
                assertThat(run(ann, annPassword, "payment", "add", "--account", "A-00000001", "--amount", "100.00",
                        "--date", "2026-10-05", "--method", "Check", "--server", server)).as(err.toString()).isZero();
                assertThat(run(ann, annPassword, "payment", "apply", "P-00000001", "--date", "2026-10-05",
                        "--amount", "100.00", "--server", server)).as(err.toString()).isZero();

                try (Connection c = DriverManager.getConnection(fresh.address().jdbcUrl(), ann, annPassword);
                     Statement s = c.createStatement()) {
                    for (String sql : new String[] {"UPDATE application SET amount = 1",
                        "DELETE FROM refund", "TRUNCATE application_item CASCADE",
                        "UPDATE credit_balance_adjustment SET amount = 1",
                        "ALTER TABLE application DISABLE TRIGGER application_guard",
                        "DROP TRIGGER document_posted ON document",
                        "CREATE OR REPLACE FUNCTION settle_history_guard() RETURNS trigger LANGUAGE plpgsql AS"
                                + " $$ BEGIN RETURN NEW; END $$",
                        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                                + " installed_by, execution_time, success) VALUES (99, '99', 'x', 'SQL', 'x', 'x', 0,"
                                + " TRUE)"}) {
                        assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql)
                                        .isEqualTo("42501"));
                    }
                    // A posted document's amount is refused by the trigger, which her role cannot switch off.
                    assertThatThrownBy(() -> s.execute("UPDATE document SET amount = 1"))
                            .hasMessageContaining("A posted document stays as posted");
                }
                assertThat(run(admin, adminPassword, "verify", "--server", server)).as(out.toString()).isZero();
            } finally {
                fresh.close();
                TestServer.execute("DROP ROLE IF EXISTS " + ann);
                TestServer.execute("DROP ROLE IF EXISTS " + clerks);
            }
        }
    }
}
