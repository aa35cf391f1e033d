package com.settle.ui;

import com.settle.domain.model.DocumentStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PlannedCredit;
import com.settle.domain.model.ReasonCodes;
import com.settle.ui.credit.CreditAdjustViewModel;
import com.settle.ui.credit.CreditApplyViewModel;
import com.settle.ui.credit.CreditRefundViewModel;
import com.settle.ui.credit.InvoiceTransferViewModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The credit balance forms without a window: their limits in the domain's (the service's) words. */
class CreditFormViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 5);
    final MoneyText text = new MoneyText(Locale.US);

    /** Codes as Settings would offer them: Overpayment is the type's default. */
    static final ReasonCodes CBA = new ReasonCodes(ReasonCodes.CREDIT_BALANCE_ADJUSTMENT, List.of(
            new ReasonCodes.Option("Overpayment", "Customer overpaid"), new ReasonCodes.Option("Goodwill",
                    "Goodwill credit")), "Overpayment");

    static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), Currency.getInstance("USD"));
    }

    @Test
    void aDecreaseStaysWithinTheCreditBalanceAndAnIncreaseIsFree() {
        CreditAdjustViewModel vm = new CreditAdjustViewModel("A-1", usd("10.00"), text, TODAY, CBA);
        assertThat(vm.errorProperty().get()).isEqualTo("Amount is required");
        vm.amount().textProperty().set("10.001");
        assertThat(vm.errorProperty().get()).contains("more decimals than USD allows");
        vm.amount().textProperty().set("10.01");
        // A goodwill credit is not an overpayment: the type's default is not chosen for the clerk.
        assertThat(vm.reasonProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).isEqualTo("Reason code is required: choose why the balance changes");
        vm.reasonProperty().set("Goodwill");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.reasonCodes().label("Goodwill")).isEqualTo("Goodwill — Goodwill credit");
        vm.typeProperty().set(AdjustmentType.DECREASE);
        assertThat(vm.errorProperty().get()).isEqualTo("Amount $10.01 is more than the credit balance $10.00; a credit"
                + " balance cannot go below zero");
        vm.amount().textProperty().set("10.00");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.confirmation()).isEqualTo("Decrease the credit balance of A-1 by $10.00? It will be $0.00.");
        assertThat(vm.result().reasonCode()).isEqualTo("Goodwill");
        assertThat(vm.result().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void aRefundStartsAtTheWholeBalanceAndNeverExceedsIt() {
        CreditRefundViewModel vm = new CreditRefundViewModel("A-1", usd("12.50"), text, TODAY);
        assertThat(vm.amount().textProperty().get()).isEqualTo("12.50");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.confirmation()).isEqualTo("Refund $12.50 of the credit balance of A-1 by bank transfer? Credit"
                + " balance after: $0.00.");
        vm.amount().textProperty().set("12.51");
        assertThat(vm.errorProperty().get()).startsWith("Amount $12.51 is more than the credit balance $12.50");
        vm.dateProperty().set(null);
        vm.amount().textProperty().set("1");
        assertThat(vm.errorProperty().get()).isEqualTo("Date is required");
    }

    @Test
    void applyingOffersTheSmallerOfCreditAndInvoiceAndNoMore() {
        PlannedCredit older = new PlannedCredit("A-1", "Acme", "INV-1", TODAY.minusDays(9), usd("4.00"), usd("4.00"),
                null);
        PlannedCredit newer = new PlannedCredit("A-1", "Acme", "INV-2", TODAY.minusDays(2), usd("30.00"),
                usd("10.00"), null);
        CreditApplyViewModel vm = new CreditApplyViewModel("A-1", usd("10.00"), List.of(older, newer), text, TODAY);
        assertThat(vm.invoiceProperty().get()).isEqualTo(older);
        assertThat(vm.amount().textProperty().get()).isEqualTo("4.00");
        vm.amount().textProperty().set("4.01");
        assertThat(vm.errorProperty().get()).isEqualTo("Amount $4.01 is more than its balance $4.00");
        vm.invoiceProperty().set(newer);
        assertThat(vm.amount().textProperty().get()).isEqualTo("10.00");
        vm.amount().textProperty().set("10.01");
        assertThat(vm.errorProperty().get()).startsWith("Amount $10.01 is more than the credit balance $10.00");
        assertThat(vm.label(newer)).isEqualTo("INV-2  Oct 3, 2026  balance $30.00");
    }

    @Test
    void aTransferIsDatedOnOrAfterTheInvoice() {
        DocumentSummary inv = new DocumentSummary(DocumentType.INVOICE, "INV-9", "A-1", "Acme", TODAY, TODAY,
                usd("-5.00"), usd("-5.00"), DocumentStatus.POSTED, 1);
        InvoiceTransferViewModel vm = new InvoiceTransferViewModel(inv, text, TODAY.minusDays(1), CBA);
        assertThat(vm.errorProperty().get()).isEqualTo("Date Oct 4, 2026 is before INV-9's date Oct 5, 2026");
        vm.dateProperty().set(TODAY);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.header()).isEqualTo("Move $5.00, the negative balance of INV-9, to the credit balance of A-1 Acme");
    }
}
