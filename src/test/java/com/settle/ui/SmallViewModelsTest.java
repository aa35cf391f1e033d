package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.AdjustmentStatus;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.HistoryType;
import com.settle.domain.model.ImportBatchSummary;
import com.settle.domain.model.ReasonCodes;
import com.settle.service.Services;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.credit.AdjustmentEditViewModel;
import com.settle.ui.imports.ImportBatchesViewModel;
import com.settle.ui.signin.SignInViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small dialogs' and pages' view models without a window: sign-in, import history, adjustment edit. */
class SmallViewModelsTest {

    @TempDir
    Path folder;

    @Test
    void signInOpensTheBooksOrSaysWhyAndAlwaysForgetsThePassword() {
        try (TestBooks books = new TestBooks(folder)) {
            List<String> tried = new ArrayList<>();
            SignInViewModel vm = new SignInViewModel(new InlineRunner(), (user, password) -> {
                tried.add(user + ":" + new String(password));
                if (!"right".equals(new String(password))) {
                    throw new ValidationException("Password", "does not match; check the user name and password");
                }
                return books.clerk();
            }, null);
            assertThat(vm.usernameProperty().get()).isEmpty();
            vm.usernameProperty().set("  clerk ");
            vm.passwordProperty().set("wrong");
            List<Services> opened = new ArrayList<>();
            vm.signIn(opened::add);
            assertThat(opened).isEmpty();
            assertThat(vm.messageProperty().get()).isEqualTo("Password does not match; check the user name and"
                    + " password");
            assertThat(vm.passwordProperty().get()).isEmpty();
            assertThat(vm.busyProperty().get()).isFalse();
            vm.passwordProperty().set("right");
            vm.signIn(opened::add);
            assertThat(opened).containsExactly(books.clerk());
            assertThat(tried).containsExactly("clerk:wrong", "clerk:right");
            assertThat(vm.messageProperty().get()).isEmpty();
            assertThat(vm.passwordProperty().get()).isEmpty();
        }
    }

    @Test
    void importHistoryKeepsTheSelectionAndOffersUndoOnlyForWhatIsNotUndone() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 2, 9, 30, 0, 0, ZoneOffset.UTC);
        ImportBatchSummary imported = new ImportBatchSummary("IMP-00000002", "Payments", "pay.csv", "ab", 3, 2, 1,
                false, "ana", at, null, null);
        ImportBatchSummary undone = new ImportBatchSummary("IMP-00000001", "Accounts", "acc.csv", "cd", 1, 1, 0,
                true, "ana", at, "ben", at);
        ImportBatchesViewModel vm = new ImportBatchesViewModel(Locale.US);
        vm.install(List.of());
        assertThat(vm.messageProperty().get()).startsWith("No imports yet.");
        vm.install(List.of(imported, undone));
        assertThat(vm.messageProperty().get()).isEqualTo("2 imports, newest first.");
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.selectedProperty().set(imported);
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.undoQuestion()).isEqualTo("Undo IMP-00000002? Its 2 payments from pay.csv are canceled; the"
                + " history keeps them. Nothing changes if any of them was used since (applied, refunded or"
                + " transferred).");
        vm.install(List.of(imported, undone));
        assertThat(vm.selectedProperty().get()).isEqualTo(imported);
        vm.selectedProperty().set(undone);
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.status(undone)).startsWith("Undone ").endsWith(" by ben");
        assertThat(vm.status(imported)).isEqualTo("Imported by ana");
    }

    @Test
    void anAdjustmentEditChangesOnlyTheReasonAndTheTransferToAccounting() {
        Money ten = Money.of(new BigDecimal("10.00"), Currency.getInstance("USD"));
        HistoryLine line = new HistoryLine(1, LocalDate.of(2026, 10, 1), "CBA-00000001", false, HistoryType.values()[0],
                "Payment", "P-00000001", ten, ten, "Overpayment", null, null, AdjustmentStatus.PROCESSED,
                AccountingTransfer.PROCESSING, "clerk", OffsetDateTime.now(ZoneOffset.UTC));
        AdjustmentEditViewModel vm = new AdjustmentEditViewModel(line, new ReasonCodes(ReasonCodes.CREDIT_BALANCE_ADJUSTMENT,
                List.of(), null));
        assertThat(vm.reasonProperty().get()).isEqualTo("Overpayment");
        assertThat(vm.transferredProperty().get()).isEqualTo(AccountingTransfer.PROCESSING);
        assertThat(vm.header()).startsWith("Edit CBA-00000001");
        vm.reasonProperty().set("  ");
        vm.transferredProperty().set(AccountingTransfer.YES);
        assertThat(vm.result().number()).isEqualTo("CBA-00000001");
        assertThat(vm.result().reasonCode()).isNull();
        assertThat(vm.result().transferredToAccounting()).isEqualTo(AccountingTransfer.YES);
        assertThat(vm.errorProperty().get()).isEmpty();
    }
}
