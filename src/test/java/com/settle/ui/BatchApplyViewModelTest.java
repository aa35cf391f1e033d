package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AdjustmentType;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.TestBooks;
import com.settle.ui.credit.BatchApplyViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        return new BatchApplyViewModel(credit, credit.previewAll());
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
