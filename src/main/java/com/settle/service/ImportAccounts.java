package com.settle.service;

import com.settle.store.AccountRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** The accounts an import file names, each looked up once and matched as the command line matches them. */
final class ImportAccounts {

    private final AccountRepository accounts;
    private final Map<String, AccountRecord> cache = new HashMap<>();

    ImportAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The active account the row's Account column names, or null (the problem noted on the row). */
    AccountRecord of(DSLContext t, ImportRow c) {
        String number = c.text("Account", 20, true);
        if (number == null) {
            return null;
        }
        AccountRecord account = cache.computeIfAbsent(number, n -> accounts.findByNumber(t, n).orElse(null));
        if (account == null) {
            c.problem("Account", "'" + number + "' does not exist");
            return null;
        }
        String inactive = Lookups.inactive(account);
        if (inactive != null) {
            c.problem("Account", inactive);
            return null;
        }
        return account;
    }

    /** Forgets what was read, so that balances read next are the current ones. */
    void clear() {
        cache.clear();
    }
}
