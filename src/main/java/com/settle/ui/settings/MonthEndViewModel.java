package com.settle.ui.settings;

import com.settle.domain.AmountParser;
import com.settle.domain.Currencies;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.ClosingChange;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.policy.ClosingPolicy;
import com.settle.domain.policy.WriteOffPolicy;
import com.settle.service.ClosingService;
import com.settle.service.DepositAccountService;
import com.settle.service.SettingsService;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings &gt; Month end: the closing date (set, moved back with a reason, and its history), the write-off
 * tolerance per currency, and each payment method's deposit account. The services check the permissions and the
 * rules; this says what they said.
 */
public final class MonthEndViewModel {

    private final TaskRunner runner;
    private final ClosingService closing;
    private final SettingsService settings;
    private final DepositAccountService deposits;
    private final MoneyText format;
    private final Consumer<String> notice;
    private final ObjectProperty<LocalDate> through = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty tolerance = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper closed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tolerances = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.CHECK);
    private final StringProperty deposit = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper depositSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> depositChoices = FXCollections.observableArrayList();
    private Map<PaymentMethod, String> depositAccounts = Map.of();
    private LocalDate closedThrough;
    private final ObservableList<ClosingChange> history = FXCollections.observableArrayList();

    public MonthEndViewModel(TaskRunner runner, ClosingService closing, SettingsService settings,
                             DepositAccountService deposits, MoneyText format, Consumer<String> notice) {
        this.runner = runner;
        this.closing = closing;
        this.settings = settings;
        this.deposits = deposits;
        method.addListener((o, a, b) -> showDeposit());
        this.format = format;
        this.notice = notice;
    }

    private record Loaded(LocalDate through, List<ClosingChange> history, Map<String, Money> tolerances,
                          Map<PaymentMethod, String> deposits, List<String> cashCodes) {
    }

    public void load() {
        runner.run("Loading month-end settings", () -> new Loaded(closing.closedThrough().orElse(null),
                closing.history(), settings.writeOffTolerances(), deposits.depositAccounts(),
                deposits.choices().stream().map(AccountingCodeRow::code).toList()), l -> {
                    closedThrough = l.through();
                    closed.set(l.through() == null ? "The books are open: nothing is closed."
                            : "The books are closed through " + format.date(l.through()) + ": nothing may be dated"
                            + " on or before it.");
                    history.setAll(l.history());
                    List<String> parts = new ArrayList<>();
                    l.tolerances().forEach((code, m) -> parts.add(code + " " + format.display(m)));
                    tolerances.set(parts.isEmpty() ? "No tolerance is set: the Apply dialog offers no write-off."
                            : "Residuals up to " + String.join(", ", parts) + " may be written off in the same step"
                            + " as an application.");
                    depositAccounts = l.deposits();
                    depositChoices.setAll(l.cashCodes());
                    depositSummary.set(depositSummary(l.deposits()));
                    showDeposit();
                }, e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    private static String depositSummary(Map<PaymentMethod, String> own) {
        if (own.isEmpty()) {
            return "Every payment method deposits to the Cash default.";
        }
        List<String> parts = new ArrayList<>();
        own.forEach((m, code) -> parts.add(m.label() + " to " + code));
        return String.join("; ", parts) + (own.size() == PaymentMethod.values().length ? "."
                : "; the other methods to the Cash default.");
    }

    private void showDeposit() {
        String own = method.get() == null ? null : depositAccounts.get(method.get());
        deposit.set(own == null ? "" : own);
    }

    /** Sets the chosen method's deposit account (blank: the Cash default). */
    public void setDeposit() {
        message.set("");
        PaymentMethod m = method.get();
        String code = deposit.get();
        runner.run("Setting the deposit account", () -> {
            deposits.set(m, code);
            return m;
        }, done -> {
            notice.accept(done.label() + " payments deposit to " + (code == null || code.isBlank()
                    ? "the Cash default" : code.strip()) + " from the first open day");
            load();
        }, e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public StringProperty depositProperty() {
        return deposit;
    }

    public ReadOnlyStringProperty depositSummaryProperty() {
        return depositSummary.getReadOnlyProperty();
    }

    /** The active Cash codes a deposit account may be. */
    public ObservableList<String> depositChoices() {
        return depositChoices;
    }

    /**
     * Whether there is something to ask about: with no date while nothing is closed there is nothing to open
     * again, so the empty field is named instead of a question.
     */
    public boolean ready() {
        if (through.get() == null && closedThrough == null) {
            message.set(ClosingPolicy.THROUGH + " is required: choose the last day of the period to close");
            return false;
        }
        return true;
    }

    /** The question asked before the books are closed (or opened again). */
    public String question() {
        return through.get() == null ? "Open every closed period again?"
                : "Close the books through " + format.date(through.get()) + "? Nothing may be dated on or before it"
                + " afterwards; corrections go into the open period.";
    }

    public void close() {
        LocalDate t = through.get();
        String why = reason.get();
        message.set("");
        runner.run("Closing the books", () -> {
            closing.close(t, why);
            return t;
        }, d -> {
            notice.accept(d == null ? "The books are open again" : "The books are closed through " + format.date(d));
            reason.set("");
            load();
        }, e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    public void setTolerance() {
        message.set("");
        Currency c;
        BigDecimal amount;
        try {
            c = Currencies.of("Currency", currency.get());
            String text = tolerance.get() == null ? "" : tolerance.get().strip();
            amount = text.isEmpty() || text.equals("0") ? BigDecimal.ZERO : AmountParser.forLocale(format.locale())
                    .parse(WriteOffPolicy.TOLERANCE, text, c, AmountParser.Sign.POSITIVE).amount();
        } catch (ValidationException e) {
            message.set(e.getMessage());
            return;
        }
        runner.run("Setting the write-off tolerance", () -> {
            settings.setWriteOffTolerance(c, amount);
            return c;
        }, done -> {
            notice.accept(amount.signum() == 0 ? "No write-off tolerance for " + done.getCurrencyCode()
                    : "Write-off tolerance for " + done.getCurrencyCode() + ": " + format.display(Money.of(amount, done)));
            load();
        }, e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    public ObjectProperty<LocalDate> throughProperty() {
        return through;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty toleranceProperty() {
        return tolerance;
    }

    public ReadOnlyStringProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tolerancesProperty() {
        return tolerances.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<ClosingChange> history() {
        return history;
    }
}
