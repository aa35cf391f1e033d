package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import com.settle.service.PaymentService.RefundCommand;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.service.UnapplicationService.UnapplyDocument;
import com.settle.service.UnapplicationService.UnapplyItem;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unapply, refund, transfer and cancel on a real H2 file; each test ends with Verify books. */
class PaymentActionsTest {

    private static final LocalDate D1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 10, 10);
    private static final LocalDate D3 = LocalDate.of(2026, 10, 20);

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String inv;
    String pay;

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        inv = books.invoice(acme, D1, "60.00", "40.00");
        pay = books.payment(acme, "150.00", D2);
    }

    @AfterEach
    void verifyBooksAndClose() {
        books.assertBalanced();
        books.close();
    }

    private void applyItems(LocalDate date, String first, String second) {
        books.clerk().applications().apply(new ApplyCommand(pay, date, null, List.of(new DocumentAmount(inv, null,
                List.of(new ItemAmount(1, new BigDecimal(first)), new ItemAmount(2, new BigDecimal(second))))),
                null, false));
    }

    private DocumentSummary invoice() {
        return books.clerk().documents().list().stream().filter(d -> d.number().equals(inv)).findFirst().orElseThrow();
    }

    private PaymentDetail detail() {
        return books.clerk().payments().detail(pay);
    }

    private UnapplicationService.UnapplyResult unapply(LocalDate date, List<UnapplyDocument> docs,
                                                       List<UnapplyItem> items) {
        return books.clerk().unapplications().unapply(new UnapplyCommand(pay, date, docs, items, null, null, null));
    }

    @Test
    void unapplyEverythingRestoresBalancesWithReversingLines() {
        applyItems(D2, "60.00", "40.00");
        var result = unapply(D3, List.of(), List.of());
        assertThat(result.total().amount()).isEqualByComparingTo("100.00");
        assertThat(invoice().balance().amount()).isEqualByComparingTo("100.00");
        PaymentDetail d = detail();
        assertThat(d.summary().unapplied().amount()).isEqualByComparingTo("150.00");
        assertThat(d.applications()).singleElement().satisfies(a -> {
            assertThat(a.amount().amount()).isEqualByComparingTo("100.00");
            assertThat(a.reversed().amount()).isEqualByComparingTo("100.00");
            assertThat(a.lines()).allSatisfy(l -> assertThat(l.fullyReversed()).isTrue());
        });
        assertThat(d.unapplications()).singleElement().satisfies(u -> {
            assertThat(u.amount().amount()).isEqualByComparingTo("100.00");
            assertThat(u.reasonCode()).isEqualTo("Applied in error");
        });
    }

    @Test
    void unapplyPartOfAnItemTakesTheNewestApplicationFirst() {
        applyItems(D2, "10.00", "5.00");
        applyItems(D3, "20.00", "5.00");
        var result = unapply(D3, List.of(), List.of(new UnapplyItem(inv, 1, new BigDecimal("25.00"))));
        assertThat(result.reversed()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("20.00", "5.00");
        PaymentDetail d = detail();
        assertThat(d.applications()).extracting(a -> a.reversed().amount().toPlainString())
                .containsExactly("5.00", "20.00");
        assertThat(d.unapplications()).hasSize(2);
        assertThat(invoice().balance().amount()).isEqualByComparingTo("85.00");
    }

    @Test
    void unapplyByDocumentAndItsGuards() {
        applyItems(D2, "60.00", "40.00");
        unapply(D3, List.of(new UnapplyDocument(inv, new BigDecimal("70.00"))), List.of());
        assertThat(invoice().balance().amount()).isEqualByComparingTo("70.00");
        assertThatThrownBy(() -> unapply(D3, List.of(new UnapplyDocument(inv, new BigDecimal("30.01"))), List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Document " + inv + " $30.01 is more than this payment has applied to it ($30.00)");
        assertThatThrownBy(() -> unapply(D1, List.of(), List.of()))
                .hasMessage("Effective date 2026-10-01 is before the application of 2026-10-10 it would reverse");
        assertThatThrownBy(() -> unapply(D3, List.of(), List.of(new UnapplyItem(inv, 1, new BigDecimal("0.001")))))
                .hasMessage("Item " + inv + " #1 '0.001' has more decimals than USD allows (2 decimals)");
        assertThat(invoice().balance().amount()).isEqualByComparingTo("70.00");
    }

    @Test
    void unapplyWithNothingAppliedIsRefused() {
        assertThatThrownBy(() -> unapply(D3, List.of(), List.of()))
                .hasMessage("Payment " + pay + " has nothing applied to unapply.");
    }

    @Test
    void refundTakesFromTheUnappliedAmountOnly() {
        applyItems(D2, "60.00", "40.00");
        String r = books.clerk().payments().refund(new RefundCommand(pay, new BigDecimal("30.00"), D3,
                PaymentMethod.BANK_TRANSFER, "WIRE-9", null, "Customer asked", null));
        assertThat(r).isEqualTo("R-00000001");
        assertThatThrownBy(() -> books.clerk().payments().refund(new RefundCommand(pay, new BigDecimal("20.01"), D3,
                PaymentMethod.CHECK, null, null, null, null)))
                .hasMessage("Amount $20.01 is more than the payment's unapplied amount $20.00");
        assertThatThrownBy(() -> books.clerk().payments().refund(new RefundCommand(pay, new BigDecimal("1.00"), D1,
                PaymentMethod.CHECK, null, null, null, null)))
                .hasMessage("Refund date Oct 1, 2026 is before the payment's effective date Oct 10, 2026");
        PaymentDetail d = detail();
        assertThat(d.summary().refunded().amount()).isEqualByComparingTo("30.00");
        assertThat(d.summary().unapplied().amount()).isEqualByComparingTo("20.00");
        assertThat(d.refunds()).singleElement().satisfies(f -> {
            assertThat(f.number()).isEqualTo("R-00000001");
            assertThat(f.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
        });
    }

    @Test
    void transferShowsOnThePaymentAndCancelIsRefusedUntilEverythingIsUndone() {
        String cba = books.clerk().creditBalances().transferFromPayment(new CreditBalanceService.TransferCommand(pay,
                new BigDecimal("50.00"), D3, null, null, null));
        assertThat(detail().transfers()).singleElement().satisfies(t -> assertThat(t.number()).isEqualTo(cba));
        assertThatThrownBy(() -> books.clerk().payments().cancel(pay, null))
                .hasMessageContaining("has money applied, refunded or transferred");
        books.clerk().creditBalances().cancel(cba);
        books.clerk().payments().cancel(pay, null);
        PaymentDetail d = detail();
        assertThat(d.summary().status().code()).isEqualTo("Canceled");
        assertThat(d.canceledAt()).isNotNull();
        assertThatThrownBy(() -> books.clerk().payments().cancel(pay, null))
                .hasMessage("Payment " + pay + " is already canceled.");
        assertThatThrownBy(() -> applyItems(D3, "1.00", "1.00")).hasMessageContaining("is canceled");
    }

    @Test
    void aChangeSinceTheDialogOpenedIsRefusedAndNothingIsLost() {
        int version = detail().version();
        int docVersion = books.clerk().applications().context(pay).documents().get(0).version();
        // Meanwhile, the command line applies part of the payment.
        applyItems(D2, "10.00", "0.01");
        assertThatThrownBy(() -> books.clerk().applications().apply(new ApplyCommand(pay, D2, ApplicationRule.FIFO,
                List.of(), new BigDecimal("5.00"), false, version, Map.of(inv, docVersion))))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("changed since you opened it");
        assertThatThrownBy(() -> books.clerk().applications().apply(new ApplyCommand(pay, D2, ApplicationRule.FIFO,
                List.of(), new BigDecimal("5.00"), false, detail().version(), Map.of(inv, docVersion))))
                .isInstanceOf(StaleDataException.class).hasMessageContaining(inv + " changed since the dialog opened");
        assertThat(invoice().balance().amount()).isEqualByComparingTo("89.99");
        books.clerk().applications().apply(new ApplyCommand(pay, D2, ApplicationRule.FIFO, List.of(),
                new BigDecimal("5.00"), false, detail().version(),
                Map.of(inv, books.clerk().applications().context(pay).documents().get(0).version())));
        assertThat(invoice().balance().amount()).isEqualByComparingTo("84.99");
    }

    @Test
    void theApplyContextHasEveryOpenDocumentWithItsItems() {
        String second = books.invoice(acme, D2, "1.00", "2.00", "3.00");
        var ctx = books.clerk().applications().context(pay);
        assertThat(ctx.defaultRule()).isEqualTo(ApplicationRule.FIFO);
        assertThat(ctx.documents()).extracting(d -> d.number()).containsExactly(inv, second);
        assertThat(ctx.documents().get(1).items()).extracting(i -> i.balance().amount().toPlainString())
                .containsExactly("1.00", "2.00", "3.00");
        assertThat(ctx.payment().summary().unapplied().amount()).isEqualByComparingTo("150.00");
    }
}
