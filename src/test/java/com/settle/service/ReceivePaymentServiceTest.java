package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.Overpayment;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentSummary;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.service.ReceivePaymentService.ReceiveCommand;
import com.settle.service.ReceivePaymentService.ReceiveResult;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receive payment on a real H2 file: record, apply and settle the rest in one transaction, or nothing. */
class ReceivePaymentServiceTest {

    private static final LocalDate D1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 10, 10);

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        first = books.invoice(acme, D1, "60.00", "40.00");
        second = books.invoice(acme, D1.plusDays(1), "50.00");
    }

    @AfterEach
    void verifyBooksAndClose() {
        books.assertBalanced();
        books.close();
    }

    private NewPaymentCommand payment(String amount) {
        return new NewPaymentCommand(acme, new BigDecimal(amount), D2, PaymentMethod.CHECK, "CHK-77", null);
    }

    private ReceiveCommand receive(String amount, List<DocumentAmount> docs, Overpayment rest) {
        return new ReceiveCommand(payment(amount), docs, null, null, Map.of(), rest, null);
    }

    private DocumentSummary document(String number) {
        return books.clerk().documents().list().stream().filter(d -> d.number().equals(number)).findFirst()
                .orElseThrow();
    }

    private List<PaymentSummary> payments() {
        return books.clerk().payments().list();
    }

    @Test
    void theContextListsTheAccountsOpenDocumentsWithTheirItems() {
        var context = books.clerk().receipts().context(acme);
        assertThat(context.documents()).extracting(d -> d.number()).containsExactly(first, second);
        assertThat(context.documents().get(0).items()).hasSize(2);
        assertThat(context.currency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void aPaymentIsRecordedAndAppliedInOneStep() {
        ReceiveResult r = books.clerk().receipts().receive(receive("110.00", List.of(
                new DocumentAmount(first, null, List.of(new ItemAmount(1, new BigDecimal("60.00")),
                        new ItemAmount(2, new BigDecimal("40.00")))),
                new DocumentAmount(second, new BigDecimal("10.00"), List.of())), null));
        assertThat(r.applied().amount()).isEqualByComparingTo("110.00");
        assertThat(r.leftover().isZero()).isTrue();
        assertThat(r.leftoverNumber()).isNull();
        assertThat(document(first).balance().isZero()).isTrue();
        assertThat(document(second).balance().amount()).isEqualByComparingTo("40.00");
        PaymentSummary p = payments().get(0);
        assertThat(p.number()).isEqualTo(r.paymentNumber());
        assertThat(p.unapplied().isZero()).isTrue();
        assertThat(p.reference()).isEqualTo("CHK-77");
    }

    @Test
    void aShortPaymentWithinTheToleranceIsWrittenOffInTheSameStep() {
        books.admin().settings().setWriteOffTolerance(Currency.getInstance("USD"), new BigDecimal("1.00"));
        assertThat(books.clerk().receipts().context(acme).residuals().tolerance().amount()).isEqualByComparingTo("1.00");
        ReceiveResult r = books.clerk().receipts().receive(new ReceiveCommand(payment("99.50"), List.of(
                new DocumentAmount(first, new BigDecimal("99.50"), List.of())), null, null, Map.of(),
                Overpayment.LEAVE_UNAPPLIED, null, List.of(new WriteOffService.Residual(first, null, false))));
        assertThat(r.applied().amount()).isEqualByComparingTo("99.50");
        assertThat(document(first).balance().isZero()).isTrue();
        assertThat(books.database().dsl().fetchValue("SELECT amount FROM write_off")).isEqualTo(new BigDecimal(
                "0.5000"));
    }

    @Test
    void anOverpaymentGoesToTheCreditBalance() {
        ReceiveResult r = books.clerk().receipts().receive(new ReceiveCommand(payment("175.00"), List.of(),
                new BigDecimal("150.00"), null, Map.of(), Overpayment.CREDIT_BALANCE, null));
        assertThat(r.applied().amount()).isEqualByComparingTo("150.00");
        assertThat(r.leftover().amount()).isEqualByComparingTo("25.00");
        assertThat(r.leftoverNumber()).startsWith("CBA-");
        assertThat(books.clerk().creditHistory().head(acme).balance().amount()).isEqualByComparingTo("25.00");
        PaymentSummary p = payments().get(0);
        assertThat(p.transferred().amount()).isEqualByComparingTo("25.00");
        assertThat(p.unapplied().isZero()).isTrue();
    }

    @Test
    void anOverpaymentCanBeRefundedOrLeftUnapplied() {
        ReceiveResult refunded = books.clerk().receipts().receive(receive("70.00", List.of(
                new DocumentAmount(second, new BigDecimal("50.00"), List.of())), Overpayment.REFUND));
        assertThat(refunded.leftoverNumber()).startsWith("R-");
        ReceiveResult left = books.clerk().receipts().receive(receive("30.00", List.of(), Overpayment.LEAVE_UNAPPLIED));
        assertThat(left.applied().isZero()).isTrue();
        assertThat(left.leftoverNumber()).isNull();
        assertThat(payments()).filteredOn(p -> p.number().equals(refunded.paymentNumber())).singleElement()
                .satisfies(p -> assertThat(p.refunded().amount()).isEqualByComparingTo("20.00"));
        assertThat(payments()).filteredOn(p -> p.number().equals(left.paymentNumber())).singleElement()
                .satisfies(p -> assertThat(p.unapplied().amount()).isEqualByComparingTo("30.00"));
    }

    @Test
    void aRefusedPartLeavesNothingBehindNotEvenThePayment() {
        // More than the invoice's balance: the apply is refused after the payment row was written.
        assertThatThrownBy(() -> books.clerk().receipts().receive(receive("200.00", List.of(
                new DocumentAmount(second, new BigDecimal("50.01"), List.of())), Overpayment.CREDIT_BALANCE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining(second);
        // Too many decimals for dollars: refused, never rounded.
        assertThatThrownBy(() -> books.clerk().receipts().receive(receive("10.001", List.of(), null)))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Amount");
        assertThat(payments()).isEmpty();
        assertThat(document(second).balance().amount()).isEqualByComparingTo("50.00");
        assertThat(books.clerk().creditHistory().head(acme).balance().isZero()).isTrue();
    }

    @Test
    void aDocumentChangedSinceTheWindowOpenedRefusesTheWholeReceipt() {
        var seen = books.clerk().receipts().context(acme).documents().get(1);
        String other = books.payment(acme, "5.00", D2);
        books.clerk().applications().apply(new ApplicationService.ApplyCommand(other, D2, null, List.of(
                new DocumentAmount(second, new BigDecimal("5.00"), List.of())), null, false));
        assertThatThrownBy(() -> books.clerk().receipts().receive(new ReceiveCommand(payment("50.00"), List.of(
                new DocumentAmount(second, new BigDecimal("45.00"), List.of())), null, null,
                Map.of(second, seen.version()), null, null))).isInstanceOf(StaleDataException.class);
        assertThat(payments()).extracting(PaymentSummary::number).containsExactly(other);
    }
}
