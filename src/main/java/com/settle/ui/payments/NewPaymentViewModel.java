package com.settle.ui.payments;

import com.settle.domain.AmountParser;
import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountStatus;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.ui.common.AmountInput;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FormText;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * New payment: money received from an account, in the account's currency, with its date, method, reference
 * and comment. An inactive account takes no payment until it is activated.
 */
public final class NewPaymentViewModel implements FormModel<NewPaymentCommand> {

    private final List<AccountSummary> accounts;
    private final ObjectProperty<AccountSummary> account = new SimpleObjectProperty<>();
    private final AmountInput amount;
    private final ObjectProperty<LocalDate> date;
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.BANK_TRANSFER);
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final MoneyText text;

    public NewPaymentViewModel(List<AccountSummary> accounts, MoneyText text, LocalDate today) {
        this(accounts, text, today, "Account");
    }

    /** The same, the account's field named {@code accountField} as the form's label names it ("Customer"). */
    public NewPaymentViewModel(List<AccountSummary> accounts, MoneyText text, LocalDate today, String accountField) {
        this.text = text;
        this.accounts = List.copyOf(accounts);
        this.amount = new AmountInput("Amount", text.locale(), Currency.getInstance("USD"), AmountParser.Sign.POSITIVE,
                true);
        this.date = new SimpleObjectProperty<>(today);
        account.addListener((o, a, b) -> {
            if (b != null) {
                amount.currencyProperty().set(b.openBalance().currency());
            }
        });
        error.bind(Bindings.createStringBinding(() -> {
            AccountSummary a = account.get();
            if (a == null) {
                return accountField + " is required";
            }
            if (a.status() != AccountStatus.ACTIVE) {
                return accountField + " " + a.number() + " is inactive; activate it first (Accounts > Edit account)";
            }
            if (!amount.errorProperty().get().isEmpty()) {
                return amount.errorProperty().get();
            }
            return date.get() == null ? "Effective date is required" : "";
        }, account, amount.errorProperty(), date));
    }

    /** How an account is offered and searched: number, name and currency. */
    public static String label(AccountSummary a) {
        return a == null ? "" : a.number() + "  " + a.name() + "  (" + a.currencyCode() + ")";
    }

    @Override
    public NewPaymentCommand result() {
        return new NewPaymentCommand(account.get().number(), amount.valueProperty().get().amount(), date.get(),
                method.get(), FormText.optional(reference), FormText.optional(comment));
    }

    @Override
    public String confirmation() {
        AccountSummary a = account.get();
        return "Record " + text.display(amount.valueProperty().get()) + " received from " + a.name() + " ("
                + a.number() + ") by " + method.get().label().toLowerCase(text.locale()) + " on "
                + text.date(date.get()) + "? All of it stays unapplied until you apply it.";
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public List<AccountSummary> accounts() {
        return accounts;
    }

    public ObjectProperty<AccountSummary> accountProperty() {
        return account;
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
