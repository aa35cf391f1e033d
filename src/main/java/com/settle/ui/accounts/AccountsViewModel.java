package com.settle.ui.accounts;

import com.settle.domain.listing.AccountListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.AccountSummary;
import com.settle.service.AccountService;
import com.settle.service.UserContext;
import com.settle.ui.accounts.AccountDetailViewModel.Editor;
import com.settle.ui.common.PagedListViewModel;
import com.settle.ui.common.TaskRunner;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The accounts list (number, name, currency, open balance, unapplied payments, credit balance) and New
 * account. Built for the books open when the page is made, with the account service it uses.
 */
public final class AccountsViewModel extends PagedListViewModel<AccountSummary, AccountListQuery> {

    private final TaskRunner runner;
    private final AccountService accounts;
    private final UserContext user;
    private final Editor form;

    /** @param form asks the clerk for the new account's details (the Edit dialog with no account) */
    public AccountsViewModel(TaskRunner runner, AccountService accounts, UserContext user, Editor form) {
        super(runner, "Loading accounts", Locale.getDefault(Locale.Category.FORMAT), accounts,
                AccountListQuery.all());
        this.runner = runner;
        this.accounts = accounts;
        this.user = user;
        this.form = form;
    }

    @Override
    protected AccountListQuery query(SearchWords search, ListSort sort) {
        return new AccountListQuery(search, sort);
    }





    /** Asks for the new account's details and creates it in the background; {@code created} gets its number. */
    public void newAccount(Consumer<String> created) {
        form.edit(null).ifPresent(f -> runner.run("Creating the account", () -> accounts.create(
                new AccountService.NewAccountCommand(f.name(), f.currency(), f.contact(), f.email(), f.phone(),
                        f.address(), f.terms())), created));
    }

    /** Who works in the window. */
    public UserContext user() {
        return user;
    }
}
