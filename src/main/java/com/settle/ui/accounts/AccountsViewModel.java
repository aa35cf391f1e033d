package com.settle.ui.accounts;

import com.settle.domain.model.AccountSummary;
import com.settle.service.Services;
import com.settle.service.UserContext;
import com.settle.ui.common.ListViewModel;
import com.settle.ui.common.TaskRunner;
import java.util.function.Supplier;

/** The accounts list: number, name, currency, open balance, unapplied payments, credit balance. */
public final class AccountsViewModel extends ListViewModel<AccountSummary> {

    private final Supplier<Services> services;

    public AccountsViewModel(TaskRunner runner, Supplier<Services> services) {
        super(runner, "Loading accounts", () -> services.get().accounts().list(),
                a -> a.number() + " " + a.name() + " " + a.currencyCode() + " " + a.status());
        this.services = services;
    }

    /** Who works in the window (null before the database is open). */
    public UserContext user() {
        return services.get() == null ? null : services.get().user();
    }
}
