package com.settle.ui;

import com.settle.domain.model.AccountStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.MoneyText;
import com.settle.domain.model.DiscountTerms;
import com.settle.service.Services;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.accounts.AccountDetailViewModel;
import com.settle.ui.accounts.AccountDialogs.AccountForm;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account page without a window: loading, the line under the figures, editing, refusals. */
class AccountDetailViewModelTest {

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    final List<String> notices = new ArrayList<>();
    Optional<AccountForm> answer = Optional.empty();

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        books.invoice(acme, LocalDate.of(2026, 9, 1), "10.00");
        books.payment(acme, "5.00", LocalDate.of(2026, 9, 2));
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    private AccountDetailViewModel model(Services s) {
        return new AccountDetailViewModel(new InlineRunner(), s.accounts(), s.user(), new MoneyText(Locale.US),
                account -> answer, notices::add);
    }

    @Test
    void loadsTheAccountWithItsDocumentsAndPayments() {
        AccountDetailViewModel vm = model(books.clerk());
        vm.load(acme);
        assertThat(vm.detailProperty().get().summary().name()).isEqualTo("Acme");
        assertThat(vm.titleProperty().get()).isEqualTo(acme + "  Acme");
        assertThat(vm.infoProperty().get()).startsWith("1 invoices and debit memos, 1 payments. Created ");
        assertThat(AccountDetailViewModel.currencyText(vm.detailProperty().get()))
                .isEqualTo("USD  (fixed: the account has activity)");
        assertThat(AccountDetailViewModel.isActive(vm.detailProperty().get())).isTrue();
    }

    @Test
    void anUnknownAccountSaysSoInTheInfoLine() {
        AccountDetailViewModel vm = model(books.clerk());
        vm.load("A-99999999");
        assertThat(vm.detailProperty().get()).isNull();
        assertThat(vm.infoProperty().get()).contains("A-99999999").doesNotContain("Exception");
    }

    @Test
    void editSavesWhatTheDialogGaveAndShowsTheAccountAgain() {
        AccountDetailViewModel vm = model(books.admin());
        vm.load(acme);
        answer = Optional.of(new AccountForm("Acme Ltd", "USD", "Ann", "ann@acme.test", null, null, AccountStatus.INACTIVE,
                new DiscountTerms(new BigDecimal("2"), 10)));
        vm.edit();
        assertThat(notices).containsExactly("Account " + acme + " saved");
        assertThat(vm.detailProperty().get().summary().name()).isEqualTo("Acme Ltd");
        assertThat(AccountDetailViewModel.isActive(vm.detailProperty().get())).isFalse();
        assertThat(vm.detailProperty().get().discountTerms().describe(Locale.US)).isEqualTo("2% within 10 days");
        assertThat(vm.titleProperty().get()).isEqualTo(acme + "  Acme Ltd");
    }

    @Test
    void aCanceledDialogChangesNothing() {
        AccountDetailViewModel vm = model(books.admin());
        vm.load(acme);
        vm.edit();
        assertThat(notices).isEmpty();
        assertThat(books.clerk().accounts().detail(acme).summary().name()).isEqualTo("Acme");
    }

    @Test
    void aRefusedSaveIsShownAndChangesNothing() {
        AccountDetailViewModel vm = model(books.admin());
        vm.load(acme);
        answer = Optional.of(new AccountForm(" ", "USD", null, null, null, null, AccountStatus.ACTIVE, null));
        vm.edit();
        assertThat(notices).isEmpty();
        assertThat(vm.infoProperty().get()).startsWith("Name");
        assertThat(books.clerk().accounts().detail(acme).summary().name()).isEqualTo("Acme");
    }
}
