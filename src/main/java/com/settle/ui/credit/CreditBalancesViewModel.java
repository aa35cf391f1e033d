package com.settle.ui.credit;

import com.settle.domain.listing.CreditAccountListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.CreditAccount;
import com.settle.service.CreditHistoryService;
import com.settle.service.UserContext;
import com.settle.ui.common.PagedListViewModel;
import com.settle.ui.common.TaskRunner;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Accounts with their credit balances; "work queue only" keeps those with credit and an open invoice. */
public final class CreditBalancesViewModel extends PagedListViewModel<CreditAccount, CreditAccountListQuery> {

    private final BooleanProperty queueOnly = new SimpleBooleanProperty(false);
    private final UserContext user;
    private final CreditHistoryService history;

    public CreditBalancesViewModel(TaskRunner runner, CreditHistoryService history, UserContext user) {
        super(runner, "Loading credit balances", Locale.getDefault(Locale.Category.FORMAT));
        this.user = user;
        this.history = history;
        queueOnly.addListener((o, a, b) -> refresh());
    }

    @Override
    protected CreditAccountListQuery query(SearchWords search, ListSort sort) {
        return new CreditAccountListQuery(search, queueOnly.get(), sort);
    }

    @Override
    protected int count(CreditAccountListQuery query) {
        return history.count(query);
    }

    @Override
    protected int total() {
        return history.count(CreditAccountListQuery.all());
    }

    @Override
    protected boolean narrowed(CreditAccountListQuery query) {
        return query.narrowed();
    }

    @Override
    protected List<CreditAccount> page(CreditAccountListQuery query, int offset, int limit) {
        return history.page(query, offset, limit);
    }

    /** Who works in the window. */
    public UserContext user() {
        return user;
    }

    public BooleanProperty queueOnlyProperty() {
        return queueOnly;
    }
}
