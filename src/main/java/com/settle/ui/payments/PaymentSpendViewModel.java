package com.settle.ui.payments;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.ReasonCodes;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.service.CreditBalanceService.TransferCommand;
import com.settle.service.PaymentService.RefundCommand;
import com.settle.ui.common.AmountInput;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FormText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Spending a payment's unapplied money: a Refund to the customer, or a Transfer to the account's credit
 * balance. Both take at most the unapplied amount, dated on or after the payment (the domain's rules, in the
 * service's words); a refund says how it was paid, a transfer may name an accounting code.
 */
public final class PaymentSpendViewModel {

    /** Which way the money goes. */
    public enum Kind { REFUND, TRANSFER }

    private final Kind kind;
    private final PaymentDetail payment;
    private final MoneyText text;
    private final AmountInput amount;
    private final ObjectProperty<LocalDate> date;
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty accounting = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReasonCodes reasonCodes;
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public PaymentSpendViewModel(Kind kind, PaymentDetail payment, MoneyText text, LocalDate today,
                                 ReasonCodes reasonCodes) {
        this.reasonCodes = reasonCodes;
        reason.set(reasonCodes.defaultCode());
        this.kind = kind;
        this.payment = payment;
        this.text = text;
        var unapplied = payment.summary().unapplied();
        this.amount = new AmountInput("Amount", text.locale(), unapplied.currency(), AmountParser.Sign.POSITIVE, true);
        amount.textProperty().set(text.plain(unapplied));
        this.date = new SimpleObjectProperty<>(today);
        method.set(payment.summary().method());
        PaymentPolicy policy = new PaymentPolicy(text);
        error.bind(Bindings.createStringBinding(() -> {
            if (!amount.errorProperty().get().isEmpty()) {
                return amount.errorProperty().get();
            }
            return policy.withinUnapplied("Amount", amount.valueProperty().get(), unapplied)
                    .or(() -> policy.notBeforePayment(dateField(), date.get(), payment.summary().effectiveDate()))
                    .map(ValidationException::getMessage).orElse("");
        }, amount.errorProperty(), amount.valueProperty(), date));
    }

    /** How the date is named, as the service names it. */
    public String dateField() {
        return kind == Kind.REFUND ? "Refund date" : "Date";
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return kind == Kind.REFUND ? "Refund" : "Transfer to credit balance";
    }

    public String header() {
        return kind == Kind.REFUND ? "Refund from " + payment.summary().number() + " (unapplied "
                + text.display(payment.summary().unapplied()) + ")"
                : "Move unapplied money of " + payment.summary().number() + " to the credit balance of "
                + payment.summary().accountNumber();
    }

    public String okText() {
        return kind == Kind.REFUND ? "Refund" : "Transfer";
    }

    /** The question before the refund or transfer is saved: how much, to whom, and what stays unapplied. */
    public String confirmation() {
        Money value = amount.valueProperty().get();
        String after = " Unapplied after: " + text.display(payment.summary().unapplied().minus(value)) + ".";
        return kind == Kind.REFUND
                ? "Refund " + text.display(value) + " of " + payment.summary().number() + " to "
                        + payment.summary().accountName() + " by " + method.get().label().toLowerCase(Locale.ROOT)
                        + "?" + after
                : "Transfer " + text.display(value) + " of " + payment.summary().number() + " to the credit balance"
                        + " of " + payment.summary().accountNumber() + " " + payment.summary().accountName() + "?"
                        + after;
    }

    /** The form as a refund: what it gives is a {@link RefundCommand}. */
    public FormModel<RefundCommand> asRefund() {
        return form(() -> new RefundCommand(payment.summary().number(), amount.valueProperty().get().amount(),
                date.get(), method.get(), FormText.optional(reference), FormText.optional(reason), FormText.optional(comment), payment.version()));
    }

    /** The form as a transfer: what it gives is a {@link TransferCommand}. */
    public FormModel<TransferCommand> asTransfer() {
        return form(() -> new TransferCommand(payment.summary().number(), amount.valueProperty().get().amount(),
                date.get(), FormText.optional(reason), FormText.optional(accounting), FormText.optional(comment), payment.version()));
    }

    private <R> FormModel<R> form(Supplier<R> result) {
        return new FormModel<>() {
            @Override
            public ReadOnlyStringProperty errorProperty() {
                return error.getReadOnlyProperty();
            }

            @Override
            public String confirmation() {
                return PaymentSpendViewModel.this.confirmation();
            }

            @Override
            public R result() {
                return result.get();
            }
        };
    }

    /** The first problem, naming the field; empty when the form can be sent. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public AmountInput amount() {
        return amount;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty accountingProperty() {
        return accounting;
    }

    /** The reason codes the form offers. */
    public ReasonCodes reasonCodes() {
        return reasonCodes;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty commentProperty() {
        return comment;
    }
}
