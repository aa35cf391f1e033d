package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.Permission;
import com.settle.domain.model.ReasonCodeRow;
import com.settle.domain.model.UserRow;
import com.settle.service.Services;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.security.SecurityViewModel;
import com.settle.ui.settings.CodeDialogs.AccountingEdit;
import com.settle.ui.settings.CodeDialogs.ReasonEdit;
import com.settle.ui.settings.CodesViewModel;
import com.settle.ui.settings.SettingsViewModel;
import com.settle.ui.settings.UsersViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings page's view models without a window, over a real H2 file, as an administrator and as a clerk. */
class SettingsViewModelsTest {

    @TempDir
    Path folder;
    TestBooks books;
    final InlineRunner runner = new InlineRunner();
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
    }

    @AfterEach
    void close() {
        books.close();
    }

    private SettingsViewModel settings(Services s) {
        return new SettingsViewModel(runner, s.settings(), s.user(), notices::add);
    }

    @Test
    void theDefaultRuleIsSavedByWhoMayAndRefusedInWordsForWhoMayNot() {
        SettingsViewModel admin = settings(books.admin());
        admin.load();
        assertThat(admin.mayEdit()).isTrue();
        assertThat(admin.messageProperty().get()).isEmpty();
        admin.ruleProperty().set(ApplicationRule.PRORATION);
        admin.save();
        assertThat(notices).containsExactly("Default application rule is now " + ApplicationRule.PRORATION.label());
        assertThat(books.clerk().settings().defaultApplicationRule()).isEqualTo(ApplicationRule.PRORATION);

        SettingsViewModel clerk = settings(books.clerk());
        clerk.load();
        assertThat(clerk.ruleProperty().get()).isEqualTo(ApplicationRule.PRORATION);
        assertThat(clerk.mayEdit()).isFalse();
        assertThat(clerk.messageProperty().get()).contains("may view settings but not change them");
        clerk.ruleProperty().set(ApplicationRule.FIFO);
        clerk.save();
        assertThat(clerk.messageProperty().get()).isNotEmpty();
        assertThat(books.admin().settings().defaultApplicationRule()).isEqualTo(ApplicationRule.PRORATION);
    }

    @Test
    void codesAreAddedDeactivatedAndDeletedWithTheirRefusalsOnThePage() {
        Services admin = books.admin();
        CodesViewModel vm = new CodesViewModel(runner, admin.codes(), admin.user(), notices::add);
        vm.load();
        assertThat(vm.reasons()).extracting(ReasonCodeRow::code).contains("Overpayment", "Goodwill");
        assertThat(vm.whyNot()).isEmpty();
        vm.saveReason(new ReasonEdit("Bank error", "The bank erred", List.of("Refund"), List.of()), true);
        assertThat(vm.reasons()).extracting(ReasonCodeRow::code).contains("Bank error");
        assertThat(notices).contains("Reason code Bank error added");
        ReasonCodeRow bank = vm.reasons().stream().filter(r -> r.code().equals("Bank error")).findFirst().orElseThrow();
        vm.setReasonActive(bank, false);
        assertThat(vm.reasons()).filteredOn(r -> r.code().equals("Bank error")).extracting(ReasonCodeRow::active)
                .containsExactly(false);
        vm.deleteReason(bank);
        assertThat(vm.reasons()).extracting(ReasonCodeRow::code).doesNotContain("Bank error");
        vm.saveAccounting(new AccountingEdit("1010-PETTY", "Cash", "Cash", false), true);
        assertThat(vm.accounting()).extracting(AccountingCodeRow::code).contains("1010-PETTY");
        assertThat(vm.messageProperty().get()).isEmpty();
        // A second code with the same name is refused, shown on the page, and nothing changes.
        int before = vm.accounting().size();
        vm.saveAccounting(new AccountingEdit("1010-PETTY", "Cash again", "Cash", false), true);
        assertThat(vm.messageProperty().get()).contains("1010-PETTY");
        assertThat(vm.accounting()).hasSize(before);

        CodesViewModel clerk = new CodesViewModel(runner, books.clerk().codes(), books.clerk().user(), notices::add);
        assertThat(clerk.whyNot()).contains(Permission.SETTINGS_EDIT.label());
    }

    @Test
    void usersAndRolesChangeOnlyWithUsersManage() {
        Services admin = books.admin();
        UsersViewModel vm = new UsersViewModel(runner, admin.users(), admin.user(), notices::add);
        vm.load();
        assertThat(vm.mayManage()).isTrue();
        assertThat(vm.signedInProperty().get()).isEqualTo("You work as Administrator (admin).");
        vm.addUser("ann", "Ann Lee", List.of("Clerk"));
        assertThat(vm.users()).extracting(UserRow::username).contains("ann");
        vm.editUser("ann", List.of("Clerk"), false);
        assertThat(vm.users()).filteredOn(u -> u.username().equals("ann")).extracting(UserRow::active)
                .containsExactly(false);
        vm.addRole("Auditor", "Reads the books");
        vm.selectedRoleProperty().set(vm.roles().stream().filter(r -> r.code().equals("Auditor")).findFirst()
                .orElseThrow());
        assertThat(vm.permissions()).noneMatch(c -> c.granted().get());
        vm.permissions().stream().filter(c -> c.permission() == Permission.EXPORT).findFirst().orElseThrow()
                .granted().set(true);
        vm.savePermissions();
        assertThat(notices).contains("Role Auditor now grants 1 permissions");
        assertThat(books.admin().users().roles()).filteredOn(r -> r.code().equals("Auditor"))
                .flatExtracting(r -> r.permissions()).containsExactly(Permission.EXPORT.name());

        UsersViewModel clerk = new UsersViewModel(runner, books.clerk().users(), books.clerk().user(), notices::add);
        clerk.load();
        assertThat(clerk.mayManage()).isFalse();
        assertThat(clerk.signedInProperty().get()).startsWith("You work as Finance clerk (clerk).")
                .contains(clerk.whyNot());
        clerk.addUser("mallory", "Mallory", List.of("Administrator"));
        assertThat(clerk.messageProperty().get()).isNotEmpty();
        assertThat(books.admin().users().users()).extracting(UserRow::username).doesNotContain("mallory");
    }

    @Test
    void securityShowsTheProtectionAndTheChainAndRefusesTwoDifferentPasswords() {
        Services admin = books.admin();
        SecurityViewModel vm = new SecurityViewModel(runner, admin.isProtected(), admin.onServer(), admin.verify(),
                admin.users(), admin.user(), notices::add);
        vm.load();
        assertThat(vm.protectedFileProperty().get()).isFalse();
        assertThat(vm.canProtectProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).startsWith("Unprotected:");
        assertThat(vm.chainHeadProperty().get()).startsWith(admin.verify().chainHead().shortForm());
        vm.newPasswordProperty().set("a long new password");
        vm.againProperty().set("a long new passworD");
        vm.changePassword();
        assertThat(vm.messageProperty().get()).isEqualTo("New password and its repetition differ; type the same"
                + " password twice");
        assertThat(vm.newPasswordProperty().get()).isEmpty();
        assertThat(vm.againProperty().get()).isEmpty();
        assertThat(notices).isEmpty();
    }
}
