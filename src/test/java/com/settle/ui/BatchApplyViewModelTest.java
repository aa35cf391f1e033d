package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.MoneyText;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.PlannedCredit;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.TestBooks;
import com.settle.ui.credit.BatchApplyViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apply credit balances without a window: the preview, the run with its progress, cancelling, the result. */
class BatchApplyViewModelTest {

    @TempDir
    Path folder;
    TestBooks books;

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        for (String name : List.of("Acme", "Birch")) {
            String a = books.account(name, "USD");
            books.invoice(a, LocalDate.of(2026, 9, 1), "10.00");
            books.admin().creditBalances().adjust(new AdjustCommand(a, AdjustmentType.INCREASE, new BigDecimal("4.00"),
                    null, null, null, LocalDate.of(2026, 9, 2)));
        }
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    private BatchApplyViewModel model() {
        var credit = books.admin().creditApplications();
        return new BatchApplyViewModel(credit, credit.previewAll(), new MoneyText(Locale.US));
    }

    @Test
    void thePreviewSaysWhatTheRunWillDoAndTheRunDoesIt() {
        BatchApplyViewModel vm = model();
        assertThat(vm.header()).isEqualTo("2 applications over 2 accounts, oldest invoice first. Nothing is saved"
                + " until you press Apply.");
        assertThat(vm.canApply()).isTrue();
        List<String> progress = new ArrayList<>();
        vm.start();
        var result = vm.apply((done, total) -> progress.add(BatchApplyViewModel.progress(done, total)));
        assertThat(vm.finished(result)).isEqualTo("Applied credit: 2 applications, 0 refused");
        assertThat(vm.statusProperty().get()).isEqualTo("Done: 2 applications over 2 accounts; 0 refused.");
        assertThat(progress).last().isEqualTo("Applied credit on 2 of 2 accounts");
        assertThat(vm.canApply()).isFalse();
        assertThat(vm.cancel()).isFalse();
    }

    @Test
    void aRowLeftOutKeepsItsCreditAndTheOthersRunAsPreviewed() {
        BatchApplyViewModel vm = model();
        assertThat(vm.totalsProperty().get()).startsWith("To apply: ").endsWith(" in 2 applications");
        PlannedCredit out = vm.plan().get(0);
        vm.chosenProperty(out).set(false);
        assertThat(vm.totalsProperty().get()).isEqualTo("To apply: " + new MoneyText(Locale.US).display(
                vm.plan().get(1).amount()) + " in 1 application (1 left out)");
        vm.start();
        var result = vm.apply((done, total) -> { });
        assertThat(result.applied()).extracting(PlannedCredit::invoiceNumber)
                .containsExactly(vm.plan().get(1).invoiceNumber());
        assertThat(result.applied().get(0).amount()).isEqualTo(vm.plan().get(1).amount());
        // The account left out still has its credit, and its invoice its balance.
        assertThat(books.admin().creditHistory().head(out.accountNumber()).balance().amount())
                .isEqualByComparingTo(out.amount().amount());
        vm.chosenProperty(vm.plan().get(1)).set(false);
        assertThat(vm.canApply()).isFalse();
    }

    @Test
    void withEveryRowLeftOutApplyIsNotOffered() {
        BatchApplyViewModel vm = model();
        vm.plan().forEach(p -> vm.chosenProperty(p).set(false));
        assertThat(vm.totalsProperty().get()).isEqualTo("No application chosen.");
        assertThat(vm.anyChosenProperty().get()).isFalse();
        assertThat(vm.canApply()).isFalse();
    }

    @Test
    void cancelStopsTheRunBetweenAccounts() {
        BatchApplyViewModel vm = model();
        assertThat(vm.cancel()).as("nothing runs yet").isFalse();
        vm.start();
        assertThat(vm.cancel()).isTrue();
        var result = vm.apply((done, total) -> { });
        vm.finished(result);
        assertThat(result.canceled()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Canceled after 0 applications over 0 accounts; 0 refused.");
    }

    @Test
    void withNothingToApplyApplyIsNotOffered() {
        books.admin().creditApplications().applyAll((d, t) -> { }, () -> false);
        BatchApplyViewModel vm = model();
        assertThat(vm.header()).isEqualTo("No account has both a credit balance and an open invoice.");
        assertThat(vm.canApply()).isFalse();
    }
}
