package com.settle.ui.credit;

import com.settle.domain.model.CreditAccount;
import com.settle.service.CreditHistoryService;
import com.settle.service.UserContext;
import com.settle.ui.common.ListViewModel;
import com.settle.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Accounts with their credit balances; "work queue only" keeps those with credit and an open invoice. */
public final class CreditBalancesViewModel extends ListViewModel<CreditAccount> {

    private final BooleanProperty queueOnly = new SimpleBooleanProperty(false);
    private final UserContext user;

    public CreditBalancesViewModel(TaskRunner runner, CreditHistoryService history, UserContext user) {
        super(runner, "Loading credit balances", history::accounts,
                a -> a.number() + " " + a.name() + " " + a.creditBalance().currency().getCurrencyCode()
                        + amounts(a.creditBalance(), a.openInvoiceBalance()));
        this.user = user;
        queueOnly.addListener((o, a, b) -> setExtraFilter(b ? CreditAccount::queued : x -> true));
    }

    /** Who works in the window. */
    public UserContext user() {
        return user;
    }

    public BooleanProperty queueOnlyProperty() {
        return queueOnly;
    }
}
