package com.settle.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.store.Database;
import com.settle.store.ServerGrants;
import com.settle.support.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A clerk on a team server signs in with a PostgreSQL role of their own, a member of the company's clerks role:
 * Settle's use cases work, and the database's own grants refuse that role any edit of saved history and any change
 * to the guards, whatever tool it connects with. A member of the company's readers role may only read.
 */
class ClerkRoleTest extends SignedInCommands {

    @Test
    void aClerksRoleWorksThroughSettleAndCannotEditHistoryWithSql() throws SQLException {
        withMember("ann", ServerGrants::clerksRole, (fresh, clerks, ann, annPassword) -> {
            String server = fresh.address().toString();
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

            // A company an older Settle made: the clerk is told who upgrades it, and how; the owner does it once.
            TestServer.execute(fresh.address(), "DELETE FROM flyway_schema_history WHERE version = '"
                    + Database.SCHEMA_VERSION + "'");
            assertThat(run(ann, annPassword, "account", "list", "--server", server)).isNotZero();
            assertThat(err.toString()).contains("was made by an older Settle (version " + (Database.SCHEMA_VERSION
                    - 1) + "; this one is version " + Database.SCHEMA_VERSION + "). Whoever owns the database"
                    + " upgrades it once: settle server init --server " + server).doesNotContain("SQL");
            assertThat(run(admin, adminPassword, "server", "init", "--server", server)).as(err.toString()).isZero();
            assertThat(run(ann, annPassword, "account", "list", "--server", server)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Acme");
            assertThat(run(admin, adminPassword, "verify", "--server", server)).as(out.toString()).isZero();
        });
    }

    @Test
    void aReadersRoleReadsAndTheDatabaseRefusesItEveryChange() throws SQLException {
        withMember("bob", ServerGrants::readersRole, (fresh, readers, bob, bobPassword) -> {
            String server = fresh.address().toString();
            assertThat(out.toString()).contains("The members of role " + readers + " may read it and change"
                    + " nothing.");
            assertThat(run(admin, adminPassword, "account", "add", "Acme", "--currency", "USD", "--server",
                    server)).as(err.toString()).isZero();
            assertThat(run(admin, adminPassword, "user", "add", bob, "--role", "Clerk", "--server", server))
                    .as(err.toString()).isZero();

            assertThat(run(bob, bobPassword, "account", "list", "--server", server)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Acme");
            // Even where Settle's role would let him (Clerk), the database refuses the reader's change, in words.
            assertThat(run(bob, bobPassword, "account", "add", "Beta", "--currency", "USD", "--server", server))
                    .isNotZero();
            assertThat(err.toString()).contains("does not let your sign-in change the books. Nothing was saved")
                    .doesNotContain("SQL", "permission denied", "Exception");
            try (Connection c = DriverManager.getConnection(fresh.address().jdbcUrl(), bob, bobPassword);
                 Statement s = c.createStatement()) {
                assertThat(s.executeQuery("SELECT COUNT(*) FROM account").next()).isTrue();
                for (String sql : new String[] {"INSERT INTO account (number, name, currency, created_at)"
                        + " VALUES ('X-1', 'X', 'USD', CURRENT_TIMESTAMP)", "UPDATE account SET name = 'X'",
                    "DELETE FROM app_setting", "UPDATE number_counter SET last_value = 1"}) {
                    assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql)
                                    .isEqualTo("42501"));
                }
            }
            assertThat(run(bob, bobPassword, "account", "list", "--server", server)).isZero();
            assertThat(out.toString()).contains("Acme").doesNotContain("Beta");
        });
    }

    /** A test's work on a new database, with its group role and a member of it. */
    private interface Work {
        void run(TestServer.Fresh fresh, String group, String person, String password) throws SQLException;
    }

    /**
     * Makes a new empty database, its group role named by {@code group} and a person in it (a name of its own on
     * this server), prepares the database with {@code settle server init}, runs {@code work}, then drops all three.
     */
    private void withMember(String name, Function<String, String> group, Work work) throws SQLException {
        String person = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        try (TestServer.Fresh fresh = TestServer.emptyDatabase()) {
            String role = group.apply(fresh.address().database());
            try {
                TestServer.execute("CREATE ROLE " + role + " NOLOGIN");
                TestServer.execute("CREATE ROLE " + person + " LOGIN PASSWORD '" + password + "' IN ROLE " + role);
                assertThat(run(admin, adminPassword, "server", "init", "--server", fresh.address().toString()))
                        .as(err.toString()).isZero();
                work.run(fresh, role, person, password);
            } finally {
                fresh.close();
                TestServer.execute("DROP ROLE IF EXISTS " + person);
                TestServer.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }
}
