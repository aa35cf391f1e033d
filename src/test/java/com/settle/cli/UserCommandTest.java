package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

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
    @DisabledIfSystemProperty(named = "settle.test.engine", matches = "postgresql", disabledReason = "an unprotected"
            + " file's rule; on a team server everyone signs in with a role of their own (ClerkRoleTest)")
    void theOperatingSystemUserIsTheAdministratorOfANewDatabase() {
        assertThat(run("user", "list")).isZero();
        assertThat(out.toString()).containsPattern("(?m)^ana +ana +active +Administrator$")
                .containsPattern("(?m)^clerk +Finance clerk +active +Clerk$");
        // A second person needs a sign-in of their own: an unprotected file asks to be protected first.
        assertThat(run("user", "add", "bo", "--display-name", "Bo Lind", "--role", "clerk", "--json")).isEqualTo(1);
        assertThat(err.toString()).contains("This company file is not protected, so nobody signs in to it: bo"
                + " would have no password").contains("Protect it first");
        assertThat(run("user", "list")).isZero();
        assertThat(out.toString()).doesNotContain("Bo Lind");
        // On an unprotected file nobody signs in: bo's role counts once the file is protected (ProtectCommandTest).
        assertThat(run("--user", "bo", "credit", "adjust", "A-00000001", "--increase", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("--user names another user, but this company file is not"
                + " protected: nobody signs in to it and Settle works as ana with every permission");
        assertThat(run("--user", "ana", "credit", "adjust", "A-00000001", "--increase", "5")).isZero();
        assertThat(run("credit", "show", "A-00000001", "--json")).isZero();
        assertThat(out.toString()).contains("\"createdBy\":\"ana\"");
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
    @DisabledIfSystemProperty(named = "settle.test.engine", matches = "postgresql", disabledReason = "an unprotected"
            + " file's rule; on a team server everyone signs in with a role of their own (ClerkRoleTest)")
    void theOperatingSystemUserWorksWithEveryPermissionOnAnUnprotectedFile() {
        // ana's role is taken away, yet on an unprotected file ana still works with every permission.
        assertThat(run("user", "role", "ana", "Viewer")).isZero();
        assertThat(run("user", "add", "cy", "--role", "Clerk")).isEqualTo(1);
        assertThat(run("--user", "zed", "user", "list")).isEqualTo(2);
        assertThat(err.toString()).contains("Protect it (settle protect)");
    }
}
