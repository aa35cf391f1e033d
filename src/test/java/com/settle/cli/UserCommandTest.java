package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle user ...} and {@code --user}: the first run's administrator, roles, refusals. */
class UserCommandTest extends CommandOnBooksTest {

    @BeforeEach
    void setUp() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            books.account("Acme", "USD");
        }
        db = folder.resolve("books.mv.db").toString();
    }

    @Test
    void theOperatingSystemUserIsTheAdministratorOfANewDatabase() {
        assertThat(run("user", "list")).isZero();
        assertThat(out.toString()).containsPattern("(?m)^ana +ana +active +Administrator$")
                .containsPattern("(?m)^clerk +Finance clerk +active +Clerk$");
        assertThat(run("user", "add", "bo", "--display-name", "Bo Lind", "--role", "clerk", "--json")).isZero();
        assertThat(out.toString().trim()).isEqualTo(
                "{\"username\":\"bo\",\"displayName\":\"Bo Lind\",\"active\":true,\"roles\":[\"Clerk\"]}");
        // bo works as a clerk: may adjust a credit balance, may not manage users; the CBA is signed by bo.
        assertThat(run("--user", "bo", "credit", "adjust", "A-00000001", "--increase", "5")).isZero();
        assertThat(run("--user", "bo", "user", "add", "cy", "--role", "Clerk")).isEqualTo(1);
        assertThat(err.toString()).contains("You (bo) may not manage users")
                .contains("\u201cManage users and roles\u201d (USERS_MANAGE)");
        assertThat(run("credit", "show", "A-00000001", "--json")).isZero();
        assertThat(out.toString()).contains("\"createdBy\":\"Bo Lind\"");
    }

    @Test
    void rolesAndPermissionsChangeAndTheLastManagerIsKept() {
        assertThat(run("user", "add-role", "Refunds", "--name", "Refund desk", "--permission",
                "credit_balance_refund")).isZero();
        assertThat(out.toString().trim()).isEqualTo("Refunds (Refund desk): CREDIT_BALANCE_REFUND");
        assertThat(run("user", "grant", "Refunds", "PAYMENT_REFUND")).isZero();
        assertThat(run("user", "revoke", "Refunds", "CREDIT_BALANCE_REFUND")).isZero();
        assertThat(out.toString().trim()).isEqualTo("Refunds (Refund desk): PAYMENT_REFUND");
        assertThat(run("user", "role", "clerk", "Clerk", "Refunds")).isZero();
        assertThat(out.toString()).contains("Clerk, Refunds");
        assertThat(run("user", "grant", "Refunds", "FLY")).isEqualTo(2);
        assertThat(err.toString()).contains("Permission unknown permission 'FLY'; known: ACCOUNT_EDIT");
        assertThat(run("user", "role", "clerk", "Boss")).isEqualTo(2);
        assertThat(err.toString()).contains("Role 'Boss' is not a role; roles: Administrator, Clerk, Refunds, Viewer");
        // admin and ana manage users; taking it from both is refused and changes nothing.
        assertThat(run("user", "deactivate", "admin")).isZero();
        assertThat(run("user", "role", "ana", "Clerk")).isEqualTo(1);
        assertThat(err.toString()).contains("would leave no active user who may manage users");
        assertThat(run("user", "revoke", "Administrator", "USERS_MANAGE")).isEqualTo(1);
        assertThat(run("user", "list", "--json")).isZero();
        assertThat(out.toString()).contains("{\"username\":\"ana\",\"displayName\":\"ana\",\"active\":true,"
                + "\"roles\":[\"Administrator\"]}")
                .contains("{\"username\":\"admin\",\"displayName\":\"Administrator\",\"active\":false");
        assertThat(run("user", "add", "bad/name", "--role", "Clerk")).isEqualTo(2);
        assertThat(err.toString()).contains("Username 'bad/name' is not allowed");
        assertThat(run("user", "add", "ANA", "--role", "Clerk")).isEqualTo(2);
        assertThat(err.toString()).contains("Username 'ANA' is already taken");
    }

    @Test
    void anUnknownUserIsToldHowToGetIn() {
        assertThat(run("--user", "zed", "user", "list")).isEqualTo(1);
        assertThat(err.toString()).contains("There is no active user 'zed' in this database")
                .contains("settle user add zed --role Clerk");
    }
}
