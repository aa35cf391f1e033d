package com.settle.service;

import com.settle.store.AccountRepository;
import com.settle.store.AccountRepository.NewAccount;
import com.settle.store.ImportBatchRepository.Target;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Accounts. Columns: Name, Currency; optional Contact, Email, Phone, Address, SourceKey. The source
 * reference is the SourceKey (the customer's number in the system the file comes from), else the name:
 * an active account imported under the same one is not created twice.
 */
final class AccountImport implements RowImport<AccountImport.Row> {

    record Row(NewAccount account, String column, String reference) {
    }

    private final AccountRepository accounts;

    AccountImport(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public String kind() {
        return "Accounts";
    }

    @Override
    public String noun() {
        return "account";
    }

    @Override
    public Target target() {
        return Target.ACCOUNT;
    }

    @Override
    public List<String> required() {
        return List.of("Name", "Currency");
    }

    @Override
    public List<String> optional() {
        return List.of("Contact", "Email", "Phone", "Address", "SourceKey");
    }

    @Override
    public void prepare(DSLContext t) {
    }

    @Override
    public Row read(DSLContext t, ImportRow c, boolean checking) {
        NewAccount a = new NewAccount(c.text("Name", 255, true), c.currency("Currency"), c.text("Contact", 100, false),
                c.text("Email", 255, false), c.text("Phone", 40, false), c.text("Address", 500, false));
        String key = c.text("SourceKey", 100, false);
        if (a.name() == null || a.currency() == null) {
            return null;
        }
        String name = a.name().length() > 100 ? a.name().substring(0, 100) : a.name();
        return key != null ? new Row(a, "SourceKey", key) : new Row(a, "Name", name);
    }

    @Override
    public Source source(Row r) {
        return new Source(0, null, r.column(), r.reference(), false);
    }

    @Override
    public void write(DSLContext t, List<Row> chunk, List<String> references, Writing w) {
        for (int i = 0; i < chunk.size(); i++) {
            NewAccount a = chunk.get(i).account();
            String label = a.name() + " (" + a.currency() + ")";
            w.created().add(w.dryRun() ? "new account " + label
                    : accounts.insert(t, a, w.now(), references.get(i), w.batchId()).getNumber() + " " + label);
        }
    }
}
