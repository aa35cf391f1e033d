package com.settle.ui.credit;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.ReasonCodes;
import com.settle.domain.policy.CreditPolicy;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.ui.common.AmountInput;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FormText;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Adjust balance, like Stripe's: an Increase or a Decrease of the credit balance, with a date, a reason
 * code, an accounting code and a comment. A decrease never takes the balance below zero (the domain's rule,
 * in the service's words).
 */
public final class CreditAdjustViewModel implements FormModel<AdjustCommand> {

    private final String account;
    private final Money balance;
    private final MoneyText text;
    private final ObjectProperty<AdjustmentType> type = new SimpleObjectProperty<>(AdjustmentType.INCREASE);
    private final AmountInput amount;
    private final ObjectProperty<LocalDate> date;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReasonCodes reasonCodes;
    private final StringProperty accounting = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public CreditAdjustViewModel(String account, Money balance, MoneyText text, LocalDate today,
                                 ReasonCodes reasonCodes) {
        // No preselected reason: the type's default (an overpayment) is rarely why a clerk adjusts by hand.
        this.reasonCodes = reasonCodes;
        reason.set(null);
        this.account = account;
        this.balance = balance;
        this.text = text;
        this.amount = new AmountInput("Amount", text.locale(), balance.currency(), AmountParser.Sign.POSITIVE, true);
        this.date = new SimpleObjectProperty<>(today);
        CreditPolicy credit = new CreditPolicy(text);
        error.bind(Bindings.createStringBinding(() -> {
            if (!amount.errorProperty().get().isEmpty()) {
                return amount.errorProperty().get();
            }
            if (date.get() == null) {
                return "Date is required";
            }
            if (reason.get() == null || reason.get().isBlank()) {
                return "Reason code is required: choose why the balance changes";
            }
            return type.get() != AdjustmentType.DECREASE ? "" : credit.withinCredit("Amount",
                    amount.valueProperty().get(), balance).map(ValidationException::getMessage).orElse("");
        }, type, amount.errorProperty(), amount.valueProperty(), date, reason));
    }

    public String header() {
        return "Adjust the credit balance of " + account + " (now " + text.display(balance) + ")";
    }

    @Override
    public String confirmation() {
        Money value = amount.valueProperty().get();
        boolean up = type.get() == AdjustmentType.INCREASE;
        return (up ? "Increase" : "Decrease") + " the credit balance of " + account + " by " + text.display(value)
                + "? It will be " + text.display(up ? balance.plus(value) : balance.minus(value)) + ".";
    }

    @Override
    public AdjustCommand result() {
        return new AdjustCommand(account, type.get(), amount.valueProperty().get().amount(), FormText.optional(reason),
                FormText.optional(accounting), FormText.optional(comment), date.get());
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectProperty<AdjustmentType> typeProperty() {
        return type;
    }

    public AmountInput amount() {
        return amount;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The reason codes the form offers. */
    public ReasonCodes reasonCodes() {
        return reasonCodes;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty accountingProperty() {
        return accounting;
    }

    public StringProperty commentProperty() {
        return comment;
    }
}
