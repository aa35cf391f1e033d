package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.model.Permission;
import com.settle.domain.model.UserRow;
import com.settle.support.BooksTest;
import com.settle.support.TestBooks;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users and roles on a real file: the first run, the guards, and the permission a missing role names. */
class UserServiceTest extends BooksTest {

    private UserRow row(String username) {
        return books.admin().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
    }

    /** A start by {@code osUser}: the first run's administrator, then that user with their own roles. */
    private Services firstRun(String osUser) {
        UserService.firstRun(new Transactions(books.database().dsl()), osUser);
        return new Services(books.database().dsl(), osUser, TestBooks.CLOCK);
    }

    @Test
    void onlyTheFirstRunMakesTheOperatingSystemUserAnAdministrator() {
        Services ana = firstRun("ana");
        assertThat(ana.user().may(Permission.USERS_MANAGE)).isTrue();
        assertThat(row("ana").roles()).containsExactly("Administrator");
        // A later run by someone else does not let them in by itself.
        assertThatThrownBy(() -> firstRun("bo"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("no active user 'bo'");
        assertThat(books.admin().users().users()).extracting(UserRow::username).doesNotContain("bo");
        // ana again: still the administrator, nothing added.
        assertThat(firstRun("ana").user().displayName())
                .isEqualTo("ana");
    }

    @Test
    void anExistingUserOnTheFirstRunGainsTheAdministratorRole() {
        Services clerk = firstRun("clerk");
        assertThat(clerk.user().may(Permission.USERS_MANAGE)).isTrue();
        assertThat(row("clerk").roles()).containsExactly("Administrator", "Clerk");
    }

    @Test
    void aClerkMayNotManageUsersAndTheServiceSaysWhichPermission() {
        assertThatThrownBy(() -> books.clerk().users().addUser("bo", null, List.of("Clerk")))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("\u201cManage users and roles\u201d (USERS_MANAGE)");
        assertThat(books.clerk().user().whyNot(Permission.CREDIT_BALANCE_ADJUSTMENT_CANCEL)).isEmpty();
        Services viewer = addAndOpen("vi", "Viewer");
        assertThat(viewer.user().whyNot(Permission.CREDIT_BALANCE_ADJUSTMENT_CANCEL))
                .startsWith("Needs the \u201cCancel Credit Balance Adjustment\u201d (CREDIT_BALANCE_ADJUSTMENT_CANCEL)");
        assertThatThrownBy(() -> viewer.creditBalances().cancel("CBA-00000001"))
                .hasMessageContaining("CREDIT_BALANCE_ADJUSTMENT_CANCEL");
    }

    @Test
    void aRoleGrantsWhatItListsAndTheLastManagerCannotBeRemoved() {
        books.admin().users().addRole("Desk", "Refund desk", EnumSet.of(Permission.CREDIT_BALANCE_REFUND));
        Services desk = addAndOpen("de", "Desk");
        assertThat(desk.user().permissions()).containsExactly(Permission.CREDIT_BALANCE_REFUND);
        assertThatThrownBy(() -> books.admin().users().setActive("admin", false))
                .isInstanceOf(ServiceException.class).hasMessageContaining("no active user who may manage users");
        assertThat(row("admin").active()).isTrue();
        assertThatThrownBy(() -> books.admin().users().changePermissions("Administrator", List.of(),
                List.of(Permission.USERS_MANAGE))).isInstanceOf(ServiceException.class);
        assertThat(books.admin().users().roles().get(0).permissions()).contains("USERS_MANAGE");
        assertThatThrownBy(() -> books.admin().users().addRole("9x", null, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Role '9x' is not a role code");
    }

    private Services addAndOpen(String username, String role) {
        books.admin().users().addUser(username, null, List.of(role));
        return new Services(books.database().dsl(), username, TestBooks.CLOCK);
    }
}
