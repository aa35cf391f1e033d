package com.settle.ui.credit;

import com.settle.domain.listing.CreditAccountListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.CreditAccount;
import com.settle.service.CreditHistoryService;
import com.settle.service.UserContext;
import com.settle.ui.common.PagedListViewModel;
import com.settle.ui.common.TaskRunner;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Accounts with their credit balances; "work queue only" keeps those with credit and an open invoice. */
public final class CreditBalancesViewModel extends PagedListViewModel<CreditAccount, CreditAccountListQuery> {

    private final BooleanProperty queueOnly = new SimpleBooleanProperty(false);
    private final UserContext user;

    public CreditBalancesViewModel(TaskRunner runner, CreditHistoryService history, UserContext user) {
        super(runner, "Loading credit balances", Locale.getDefault(Locale.Category.FORMAT), history,
                CreditAccountListQuery.all());
        this.user = user;
        queueOnly.addListener((o, a, b) -> refresh());
    }

    @Override
    protected CreditAccountListQuery query(SearchWords search, ListSort sort) {
        return new CreditAccountListQuery(search, queueOnly.get(), sort);
    }





    /** Who works in the window. */
    public UserContext user() {
        return user;
    }

    public BooleanProperty queueOnlyProperty() {
        return queueOnly;
    }
}
