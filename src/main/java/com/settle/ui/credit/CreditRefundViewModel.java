package com.settle.ui.credit;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.policy.CreditPolicy;
import com.settle.service.CreditBalanceService.RefundCommand;
import com.settle.ui.common.AmountInput;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FormText;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Refund of credit: pays some or all of the credit balance back to the customer, never more than it. */
public final class CreditRefundViewModel implements FormModel<RefundCommand> {

    private final String account;
    private final Money balance;
    private final MoneyText text;
    private final AmountInput amount;
    private final ObjectProperty<LocalDate> date;
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.BANK_TRANSFER);
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public CreditRefundViewModel(String account, Money balance, MoneyText text, LocalDate today) {
        this.account = account;
        this.balance = balance;
        this.text = text;
        this.amount = new AmountInput("Amount", text.locale(), balance.currency(), AmountParser.Sign.POSITIVE, true);
        amount.textProperty().set(text.plain(balance));
        this.date = new SimpleObjectProperty<>(today);
        CreditPolicy credit = new CreditPolicy(text);
        error.bind(Bindings.createStringBinding(() -> {
            if (!amount.errorProperty().get().isEmpty()) {
                return amount.errorProperty().get();
            }
            if (date.get() == null) {
                return "Date is required";
            }
            return credit.withinCredit("Amount", amount.valueProperty().get(), balance)
                    .map(ValidationException::getMessage).orElse("");
        }, amount.errorProperty(), amount.valueProperty(), date));
    }

    public String header() {
        return "Pay credit of " + account + " back to the customer (balance " + text.display(balance) + ")";
    }

    @Override
    public String confirmation() {
        Money value = amount.valueProperty().get();
        return "Refund " + text.display(value) + " of the credit balance of " + account + " by "
                + method.get().label().toLowerCase(Locale.ROOT) + "? Credit balance after: "
                + text.display(balance.minus(value)) + ".";
    }

    @Override
    public RefundCommand result() {
        return new RefundCommand(account, amount.valueProperty().get().amount(), date.get(), method.get(),
                FormText.optional(reference), null, FormText.optional(comment));
    }

    @Override
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

    public StringProperty commentProperty() {
        return comment;
    }
}
