package com.settle.ui;

import com.settle.domain.Money;
import java.util.Currency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.MoneyText;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.ReasonCodes;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import com.settle.support.TestBooks;
import com.settle.ui.payments.NewPaymentViewModel;
import com.settle.ui.payments.PaymentSpendViewModel;
import com.settle.ui.payments.UnapplyViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payment forms without a window: their limits shown in the service's words, and what they send. */
class PaymentFormViewModelTest {

    static final LocalDate PAID = LocalDate.of(2026, 10, 5);
    final MoneyText text = new MoneyText(Locale.US);

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
        inv = books.invoice(acme, LocalDate.of(2026, 10, 1), "10.00", "20.00");
        pay = books.payment(acme, "50.00", PAID);
        books.clerk().applications().apply(new ApplyCommand(pay, PAID, null, List.of(new DocumentAmount(inv, null,
                List.of(new ItemAmount(1, new BigDecimal("10.00")), new ItemAmount(2, new BigDecimal("5.00"))))),
                null, false));
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    private PaymentDetail payment() {
        return books.clerk().payments().detail(pay);
    }

    @Test
    void aRefundStartsAtTheUnappliedAmountAndRefusesMoreInTheServicesWords() {
        PaymentSpendViewModel vm = new PaymentSpendViewModel(PaymentSpendViewModel.Kind.REFUND, payment(), text, PAID,
                books.clerk().codes().reasonCodes(ReasonCodes.REFUND));
        // The chooser offers the active refund codes with the default preselected.
        assertThat(vm.reasonProperty().get()).isEqualTo("Customer request");
        assertThat(vm.reasonCodes().options()).extracting(ReasonCodes.Option::code).containsExactlyInAnyOrder(
                "Customer request", "Standard Refund");
        assertThat(vm.amount().textProperty().get()).isEqualTo("35.00");
        assertThat(vm.errorProperty().get()).isEmpty();
        vm.amount().textProperty().set("35.01");
        String shown = vm.errorProperty().get();
        assertThat(shown).isEqualTo("Amount $35.01 is more than the payment's unapplied amount $35.00");
        vm.amount().textProperty().set("35.00");
        vm.dateProperty().set(PAID.minusDays(1));
        assertThat(vm.errorProperty().get()).isEqualTo("Refund date Oct 4, 2026 is before the payment's effective date"
                + " Oct 5, 2026");
        assertThatThrownBy(() -> books.clerk().payments().refund(vm.asRefund().result()))
                .hasMessage(vm.errorProperty().get());
    }

    @Test
    void aTransferSendsWhatWasTyped() {
        PaymentSpendViewModel vm = new PaymentSpendViewModel(PaymentSpendViewModel.Kind.TRANSFER, payment(), text,
                PAID, books.clerk().codes().reasonCodes(ReasonCodes.CREDIT_BALANCE_ADJUSTMENT));
        assertThat(vm.reasonCodes().options()).extracting(ReasonCodes.Option::code)
                .containsExactlyInAnyOrder("Overpayment", "Goodwill", "Standard Adjustment");
        vm.amount().textProperty().set("5.00");
        vm.commentProperty().set(" to credit ");
        var c = vm.asTransfer().result();
        assertThat(c.amount()).isEqualByComparingTo("5.00");
        assertThat(c.comment()).isEqualTo("to credit");
        books.clerk().creditBalances().transferFromPayment(c);
        assertThat(books.clerk().payments().detail(pay).summary().unapplied().amount()).isEqualByComparingTo("30.00");
    }

    @Test
    void unapplyOffersEverythingEachDocumentAndEachItemWithTheirLimits() {
        UnapplyViewModel vm = new UnapplyViewModel(payment(), text, PAID,
                books.clerk().codes().reasonCodes(ReasonCodes.UNAPPLICATION));
        assertThat(vm.reasonProperty().get()).isEqualTo("Applied in error");
        assertThat(vm.scopes()).extracting(UnapplyViewModel.Scope::label)
                .containsExactly("Everything applied", inv, inv + " #1", inv + " #2");
        // It opens with nothing chosen and nothing filled in: taking money back is the clerk's choice.
        assertThat(vm.scopeProperty().get()).isNull();
        assertThat(vm.amount().textProperty().get()).isEmpty();
        assertThat(vm.amountEditableProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Choose what to unapply: everything applied, one document"
                + " or one item");
        vm.scopeProperty().set(vm.scopes().get(0));
        assertThat(vm.amountEditableProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
        vm.scopeProperty().set(vm.scopes().get(3));
        assertThat(vm.amountEditableProperty().get()).isTrue();
        assertThat(vm.amount().textProperty().get()).isEqualTo("5.00");
        vm.amount().textProperty().set("5.01");
        String shown = vm.errorProperty().get();
        assertThat(shown).isEqualTo("Item " + inv + " #2 $5.01 is more than this payment has applied to it ($5.00)");
        assertThatThrownBy(() -> books.clerk().unapplications().unapply(vm.result())).hasMessage(shown);
        vm.amount().textProperty().set("2.00");
        assertThat(vm.confirmation()).isEqualTo("Unapply $2.00 of " + pay + " from " + inv + " #2? Unapplied after:"
                + " $" + books.clerk().payments().detail(pay).summary().unapplied().plus(
                Money.of(new BigDecimal("2.00"), Currency.getInstance("USD"))).amount() + ".");
        books.clerk().unapplications().unapply(vm.result());
        assertThat(books.clerk().payments().detail(pay).summary().applied().amount()).isEqualByComparingTo("13.00");
    }

    @Test
    void aNewPaymentNeedsAnActiveAccountAndTakesItsCurrency() {
        NewPaymentViewModel vm = new NewPaymentViewModel(books.clerk().accounts().list(), text, PAID);
        assertThat(vm.errorProperty().get()).isEqualTo("Account is required");
        vm.accountProperty().set(vm.accounts().get(0));
        assertThat(vm.errorProperty().get()).isEqualTo("Amount is required");
        vm.amount().textProperty().set("12.345");
        assertThat(vm.errorProperty().get()).contains("more decimals than USD allows");
        vm.amount().textProperty().set("12.34");
        assertThat(vm.errorProperty().get()).isEmpty();
        String number = books.clerk().payments().record(vm.result());
        assertThat(books.clerk().payments().detail(number).summary().amount().amount()).isEqualByComparingTo("12.34");
    }
}
