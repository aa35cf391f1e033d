package com.settle.ui.payments;

import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.PaymentSummary;
import com.settle.service.PaymentService;
import com.settle.service.UserContext;
import com.settle.ui.common.ListViewModel;
import com.settle.ui.common.TaskRunner;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The payments list with its filters: account, status, has unapplied amount, effective date range. */
public final class PaymentsViewModel extends ListViewModel<PaymentSummary> {

    /** The status filter's choices. */
    public static final String ALL = "All statuses";

    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty(ALL);
    private final BooleanProperty unappliedOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    private final UserContext user;

    public PaymentsViewModel(TaskRunner runner, PaymentService payments, UserContext user) {
        super(runner, "Loading payments", payments::list,
                p -> p.number() + " " + p.accountNumber() + " " + p.accountName() + " " + p.method().label() + " "
                        + (p.reference() == null ? "" : p.reference()) + " " + p.status() + " "
                        + p.amount().currency().getCurrencyCode() + amounts(p.amount(), p.unapplied()));
        this.user = user;
        account.addListener((o, a, b) -> filter());
        status.addListener((o, a, b) -> filter());
        unappliedOnly.addListener((o, a, b) -> filter());
        from.addListener((o, a, b) -> filter());
        to.addListener((o, a, b) -> filter());
    }

    private void filter() {
        String acc = account.get() == null ? "" : account.get().trim();
        String st = status.get();
        boolean unapplied = unappliedOnly.get();
        LocalDate f = from.get();
        LocalDate t = to.get();
        setExtraFilter(p -> (acc.isEmpty() || p.accountNumber().equalsIgnoreCase(acc))
                && (st == null || ALL.equals(st) || st.equals(p.status().code()))
                && (!unapplied || p.unapplied().isPositive() && p.status() == PaymentStatus.PROCESSED)
                && (f == null || !p.effectiveDate().isBefore(f))
                && (t == null || !p.effectiveDate().isAfter(t)));
    }

    /** An account number (A-…), or empty for all accounts. */
    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty unappliedOnlyProperty() {
        return unappliedOnly;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Who works in the window. */
    public UserContext user() {
        return user;
    }
}
