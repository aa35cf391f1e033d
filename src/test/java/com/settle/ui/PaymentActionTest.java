package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.Permission;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.service.UserContext;
import com.settle.support.TestBooks;
import com.settle.ui.payments.PaymentAction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which payment actions the detail page enables, and the reason it gives for each one it does not. */
class PaymentActionTest {

    @TempDir
    Path folder;
    TestBooks books;
    String pay;

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        String acme = books.account("Acme", "USD");
        books.invoice(acme, LocalDate.of(2026, 10, 1), "100.00");
        pay = books.payment(acme, "100.00", LocalDate.of(2026, 10, 2));
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    private String why(PaymentAction action) {
        PaymentDetail d = books.clerk().payments().detail(pay);
        return action.whyNot(d, books.clerk().user());
    }

    @Test
    void anUnappliedPaymentCanBeAppliedRefundedTransferredAndCanceledButNotUnapplied() {
        assertThat(why(PaymentAction.APPLY)).isNull();
        assertThat(why(PaymentAction.REFUND)).isNull();
        assertThat(why(PaymentAction.TRANSFER)).isNull();
        assertThat(why(PaymentAction.CANCEL)).isNull();
        assertThat(why(PaymentAction.UNAPPLY)).isEqualTo("Payment " + pay + " has nothing applied to unapply.");
        // The page's reason is the service's refusal, word for word.
        assertThatThrownBy(() -> books.clerk().unapplications().unapply(new UnapplyCommand(pay,
                LocalDate.of(2026, 10, 3), null, null, null, null, null))).hasMessage(why(PaymentAction.UNAPPLY));
    }

    @Test
    void aFullyAppliedPaymentCanOnlyBeUnapplied() {
        books.clerk().applications().apply(new ApplyCommand(pay, LocalDate.of(2026, 10, 2), null, List.of(),
                new BigDecimal("100.00"), false));
        assertThat(why(PaymentAction.UNAPPLY)).isNull();
        assertThat(why(PaymentAction.APPLY)).isEqualTo("Payment " + pay + " has nothing unapplied to apply.");
        assertThat(why(PaymentAction.CANCEL)).isEqualTo("Payment " + pay + " has money applied, refunded or"
                + " transferred; unapply it and cancel the refunds and transfers first.");
        assertThatThrownBy(() -> books.clerk().applications().apply(new ApplyCommand(pay, LocalDate.of(2026, 10, 2),
                null, List.of(), new BigDecimal("1.00"), false))).hasMessage(why(PaymentAction.APPLY));
        assertThatThrownBy(() -> books.clerk().payments().cancel(pay, null)).hasMessage(why(PaymentAction.CANCEL));
    }

    @Test
    void aCanceledPaymentOffersNothingAndAViewerMayDoNothing() {
        PaymentDetail d = books.clerk().payments().detail(pay);
        var viewer = new UserContext(99, "viewer", "Viewer", Set.of());
        assertThat(PaymentAction.APPLY.whyNot(d, viewer)).isEqualTo(viewer.whyNot(Permission.PAYMENT_APPLY));
        books.clerk().payments().cancel(pay, null);
        assertThat(why(PaymentAction.APPLY)).isEqualTo("Payment " + pay + " is canceled; only a processed payment's"
                + " unapplied amount can be applied.");
        assertThat(why(PaymentAction.UNAPPLY)).isEqualTo("Payment " + pay + " is canceled; there is nothing to"
                + " unapply.");
        assertThat(why(PaymentAction.CANCEL)).isEqualTo("Payment " + pay + " is already canceled.");
        assertThatThrownBy(() -> books.clerk().payments().cancel(pay, null)).hasMessage(why(PaymentAction.CANCEL));
    }
}
