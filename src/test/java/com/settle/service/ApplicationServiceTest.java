package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.PaymentSummary;
import com.settle.domain.model.Permission;
import com.settle.reliability.Signature;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.ApplyResult;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import com.settle.support.BooksTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ApplicationServiceTest extends BooksTest {

    private static final LocalDate D1 = LocalDate.of(2026, 9, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 10, 1);

    private ApplyResult apply(String payment, LocalDate date, ApplicationRule rule, List<DocumentAmount> docs,
                              String auto, boolean dryRun) {
        return books.clerk().applications().apply(new ApplyCommand(payment, date, rule, docs,
                auto == null ? null : new BigDecimal(auto), dryRun));
    }

    private DocumentSummary doc(String number) {
        return books.clerk().documents().list().stream().filter(d -> d.number().equals(number)).findFirst().orElseThrow();
    }

    private PaymentSummary payment(String number) {
        return books.clerk().payments().list().stream().filter(p -> p.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void itemLevelAmountsAreAppliedAsGiven() {
        String inv = books.invoice(acme, D1, "100.00", "50.00", "25.00");
        String p = books.payment(acme, "120.00", D2);
        ApplyResult r = apply(p, D2, null, List.of(new DocumentAmount(inv, null,
                List.of(new ItemAmount(1, new BigDecimal("70.00")), new ItemAmount(3, new BigDecimal("25.00"))))),
                null, false);
        assertThat(r.saved()).isTrue();
        assertThat(r.total().amount()).isEqualByComparingTo("95.00");
        assertThat(r.unappliedAfter().amount()).isEqualByComparingTo("25.00");
        assertThat(doc(inv).balance().amount()).isEqualByComparingTo("80.00");
        PaymentSummary after = payment(p);
        assertThat(after.applied().amount()).isEqualByComparingTo("95.00");
        assertThat(after.unapplied().amount()).isEqualByComparingTo("25.00");
    }

    @Test
    void aCreditLineOnTheSameInvoiceCapsWhatItsOtherItemsCanTake() {
        // 10.00 charged and 3.00 credited: the invoice is owed 7.00, though its first item shows 10.00.
        String inv = books.invoice(acme, D1, "10.00", "-3.00");
        String p = books.payment(acme, "10.00", D2);
        String before = Signature.of(books.database().dsl()).toString();
        Assertions.assertThatThrownBy(() -> apply(p, D2, null, List.of(new DocumentAmount(inv,
                        null, List.of(new ItemAmount(1, new BigDecimal("10.00"))))), null, false))
                .hasMessage("Document " + inv + " items $10.00 are more than the document's balance $7.00 (a"
                        + " credit line on the document lowers what its other items can take)");
        Assertions.assertThatThrownBy(() -> apply(p, D2, ApplicationRule.FIFO, List.of(), null,
                false)).hasMessage("Amount to apply $10.00 is more than the open balance of the items ($7.00)");
        assertThat(Signature.of(books.database().dsl()).toString()).isEqualTo(before);
        ApplyResult r = apply(p, D2, ApplicationRule.FIFO, List.of(), "7.00", false);
        assertThat(r.items()).extracting(i -> i.amount().amount().toPlainString()).containsExactly("7.00");
        assertThat(doc(inv).balance().amount()).isEqualByComparingTo("0.00");
        // Nothing is left to pay on it, whichever way.
        Assertions.assertThatThrownBy(() -> apply(p, D2, null, List.of(new DocumentAmount(inv,
                        null, List.of(new ItemAmount(1, new BigDecimal("1.00"))))), null, false))
                .hasMessageContaining("a credit on the document leaves nothing to pay");
    }

    @Test
    void aDocumentAmountIsSpreadOverItsItemsByTheRule() {
        String inv = books.invoice(acme, D1, "10.00", "10.00", "10.00");
        String p = books.payment(acme, "10.00", D2);
        ApplyResult r = apply(p, D2, ApplicationRule.PRORATION,
                List.of(new DocumentAmount(inv, new BigDecimal("10.00"), List.of())), null, false);
        assertThat(r.items()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("3.34", "3.33", "3.33");
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l).contains("leftover minor unit"));
        assertThat(doc(inv).balance().amount()).isEqualByComparingTo("20.00");
    }

    @Test
    void autoApplyTakesTheOldestDocumentFirstWithFifo() {
        String newer = books.invoice(acme, D2, "40.00");
        String older = books.invoice(acme, D1, "30.00", "30.00");
        String p = books.payment(acme, "80.00", D2);
        ApplyResult r = apply(p, D2, ApplicationRule.FIFO, List.of(), null, false);
        assertThat(r.total().amount()).isEqualByComparingTo("80.00");
        assertThat(doc(older).balance().amount()).isEqualByComparingTo("0.00");
        assertThat(doc(newer).balance().amount()).isEqualByComparingTo("20.00");
    }

    @Test
    void aDryRunShowsTheExactSplitAndStoresNothing() {
        String inv = books.invoice(acme, D1, "10.00", "20.00");
        String p = books.payment(acme, "15.00", D2);
        ApplyResult dry = apply(p, D2, ApplicationRule.PRORATION, List.of(), null, true);
        assertThat(dry.saved()).isFalse();
        assertThat(doc(inv).balance().amount()).isEqualByComparingTo("30.00");
        ApplyResult real = apply(p, D2, ApplicationRule.PRORATION, List.of(), null, false);
        assertThat(real.items()).isEqualTo(dry.items());
        assertThat(doc(inv).balance().amount()).isEqualByComparingTo("15.00");
    }

    @Test
    void prorationWorksInYenAndDinars() {
        String yen = books.account("Tokyo", "JPY");
        String inv = books.invoice(yen, D1, "1000", "2000", "3001");
        String p = books.payment(yen, "1001", D2);
        ApplyResult r = apply(p, D2, ApplicationRule.PRORATION, List.of(), null, false);
        assertThat(r.items()).extracting(i -> i.amount().amount().toPlainString()).containsExactly("167", "334", "500");
        String bhd = books.account("Manama", "BHD");
        String inv2 = books.invoice(bhd, D1, "1.000", "1.000", "1.000");
        String p2 = books.payment(bhd, "1.000", D2);
        ApplyResult r2 = apply(p2, D2, ApplicationRule.PRORATION, List.of(), null, false);
        assertThat(r2.items()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("0.334", "0.333", "0.333");
        assertThat(doc(inv).balance().amount()).isEqualByComparingTo("5000");
        assertThat(doc(inv2).balance().amount()).isEqualByComparingTo("2.000");
    }

    @Test
    void refusesMoreThanUnappliedAndStoresNothing() {
        String inv = books.invoice(acme, D1, "100.00");
        String p = books.payment(acme, "50.00", D2);
        assertThatThrownBy(() -> apply(p, D2, null, List.of(new DocumentAmount(inv, null,
                List.of(new ItemAmount(1, new BigDecimal("60.00"))))), null, false))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Total to apply $60.00 is more than the payment's unapplied amount $50.00");
        assertThat(doc(inv).balance().amount()).isEqualByComparingTo("100.00");
        assertThat(payment(p).unapplied().amount()).isEqualByComparingTo("50.00");
    }

    @Test
    void refusesAboveAnItemsBalanceTooManyDecimalsAndUnknownItems() {
        String inv = books.invoice(acme, D1, "10.00", "20.00");
        String p = books.payment(acme, "100.00", D2);
        assertThatThrownBy(() -> apply(p, D2, null, List.of(new DocumentAmount(inv, null,
                List.of(new ItemAmount(1, new BigDecimal("10.01"))))), null, false))
                .hasMessage("Item " + inv + " #1 $10.01 is more than its balance $10.00");
        assertThatThrownBy(() -> apply(p, D2, null, List.of(new DocumentAmount(inv, null,
                List.of(new ItemAmount(2, new BigDecimal("1.005"))))), null, false))
                .hasMessage("Item " + inv + " #2 '1.005' has more decimals than USD allows (2 decimals)");
        assertThatThrownBy(() -> apply(p, D2, null, List.of(new DocumentAmount(inv, null,
                List.of(new ItemAmount(3, new BigDecimal("1.00"))))), null, false))
                .hasMessage("Item " + inv + " #3 does not exist (the document has 2 items)");
        assertThat(doc(inv).balance().amount()).isEqualByComparingTo("30.00");
    }

    @Test
    void refusesDatesBeforeThePaymentOrTheDocument() {
        String inv = books.invoice(acme, D2, "10.00");
        String p = books.payment(acme, "10.00", D1);
        assertThatThrownBy(() -> apply(p, D1.minusDays(1), null, List.of(), null, false))
                .hasMessage("Effective date Aug 31, 2026 is before the payment's effective date Sep 1, 2026");
        assertThatThrownBy(() -> apply(p, D1, null, List.of(new DocumentAmount(inv, new BigDecimal("10.00"),
                List.of())), null, false))
                .hasMessage("Effective date Sep 1, 2026 is before " + inv + "'s date Oct 1, 2026");
    }

    @Test
    void refusesADocumentOfAnotherAccount() {
        String other = books.account("Other", "USD");
        String inv = books.invoice(other, D1, "10.00");
        String p = books.payment(acme, "10.00", D2);
        assertThatThrownBy(() -> apply(p, D2, null, List.of(new DocumentAmount(inv, new BigDecimal("5.00"),
                List.of())), null, false))
                .hasMessage("Document " + inv + " belongs to another account than payment " + p);
    }

    @Test
    void aUserWithoutThePermissionIsRefused() {
        String p = books.payment(acme, "10.00", D2);
        var viewer = new UserContext(99, "viewer", "Viewer", Set.of());
        assertThatThrownBy(() -> viewer.require(Permission.PAYMENT_APPLY, "apply payments"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("may not apply payments");
        assertThat(payment(p).unapplied().amount()).isEqualByComparingTo("10.00");
    }
}
