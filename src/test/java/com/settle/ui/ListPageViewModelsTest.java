package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.CreditAccount;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.PaymentSummary;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.Services;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.accounts.AccountDialogs.AccountForm;
import com.settle.ui.accounts.AccountsViewModel;
import com.settle.ui.credit.CreditBalancesViewModel;
import com.settle.ui.documents.DocumentsViewModel;
import com.settle.ui.home.HomeViewModel;
import com.settle.ui.payments.PaymentsViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidebar's list pages without a window, each over a real H2 file with the services it is given: their
 * filters, New account, the credit balance work queue and Home's currency choice.
 */
class ListPageViewModelsTest {

    @TempDir
    Path folder;
    TestBooks books;
    Services clerk;
    final InlineRunner runner = new InlineRunner();
    String acme;
    String birch;
    String birchPayment;

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        clerk = books.clerk();
        acme = books.account("Acme", "USD");
        birch = books.account("Birchwood", "EUR");
        books.invoice(acme, LocalDate.of(2026, 9, 1), "10.00");
        books.invoice(acme, LocalDate.of(2026, 10, 1), "20.00");
        books.invoice(birch, LocalDate.of(2026, 10, 5), "7.00");
        books.payment(acme, "5.00", LocalDate.of(2026, 9, 2));
        birchPayment = books.payment(birch, "3.00", LocalDate.of(2026, 10, 6));
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    @Test
    void newAccountCreatesWhatTheFormGaveAndNothingWhenItWasClosed() {
        List<AccountForm> answers = new ArrayList<>(List.of(
                new AccountForm("Cobalt", "JPY", null, null, null, null, null, null)));
        AccountsViewModel vm = new AccountsViewModel(runner, clerk.accounts(), clerk.user(),
                account -> answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0)));
        List<String> created = new ArrayList<>();
        vm.newAccount(created::add);
        vm.newAccount(created::add);
        assertThat(created).hasSize(1);
        vm.refresh();
        assertThat(vm.rows()).extracting(AccountSummary::name).containsExactlyInAnyOrder("Acme", "Birchwood",
                "Cobalt");
        assertThat(vm.rows()).filteredOn(a -> a.number().equals(created.get(0)))
                .extracting(AccountSummary::currencyCode).containsExactly("JPY");
    }

    @Test
    void paymentsFilterByAccountStatusUnappliedAndDates() {
        PaymentsViewModel vm = new PaymentsViewModel(runner, clerk.payments(), clerk.user());
        vm.refresh();
        assertThat(vm.rows()).hasSize(2);
        vm.accountProperty().set(" " + acme.toLowerCase() + " ");
        assertThat(vm.rows()).extracting(PaymentSummary::accountNumber).containsExactly(acme);
        vm.accountProperty().set("");
        vm.fromProperty().set(LocalDate.of(2026, 10, 1));
        assertThat(vm.rows()).extracting(PaymentSummary::accountNumber).containsExactly(birch);
        vm.fromProperty().set(null);
        vm.toProperty().set(LocalDate.of(2026, 9, 2));
        assertThat(vm.rows()).extracting(PaymentSummary::accountNumber).containsExactly(acme);
        vm.toProperty().set(null);
        vm.unappliedOnlyProperty().set(true);
        assertThat(vm.rows()).hasSize(2);
        vm.statusProperty().set("Canceled");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.countProperty().get()).isEqualTo("0 of 2 rows");
        assertThat(vm.nothingFoundProperty().get()).isEqualTo("Nothing matches the filters. Clear the search (Escape)"
                + " or the filters to see all 2 rows.");
        vm.statusProperty().set(PaymentsViewModel.ALL);
        vm.unappliedOnlyProperty().set(false);
        assertThat(vm.nothingFoundProperty().get()).isEmpty();
        // An amount as the clerk writes it finds the payment of that amount.
        vm.filterProperty().set("$5.00");
        assertThat(vm.rows()).extracting(PaymentSummary::accountNumber).containsExactly(acme);
        vm.filterProperty().set("3.00 " + birch);
        assertThat(vm.rows()).extracting(PaymentSummary::accountNumber).containsExactly(birch);
    }

    @Test
    void documentsFilterOpenOnlyAndByDate() {
        String paid = books.invoice(birch, LocalDate.of(2026, 10, 7), "3.00");
        clerk.applications().apply(new ApplyCommand(birchPayment, LocalDate.of(2026, 10, 7), null,
                List.of(new DocumentAmount(paid, new BigDecimal("3.00"), List.of())), null, false));
        DocumentsViewModel vm = new DocumentsViewModel(runner, clerk.documents(), clerk.creditApplications(),
                clerk.user());
        vm.refresh();
        assertThat(vm.rows()).hasSize(4);
        assertThat(vm.rows()).filteredOn(d -> d.number().equals(paid)).extracting(d -> d.standing().label())
                .containsExactly("Paid");
        vm.statusProperty().set("Paid");
        assertThat(vm.rows()).extracting(DocumentSummary::number).containsExactly(paid);
        vm.statusProperty().set("Open");
        assertThat(vm.rows()).hasSize(3);
        vm.statusProperty().set(DocumentsViewModel.ALL);
        vm.openOnlyProperty().set(true);
        assertThat(vm.rows()).extracting(DocumentSummary::number).doesNotContain(paid).hasSize(3);
        vm.fromProperty().set(LocalDate.of(2026, 10, 1));
        vm.toProperty().set(LocalDate.of(2026, 10, 4));
        assertThat(vm.rows()).extracting(DocumentSummary::accountNumber).containsExactly(acme);
        assertThat(DocumentsViewModel.whyNoTransfer(null)).isEqualTo("Select an invoice with a negative balance.");
        assertThat(DocumentsViewModel.whyNoTransfer(vm.rows().get(0))).isNotEmpty();
    }

    @Test
    void theCreditQueueKeepsAccountsWithCreditAndAnOpenInvoice() {
        books.admin().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE, new BigDecimal("4.00"),
                null, null, null, TestBooks.TODAY));
        String cobalt = books.account("Cobalt", "USD");
        books.admin().creditBalances().adjust(new AdjustCommand(cobalt, AdjustmentType.INCREASE,
                new BigDecimal("2.00"), null, null, null, TestBooks.TODAY));
        CreditBalancesViewModel vm = new CreditBalancesViewModel(runner, clerk.creditHistory(), clerk.user());
        vm.refresh();
        assertThat(vm.rows()).extracting(CreditAccount::number).contains(acme, cobalt);
        vm.queueOnlyProperty().set(true);
        assertThat(vm.rows()).extracting(CreditAccount::number).containsExactly(acme);
        vm.queueOnlyProperty().set(false);
        assertThat(vm.rows()).extracting(CreditAccount::number).contains(cobalt);
    }

    @Test
    void homeShowsTheLocalCurrencysAgingFirstAndKeepsTheClerksChoice() {
        HomeViewModel vm = new HomeViewModel(runner, clerk.home(), "EUR");
        assertThat(vm.emptyTextProperty().get()).as("while adding up, not 'no accounts'")
                .isEqualTo("Adding up the books…");
        vm.load();
        assertThat(vm.emptyTextProperty().get()).isEqualTo("No accounts yet");
        assertThat(vm.currencies()).extracting(f -> f.currency()).containsExactlyInAnyOrder("USD", "EUR");
        assertThat(vm.agingProperty().get().currency()).isEqualTo("EUR");
        vm.agingProperty().set(vm.currencies().stream().filter(f -> f.currency().equals("USD")).findFirst()
                .orElseThrow());
        vm.load();
        assertThat(vm.agingProperty().get().currency()).isEqualTo("USD");
        assertThat(vm.queuedProperty().get()).isZero();
        HomeViewModel other = new HomeViewModel(runner, clerk.home(), "CHF");
        other.load();
        assertThat(other.agingProperty().get()).isNotNull();
    }
}
