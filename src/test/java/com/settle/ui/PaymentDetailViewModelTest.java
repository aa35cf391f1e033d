package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.MoneyText;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentStatus;
import com.settle.service.ApplicationService;
import com.settle.service.CreditBalanceService.TransferCommand;
import com.settle.service.PaymentService.RefundCommand;
import com.settle.service.Services;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.payments.PaymentAction;
import com.settle.ui.payments.PaymentDetailViewModel;
import com.settle.ui.common.Saving;
import com.settle.ui.payments.PaymentDialogs;
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

/**
 * The payment page without a window: which actions can succeed and why not, and each action with the clerk's
 * answers given by a small fake of the dialogs, over a real H2 file.
 */
class PaymentDetailViewModelTest {

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String payment;
    final List<String> said = new ArrayList<>();
    Optional<RefundCommand> refund = Optional.empty();
    Optional<TransferCommand> transfer = Optional.empty();
    boolean cancel;

    final PaymentDialogs dialogs = new PaymentDialogs() {
        @Override
        public void apply(PaymentDetail p, Runnable onSaved) {
            said.add("apply dialog for " + p.summary().number());
        }

        @Override
        public void unapply(PaymentDetail p, Saving<UnapplyCommand> saving) {
        }

        @Override
        public void refund(PaymentDetail p, Saving<RefundCommand> saving) {
            refund.ifPresent(c -> saving.save(c, () -> said.add("dialog closed"), m -> said.add("dialog says: " + m)));
        }

        @Override
        public void transfer(PaymentDetail p, Saving<TransferCommand> saving) {
            transfer.ifPresent(c -> saving.save(c, () -> said.add("dialog closed"), m -> said.add("dialog says: "
                    + m)));
        }

        @Override
        public boolean confirmCancel(PaymentDetail p) {
            return cancel;
        }

        @Override
        public void saved(String message) {
            said.add("saved: " + message);
        }

        @Override
        public void refused(String header, String message) {
            said.add("refused: " + header + ": " + message);
        }
    };

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        payment = books.payment(acme, "50.00", LocalDate.of(2026, 10, 1));
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    private PaymentDetailViewModel model(Services s) {
        PaymentDetailViewModel vm = new PaymentDetailViewModel(new InlineRunner(), s.payments(), s.unapplications(),
                s.creditBalances(), s.user(), dialogs, new MoneyText(Locale.US));
        vm.load(payment);
        return vm;
    }

    @Test
    void anUnappliedPaymentCanBeAppliedRefundedTransferredOrCanceledButNotUnapplied() {
        PaymentDetailViewModel vm = model(books.clerk());
        assertThat(vm.whyNotProperty(PaymentAction.APPLY).get()).isEmpty();
        assertThat(vm.whyNotProperty(PaymentAction.REFUND).get()).isEmpty();
        assertThat(vm.whyNotProperty(PaymentAction.UNAPPLY).get()).isEqualTo("Payment " + payment
                + " has nothing applied to unapply.");
        vm.unapply();
        vm.apply();
        assertThat(said).containsExactly("apply dialog for " + payment);
    }

    @Test
    void aRefundAndATransferAreSavedAndThePageReloads() {
        PaymentDetailViewModel vm = model(books.clerk());
        refund = Optional.of(new RefundCommand(payment, new BigDecimal("20.00"), LocalDate.of(2026, 10, 2),
                PaymentMethod.CHECK, "CHK-9", "Customer request", null, null));
        vm.refund();
        assertThat(said.get(0)).isEqualTo("dialog closed");
        assertThat(said.get(1)).startsWith("saved: Refund R-");
        assertThat(vm.detailProperty().get().summary().unapplied().amount()).isEqualByComparingTo("30.00");
        transfer = Optional.of(new TransferCommand(payment, new BigDecimal("30.00"), LocalDate.of(2026, 10, 3),
                null, null, null, null));
        vm.transfer();
        assertThat(said.get(3)).startsWith("saved: Transferred to the credit balance as CBA-");
        assertThat(vm.detailProperty().get().summary().unapplied().amount()).isZero();
        assertThat(vm.whyNotProperty(PaymentAction.REFUND).get()).isEqualTo("Payment " + payment
                + " has nothing unapplied to refund.");
        assertThat(PaymentDetailViewModel.activity(vm.detailProperty().get()))
                .extracting(PaymentDetailViewModel.Activity::kind).containsExactly("Refund",
                        "Transfer to credit balance");
    }

    @Test
    void applicationsAreNamedByTheirPlaceOnThePaymentNotByADatabaseId() {
        String invoice = books.invoice(acme, LocalDate.of(2026, 10, 1), "30.00");
        for (String amount : List.of("10.00", "5.00")) {
            books.clerk().applications().apply(new ApplicationService.ApplyCommand(payment, LocalDate.of(2026, 10, 2),
                    null, List.of(new ApplicationService.DocumentAmount(invoice, new BigDecimal(amount), List.of())),
                    null, false));
        }
        PaymentDetail d = model(books.clerk()).detailProperty().get();
        assertThat(d.applications()).hasSize(2);
        assertThat(d.applicationName(d.applications().get(1).id())).isEqualTo("application 2");
        assertThat(d.applicationName(-1)).isEqualTo("an application");
    }

    @Test
    void cancelAsksFirstAndARefusedActionSaysWhyAndChangesNothing() {
        PaymentDetailViewModel vm = model(books.clerk());
        vm.cancel();
        assertThat(vm.detailProperty().get().summary().status()).isEqualTo(PaymentStatus.PROCESSED);
        refund = Optional.of(new RefundCommand(payment, new BigDecimal("50.01"), LocalDate.of(2026, 10, 2),
                PaymentMethod.CHECK, null, null, null, null));
        vm.refund();
        // The refusal is said in the dialog, which stays open with the clerk's entries.
        assertThat(said).singleElement().asString().startsWith("dialog says: ").contains("50.01");
        cancel = true;
        vm.cancel();
        assertThat(said.get(1)).isEqualTo("saved: Payment " + payment + " canceled");
        assertThat(vm.detailProperty().get().summary().status()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(vm.whyNotProperty(PaymentAction.CANCEL).get()).isEqualTo("Payment " + payment
                + " is already canceled.");
    }

    @Test
    void aViewerMaySeeButNotAct() {
        books.admin().users().addUser("vi", "Vera", List.of("Viewer"));
        Services viewer = new Services(books.database().dsl(), "vi", TestBooks.CLOCK);
        PaymentDetailViewModel vm = model(viewer);
        assertThat(vm.detailProperty().get().summary().number()).isEqualTo(payment);
        assertThat(vm.whyNotProperty(PaymentAction.APPLY).get()).contains("permission");
        vm.apply();
        assertThat(said).isEmpty();
    }
}
