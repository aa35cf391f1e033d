package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.HistoryFilter;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PlannedCredit;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.service.CreditBalanceService.RefundCommand;
import com.settle.service.CreditBalanceService.UpdateCommand;
import com.settle.service.Services;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.common.Saving;
import com.settle.ui.credit.CreditDialogs;
import com.settle.ui.credit.CreditHistoryViewModel;
import java.math.BigDecimal;
import java.nio.file.Files;
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

/** The credit history page without a window: its changes, each through its dialog, and refusals in words. */
class CreditHistoryViewModelTest {

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    final List<String> notices = new ArrayList<>();
    final List<String> refusals = new ArrayList<>();
    Optional<AdjustCommand> adjustment = Optional.empty();
    Optional<RefundCommand> refundAnswer = Optional.empty();
    boolean yes;

    final CreditDialogs dialogs = new CreditDialogs() {
        @Override
        public void adjust(String account, Money balance, Saving<AdjustCommand> saving) {
            adjustment.ifPresent(c -> saving.save(c, () -> { }, refusals::add));
        }

        @Override
        public void applyToInvoice(String account, Money balance, List<PlannedCredit> c,
                                   Saving<ApplyCreditCommand> saving) {
            saving.save(new ApplyCreditCommand(account, c.get(0).invoiceNumber(), null, LocalDate.of(2026, 9, 10),
                    null, null, null), () -> { }, refusals::add);
        }

        @Override
        public void refund(String account, Money balance, Saving<RefundCommand> saving) {
            refundAnswer.ifPresent(c -> saving.save(c, () -> { }, m -> refusals.add("in the dialog: " + m)));
        }

        @Override
        public void edit(HistoryLine line, Saving<UpdateCommand> saving) {
        }

        @Override
        public boolean confirm(String title, String question) {
            return yes;
        }

        @Override
        public void refused(String title, String message) {
            refusals.add(title + ": " + message);
        }
    };

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    private CreditHistoryViewModel model(Services s) {
        CreditHistoryViewModel vm = new CreditHistoryViewModel(new InlineRunner(), s.creditHistory(),
                s.creditBalances(), s.creditApplications(), s.user(), s::exportFooter, new MoneyText(Locale.US),
                dialogs, notices::add);
        vm.load(acme);
        return vm;
    }

    private AdjustCommand increase(String amount) {
        return new AdjustCommand(acme, AdjustmentType.INCREASE, new BigDecimal(amount), null, null, null,
                LocalDate.of(2026, 9, 1));
    }

    @Test
    void anAdjustmentIsRecordedAndTheHistoryReloads() {
        CreditHistoryViewModel vm = model(books.admin());
        adjustment = Optional.of(increase("25.00"));
        vm.adjust();
        assertThat(notices).singleElement().asString().startsWith("Recorded CBA-");
        assertThat(vm.balance().amount()).isEqualByComparingTo("25.00");
        assertThat(vm.rowsProperty().get()).hasSize(1);
    }

    @Test
    void theChartSaysTheBalanceAtTheEndOfAnyDay() {
        books.admin().creditBalances().adjust(increase("25.00"));
        books.admin().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.DECREASE, new BigDecimal("5.00"),
                null, null, null, LocalDate.of(2026, 9, 10)));
        CreditHistoryViewModel vm = model(books.admin());
        assertThat(vm.points()).hasSize(2);
        assertThat(vm.balanceOn(LocalDate.of(2026, 8, 31))).isEqualTo("Aug 31, 2026: $0.00");
        assertThat(vm.balanceOn(LocalDate.of(2026, 9, 1))).isEqualTo("Sep 1, 2026: $25.00");
        assertThat(vm.balanceOn(LocalDate.of(2026, 9, 9))).isEqualTo("Sep 9, 2026: $25.00");
        assertThat(vm.balanceOn(LocalDate.of(2026, 12, 1))).isEqualTo("Dec 1, 2026: $20.00");
    }

    @Test
    void applyingWithoutCreditIsRefusedBeforeAnyDialog() {
        CreditHistoryViewModel vm = model(books.admin());
        vm.applyToInvoice();
        assertThat(refusals).containsExactly("Apply to invoice: The account has no credit balance to apply. Adjust"
                + " the balance or transfer a payment's unapplied amount first.");
    }

    @Test
    void creditGoesToTheInvoiceTheDialogChose() {
        String inv = books.invoice(acme, LocalDate.of(2026, 9, 1), "10.00");
        books.admin().creditBalances().adjust(increase("4.00"));
        CreditHistoryViewModel vm = model(books.admin());
        vm.applyToInvoice();
        assertThat(notices).containsExactly("Applied $4.00 to " + inv);
        assertThat(vm.balance().isZero()).isTrue();
    }

    @Test
    void aRefundAboveTheBalanceIsRefusedInWordsAndChangesNothing() {
        books.admin().creditBalances().adjust(increase("5.00"));
        CreditHistoryViewModel vm = model(books.admin());
        refundAnswer = Optional.of(new RefundCommand(acme, new BigDecimal("6.00"), LocalDate.of(2026, 9, 2),
                PaymentMethod.CHECK, null, null, null));
        vm.refund();
        assertThat(notices).isEmpty();
        assertThat(refusals).singleElement().asString().startsWith("in the dialog: Amount").doesNotContain("Exception");
        assertThat(vm.balance().amount()).isEqualByComparingTo("5.00");
    }

    @Test
    void cancellingWaitsForTheClerksYes() {
        books.admin().creditBalances().adjust(increase("5.00"));
        CreditHistoryViewModel vm = model(books.admin());
        HistoryLine line = books.admin().creditHistory().all(vm.headProperty().get(), HistoryFilter.ALL).get(0);
        vm.cancelAdjustment(line);
        assertThat(vm.balance().amount()).isEqualByComparingTo("5.00");
        yes = true;
        vm.cancelAdjustment(line);
        assertThat(notices).containsExactly("Canceled " + line.adjustmentNumber());
        assertThat(vm.balance().isZero()).isTrue();
    }

    @Test
    void theExportEndsWithTheHistoryChainFooter() throws Exception {
        books.admin().creditBalances().adjust(increase("5.00"));
        CreditHistoryViewModel vm = model(books.admin());
        Path target = folder.resolve("history.csv");
        vm.export(target);
        assertThat(notices).containsExactly("Exported 1 line to history.csv");
        assertThat(Files.readAllLines(target)).last().asString().startsWith("# Exported from Settle");
    }
}
