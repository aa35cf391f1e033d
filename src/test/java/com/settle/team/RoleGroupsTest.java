package com.settle.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.model.Permission;
import com.settle.service.Services;
import com.settle.store.Database;
import com.settle.store.ServerGrants;
import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each of Settle's roles may have a group role of its own on a team server: its members get from the database what
 * that role's permissions write, and nothing more. For every permission that writes, a role holding only it (and
 * what its use case also asks for) runs that use case through Settle, signed in with a login that is a member of
 * that group alone; then the database refuses those logins writes outside their role, whatever tool they use, and
 * refuses a use case that Settle's role was given later until the owner grants afresh.
 */
class RoleGroupsTest extends SignedInCommands {
    final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6);

    /** One role of the test: its permissions, the login in its group, and the use case it runs. */
    private record Case(String code, Set<Permission> permissions, String login, String[] command) {
    }

    private void asAdmin(String server, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server";
        all[args.length + 1] = server;
        assertThat(run(admin, adminPassword, all)).as(String.join(" ", args) + ": " + err).isZero();
    }

    private static String password(String login) {
        return "pw-" + login;
    }

    @Test
    void eachRolesGroupWritesWhatItsPermissionsWriteAndNothingMore() throws Exception {
        Path accounts = folder.resolve("accounts.csv");
        Files.writeString(accounts, "name;Currency\nBirch Dental;USD\n", StandardCharsets.UTF_8);
        Map<Permission, Case> cases = new LinkedHashMap<>();
        List<String> roles = new ArrayList<>();
        try (TestServer.Fresh fresh = TestServer.emptyDatabase()) {
            String server = fresh.address().toString();
            String database = fresh.address().database();
            try {
                asAdmin(server, "server", "init");
                assertThat(out.toString()).contains("For grants as fine as Settle's roles")
                        .contains("Clerk (" + ServerGrants.roleGroup(database, "Clerk") + ")");
                booksToWorkOn(server);

                add(cases, Permission.ACCOUNT_EDIT, Set.of(), "account", "add", "Beta", "--currency", "USD");
                add(cases, Permission.DOCUMENT_EDIT, Set.of(), "document", "add", "A-00000001", "--date",
                        "2026-10-02", "--charge", "Support", "--price", "5.00");
                add(cases, Permission.DOCUMENT_POST, Set.of(), "document", "post", "INV-00000004");
                add(cases, Permission.DOCUMENT_CANCEL, Set.of(), "document", "cancel", "INV-00000003");
                add(cases, Permission.PAYMENT_CREATE, Set.of(), "payment", "add", "--account", "A-00000001",
                        "--amount", "5.00", "--date", "2026-10-05", "--method", "Check");
                add(cases, Permission.PAYMENT_APPLY, Set.of(), "payment", "apply", "P-00000001", "--date",
                        "2026-10-05", "--doc", "INV-00000002=10.00");
                add(cases, Permission.PAYMENT_UNAPPLY, Set.of(), "payment", "unapply", "P-00000001", "--date",
                        "2026-10-07", "--doc", "INV-00000001=5.00");
                add(cases, Permission.PAYMENT_REFUND, Set.of(), "payment", "refund", "P-00000001", "--amount",
                        "4.00", "--method", "Check");
                add(cases, Permission.PAYMENT_TRANSFER, Set.of(), "payment", "transfer", "P-00000001", "--amount",
                        "20.00");
                add(cases, Permission.PAYMENT_CANCEL, Set.of(), "payment", "cancel", "P-00000002");
                add(cases, Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE, Set.of(), "credit", "adjust", "A-00000001",
                        "--increase", "5");
                add(cases, Permission.CREDIT_BALANCE_ADJUSTMENT_CANCEL, Set.of(), "credit", "cancel",
                        "CBA-00000001");
                add(cases, Permission.CREDIT_BALANCE_REFUND, Set.of(), "credit", "refund", "A-00000001",
                        "--amount", "1.00", "--method", "check");
                add(cases, Permission.CREDIT_BALANCE_APPLY, Set.of(), "credit", "apply", "A-00000001");
                add(cases, Permission.WRITE_OFF, Set.of(), "write-off", "add", "INV-00000002", "--yes");
                add(cases, Permission.IMPORT, Set.of(Permission.ACCOUNT_EDIT), "import", "accounts",
                        accounts.toString());
                add(cases, Permission.JOURNAL_EXPORT, Set.of(), "journal", "run", "--through", "2026-10-31");
                add(cases, Permission.CLOSE_BOOKS, Set.of(), "close", "--through", "2026-09-30");
                add(cases, Permission.REOPEN_BOOKS, Set.of(Permission.CLOSE_BOOKS), "close", "--reopen",
                        "--reason", "a late September payment");
                add(cases, Permission.SETTINGS_EDIT, Set.of(), "write-off", "tolerance", "USD", "50");
                add(cases, Permission.USERS_MANAGE, Set.of(), "user", "add", "zed_" + tag, "--role", "Clerk");
                add(cases, Permission.EXPORT, Set.of(), "export", "accounts", "--to",
                        folder.resolve("accounts-out.csv").toString());
                assertThat(EnumSet.copyOf(cases.keySet())).as("every permission has its case")
                        .containsAll(EnumSet.complementOf(EnumSet.of(Permission.BACKUP)));

                try (Database db = TestServer.open(fresh.address())) {
                    var users = new Services(db.dsl(), admin, TestBooks.CLOCK).users();
                    for (Case c : cases.values()) {
                        users.addRole(c.code(), "Only " + c.code(), c.permissions());
                        String group = ServerGrants.roleGroup(database, c.code());
                        roles.add(group);
                        TestServer.execute("CREATE ROLE " + group + " NOLOGIN");
                        roles.add(c.login());
                        TestServer.execute("CREATE ROLE " + c.login() + " LOGIN PASSWORD '" + password(c.login())
                                + "' IN ROLE " + group);
                        users.addUser(c.login(), c.login(), List.of(c.code()));
                    }
                }
                asAdmin(server, "server", "init");
                for (Case c : cases.values()) {
                    assertThat(out.toString()).contains("The members of role " + ServerGrants.roleGroup(database,
                            c.code()) + " may write only what Settle's role " + c.code() + " allows.");
                }

                for (Case c : cases.values()) {
                    String[] command = new String[c.command().length + 2];
                    System.arraycopy(c.command(), 0, command, 0, c.command().length);
                    command[c.command().length] = "--server";
                    command[c.command().length + 1] = server;
                    assertThat(run(c.login(), password(c.login()), command))
                            .as(c.permissions() + ": " + String.join(" ", c.command()) + ": " + err).isZero();
                }
                // The batch paths write through their own statements: apply-all, and undoing an import batch.
                asAdmin(server, "credit", "adjust", "A-00000001", "--increase", "3");
                Case credit = cases.get(Permission.CREDIT_BALANCE_APPLY);
                assertThat(run(credit.login(), password(credit.login()), "credit", "apply-all", "--server", server))
                        .as(err.toString()).isZero();
                assertThat(out.toString()).contains("$3.00");
                Case imports = cases.get(Permission.IMPORT);
                assertThat(run(imports.login(), password(imports.login()), "import", "undo", "IB-00000001",
                        "--server", server)).as(err.toString()).isZero();

                refused(fresh, cases.get(Permission.PAYMENT_CREATE).login(), "UPDATE document SET balance = 0",
                        "INSERT INTO write_off_reversal (id) VALUES (1)", "UPDATE app_setting SET setting_value = 'x'",
                        "DELETE FROM payment");
                refused(fresh, cases.get(Permission.ACCOUNT_EDIT).login(), "UPDATE payment SET unapplied_amount = 0",
                        "UPDATE app_user SET active = TRUE", "INSERT INTO role_permission (role_code, permission)"
                                + " VALUES ('Administrator', 'X')");
                refused(fresh, cases.get(Permission.EXPORT).login(), "UPDATE number_counter SET last_value = 1",
                        "INSERT INTO history_chain (seq) VALUES (1)");
                refused(fresh, cases.get(Permission.SETTINGS_EDIT).login(), "UPDATE payment SET unapplied_amount = 0",
                        "DELETE FROM application");

                // An administrator who does not own the database gives Settle's role more: the database refuses
                // it, in words, until the owner grants afresh.
                Case payments = cases.get(Permission.PAYMENT_CREATE);
                Case manager = cases.get(Permission.USERS_MANAGE);
                assertThat(run(manager.login(), password(manager.login()), "user", "grant", payments.code(),
                        "PAYMENT_APPLY", "--server", server)).as(err.toString()).isZero();
                String[] apply = {"payment", "apply", "P-00000001", "--date", "2026-10-05", "--doc",
                    "INV-00000001=1.00", "--server", server};
                assertThat(run(payments.login(), password(payments.login()), apply)).isNotZero();
                assertThat(err.toString()).contains("does not let your sign-in change the books. Nothing was saved")
                        .doesNotContain("SQL", "permission denied");
                // A sign-in in another role's group, and a Settle user with no login, are told to whoever runs init.
                String editor = cases.get(Permission.DOCUMENT_EDIT).login();
                String accountsGroup = ServerGrants.roleGroup(database, cases.get(Permission.ACCOUNT_EDIT).code());
                TestServer.execute("GRANT " + accountsGroup + " TO " + editor);
                asAdmin(server, "server", "init");
                assertThat(out.toString()).contains("Settle user " + editor + " is in " + accountsGroup + ", which is"
                        + " not the group of their Settle role (" + cases.get(Permission.DOCUMENT_EDIT).code() + ").")
                        .contains("Settle user zed_" + tag + " has no login on the server")
                        .doesNotContain("Settle user " + admin + " ", "Settle user " + payments.login());
                assertThat(run(payments.login(), password(payments.login()), apply)).as(err.toString()).isZero();
                // The owner takes it back in Settle: the database follows in the same transaction.
                asAdmin(server, "user", "revoke", payments.code(), "PAYMENT_APPLY");
                refused(fresh, payments.login(), "INSERT INTO application (id) VALUES (1)");
                asAdmin(server, "verify");
            } finally {
                fresh.close();
                for (int i = roles.size() - 1; i >= 0; i--) {
                    TestServer.execute("DROP ROLE IF EXISTS " + roles.get(i));
                }
            }
        }
    }

    private void add(Map<Permission, Case> cases, Permission permission, Set<Permission> alsoAsked,
            String... command) {
        Set<Permission> permissions = EnumSet.of(permission);
        permissions.addAll(alsoAsked);
        String code = "T" + (cases.size() + 10);
        cases.put(permission, new Case(code, permissions, "t" + tag + "_" + code.toLowerCase(), command));
    }

    /** What the test's cases work on, made by the administrator. */
    private void booksToWorkOn(String server) {
        asAdmin(server, "account", "add", "Acme", "--currency", "USD");
        for (String price : new String[] {"100.00", "100.00", "30.00"}) {
            asAdmin(server, "document", "add", "A-00000001", "--date", "2026-10-01", "--charge", "Support",
                    "--price", price, "--post");
        }
        asAdmin(server, "document", "add", "A-00000001", "--date", "2026-10-01", "--charge", "Support", "--price",
                "10.00");
        asAdmin(server, "payment", "add", "--account", "A-00000001", "--amount", "500.00", "--date", "2026-10-05",
                "--method", "Check");
        asAdmin(server, "payment", "add", "--account", "A-00000001", "--amount", "50.00", "--date", "2026-10-05",
                "--method", "Check");
        asAdmin(server, "payment", "apply", "P-00000001", "--date", "2026-10-05", "--doc", "INV-00000001=60.00");
        asAdmin(server, "credit", "adjust", "A-00000001", "--increase", "20");
    }

    private static void refused(TestServer.Fresh fresh, String login, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(fresh.address().jdbcUrl(), login, password(login));
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                assertThatThrownBy(() -> s.execute(sql)).as(login + ": " + sql).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(login + ": " + sql + ": "
                                + e.getMessage()).isEqualTo("42501"));
            }
        }
    }
}
