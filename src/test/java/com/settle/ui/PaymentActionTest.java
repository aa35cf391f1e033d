package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.PaymentDetail;
import com.settle.service.ApplicationService.ApplyCommand;
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
        assertThat(why(PaymentAction.UNAPPLY)).isEqualTo("Nothing of the payment is applied.");
    }

    @Test
    void aFullyAppliedPaymentCanOnlyBeUnapplied() {
        books.clerk().applications().apply(new ApplyCommand(pay, LocalDate.of(2026, 10, 2), null, List.of(),
                new BigDecimal("100.00"), false));
        assertThat(why(PaymentAction.UNAPPLY)).isNull();
        assertThat(why(PaymentAction.APPLY)).isEqualTo("Nothing of the payment is unapplied.");
        assertThat(why(PaymentAction.CANCEL)).isEqualTo("Unapply it and cancel its refunds and transfers first.");
    }

    @Test
    void aCanceledPaymentOffersNothingAndAViewerMayDoNothing() {
        PaymentDetail d = books.clerk().payments().detail(pay);
        var viewer = new UserContext(99, "viewer", "Viewer", Set.of());
        assertThat(PaymentAction.APPLY.whyNot(d, viewer)).isEqualTo("Your role does not allow this (PAYMENT_APPLY).");
        books.clerk().payments().cancel(pay, null);
        for (PaymentAction a : PaymentAction.values()) {
            assertThat(why(a)).isEqualTo("The payment is canceled.");
        }
    }
}
