package com.settle.ui.credit;

import com.settle.domain.model.CreditAccount;
import com.settle.service.Services;
import com.settle.service.UserContext;
import com.settle.ui.common.ListViewModel;
import com.settle.ui.common.TaskRunner;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Accounts with their credit balances; "work queue only" keeps those with credit and an open invoice. */
public final class CreditBalancesViewModel extends ListViewModel<CreditAccount> {

    private final BooleanProperty queueOnly = new SimpleBooleanProperty(false);
    private final Supplier<Services> services;

    public CreditBalancesViewModel(TaskRunner runner, Supplier<Services> services) {
        super(runner, "Loading credit balances", () -> services.get().creditHistory().accounts(),
                a -> a.number() + " " + a.name() + " " + a.creditBalance().currency().getCurrencyCode());
        this.services = services;
        queueOnly.addListener((o, a, b) -> setExtraFilter(b ? CreditAccount::queued : x -> true));
    }

    /** Who works in the window (null before the database is open). */
    public UserContext user() {
        return services.get() == null ? null : services.get().user();
    }

    public BooleanProperty queueOnlyProperty() {
        return queueOnly;
    }
}
