package com.settle.ui.payments;

import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.PaymentSummary;
import com.settle.service.PaymentService;
import com.settle.service.UserContext;
import com.settle.ui.common.PagedListViewModel;
import com.settle.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The payments list with its filters: account, status, has unapplied amount, effective date range. The database
 * searches, filters, sorts and counts; the table holds only the pages on screen.
 */
public final class PaymentsViewModel extends PagedListViewModel<PaymentSummary, PaymentListQuery> {

    /** The status filter's choices. */
    public static final String ALL = "All statuses";

    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty(ALL);
    private final BooleanProperty unappliedOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    private final UserContext user;

    public PaymentsViewModel(TaskRunner runner, PaymentService payments, UserContext user) {
        super(runner, "Loading payments", Locale.getDefault(Locale.Category.FORMAT), payments,
                PaymentListQuery.all());
        this.user = user;
        account.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        unappliedOnly.addListener((o, a, b) -> refresh());
        from.addListener((o, a, b) -> refresh());
        to.addListener((o, a, b) -> refresh());
    }

    @Override
    protected PaymentListQuery query(SearchWords search, ListSort sort) {
        String st = status.get();
        PaymentStatus s = st == null || ALL.equals(st) ? null : PaymentStatus.fromCode(st);
        return new PaymentListQuery(search, account.get(), s, unappliedOnly.get(), from.get(), to.get(), sort);
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
