package com.settle.service;

import com.settle.domain.Currencies;
import com.settle.domain.Text;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.Permission;
import com.settle.store.AccountRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Accounts: create and list. */
public final class AccountService {

    /** What a clerk gives for a new account. */
    public record NewAccountCommand(String name, String currency, String contactName, String email, String phone,
                                    String address) {
    }

    private final Transactions tx;
    private final AccountRepository accounts;
    private final UserContext user;
    private final Clock clock;

    public AccountService(Transactions tx, AccountRepository accounts, UserContext user, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.user = user;
        this.clock = clock;
    }

    /** Creates the account and returns its number ({@code A-00000001}). */
    public String create(NewAccountCommand c) {
        user.require(Permission.ACCOUNT_EDIT, "create accounts");
        var fields = new AccountRepository.NewAccount(
                Text.required("Name", c.name(), 255),
                Currencies.of("Currency", c.currency()).getCurrencyCode(),
                Text.optional("Contact", c.contactName(), 100),
                Text.optional("Email", c.email(), 255),
                Text.optional("Phone", c.phone(), 40),
                Text.optional("Address", c.address(), 500));
        return tx.inTransaction(t -> accounts.insert(t, fields, OffsetDateTime.now(clock)).getNumber());
    }

    public List<AccountSummary> list() {
        return tx.read(accounts::summaries);
    }

    public int count() {
        return tx.read(accounts::count);
    }
}
