package com.settle.ui.credit;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.PlannedCredit;
import com.settle.domain.policy.CreditPolicy;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.ui.common.AmountInput;
import com.settle.ui.common.FormModel;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Apply to invoice: the open invoices oldest first, the oldest chosen, the amount min(credit balance,
 * invoice balance), which may be lowered but never raised above either (the domain's rules, in the service's
 * words).
 */
public final class CreditApplyViewModel implements FormModel<ApplyCreditCommand> {

    private final String account;
    private final Money balance;
    private final MoneyText text;
    private final List<PlannedCredit> choices;
    private final ObjectProperty<PlannedCredit> invoice = new SimpleObjectProperty<>();
    private final AmountInput amount;
    private final ObjectProperty<LocalDate> date;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public CreditApplyViewModel(String account, Money balance, List<PlannedCredit> choices, MoneyText text,
                                LocalDate today) {
        this.account = account;
        this.balance = balance;
        this.text = text;
        this.choices = List.copyOf(choices);
        this.amount = new AmountInput("Amount", text.locale(), balance.currency(), AmountParser.Sign.POSITIVE, true);
        this.date = new SimpleObjectProperty<>(today);
        invoice.addListener((o, a, b) -> {
            if (b != null) {
                amount.textProperty().set(text.plain(b.amount()));
            }
        });
        invoice.set(choices.isEmpty() ? null : choices.get(0));
        CreditPolicy credit = new CreditPolicy(text);
        PaymentPolicy payments = new PaymentPolicy(text);
        error.bind(Bindings.createStringBinding(() -> {
            if (invoice.get() == null) {
                return "Invoice: choose one";
            }
            if (!amount.errorProperty().get().isEmpty()) {
                return amount.errorProperty().get();
            }
            if (date.get() == null) {
                return "Date is required";
            }
            Money typed = amount.valueProperty().get();
            return credit.withinCredit("Amount", typed, balance).or(() -> payments.withinBalance("Amount", typed,
                    invoice.get().invoiceBalance())).map(ValidationException::getMessage).orElse("");
        }, invoice, amount.errorProperty(), amount.valueProperty(), date));
    }

    public String header() {
        return "Apply credit of " + account + " (" + text.display(balance) + ") to an open invoice";
    }

    /** How an invoice is offered: its number, date and balance. */
    public String label(PlannedCredit p) {
        return p == null ? "" : p.invoiceNumber() + "  " + text.date(p.invoiceDate()) + "  balance "
                + text.display(p.invoiceBalance());
    }

    @Override
    public String confirmation() {
        Money value = amount.valueProperty().get();
        PlannedCredit to = invoice.get();
        return "Apply " + text.display(value) + " of the credit balance of " + account + " to " + to.invoiceNumber()
                + "? Credit balance after: " + text.display(balance.minus(value)) + "; " + to.invoiceNumber()
                + " balance after: " + text.display(to.invoiceBalance().minus(value)) + ".";
    }

    @Override
    public ApplyCreditCommand result() {
        return new ApplyCreditCommand(account, invoice.get().invoiceNumber(), amount.valueProperty().get().amount(),
                date.get(), null, null, null);
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public List<PlannedCredit> choices() {
        return choices;
    }

    public ObjectProperty<PlannedCredit> invoiceProperty() {
        return invoice;
    }

    public AmountInput amount() {
        return amount;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }
}
