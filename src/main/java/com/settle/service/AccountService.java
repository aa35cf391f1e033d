package com.settle.service;

import com.settle.domain.listing.Listing;
import com.settle.domain.Currencies;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.listing.AccountListQuery;
import com.settle.domain.model.AccountDetail;
import com.settle.domain.model.AccountStatus;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DiscountTerms;
import com.settle.domain.model.Permission;
import com.settle.store.AccountListQueries;
import com.settle.store.AccountRepository;
import com.settle.store.DocumentRepository;
import com.settle.store.PaymentRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** Accounts: create, change, list, and one account's page. */
public final class AccountService implements Listing<AccountListQuery, AccountSummary> {

    /** What a clerk gives for a new account. */
    public record NewAccountCommand(String name, String currency, String contactName, String email, String phone,
                                    String address, DiscountTerms terms) {
        /** Without early-payment discount terms. */
        public NewAccountCommand(String name, String currency, String contactName, String email, String phone,
                                 String address) {
            this(name, currency, contactName, email, phone, address, null);
        }
    }

    /**
     * An account's changed fields; {@code status} is Active or Inactive; {@code terms} null: no early-payment
     * discount.
     */
    public record UpdateAccountCommand(String name, String currency, String contactName, String email, String phone,
                                       String address, AccountStatus status, DiscountTerms terms) {
    }

    private static final AccountListQueries LIST = new AccountListQueries();

    private final Transactions tx;
    private final AccountRepository accounts;
    private final UserContext user;
    private final Clock clock;

    private final DocumentRepository documents;
    private final PaymentRepository payments;

    public AccountService(Transactions tx, AccountRepository accounts, UserContext user, Clock clock) {
        this.documents = new DocumentRepository();
        this.payments = new PaymentRepository();
        this.tx = tx;
        this.accounts = accounts;
        this.user = user;
        this.clock = clock;
    }

    /** Creates the account and returns its number ({@code A-00000001}). */
    public String create(NewAccountCommand c) {
        user.require(Permission.ACCOUNT_EDIT, "create accounts");
        var fields = fields(c.name(), c.currency(), c.contactName(), c.email(), c.phone(), c.address(), c.terms());
        return tx.inTransaction(t -> accounts.insert(t, fields, OffsetDateTime.now(clock)).getNumber());
    }

    /**
     * Changes an account's name, contact, status and (while it has no document, payment or credit balance
     * adjustment) its currency.
     */
    public void update(String number, UpdateAccountCommand c) {
        user.require(Permission.ACCOUNT_EDIT, "change accounts");
        var fields = fields(c.name(), c.currency(), c.contactName(), c.email(), c.phone(), c.address(), c.terms());
        AccountStatus status = c.status() == null ? AccountStatus.ACTIVE : c.status();
        tx.inTransaction(t -> {
            var account = accounts.lock(t, lookup(t, number).getId());
            if (!account.getCurrency().equals(fields.currency()) && accounts.hasActivity(t, account.getId())) {
                throw new ServiceException(account.getNumber() + " already has invoices, payments or credit in "
                        + account.getCurrency() + "; its currency cannot change. Open a new account for "
                        + fields.currency() + ".");
            }
            accounts.update(t, account.getId(), fields, status);
            return null;
        });
    }

    /** Sets (null: removes) an account's early-payment discount terms; returns the account's number. */
    public String terms(String number, DiscountTerms terms) {
        user.require(Permission.ACCOUNT_EDIT, "change accounts");
        return tx.inTransaction(t -> {
            var account = accounts.lock(t, lookup(t, number).getId());
            accounts.terms(t, account.getId(), terms);
            return account.getNumber();
        });
    }

    /** One account with its figures, documents and payments. */
    public AccountDetail detail(String number) {
        return tx.read(t -> {
            var account = lookup(t, number);
            return new AccountDetail(accounts.summary(t, account.getId()).orElseThrow(),
                    account.getContactName(), account.getEmail(), account.getPhone(), account.getAddress(),
                    account.getCreatedAt(), accounts.hasActivity(t, account.getId()),
                    documents.summaries(t, account.getId()), payments.summaries(t, account.getId()),
                    DiscountTerms.of(account.getDiscountPercent(), account.getDiscountDays()));
        });
    }

    private AccountRecord lookup(DSLContext t, String number) {
        String n = Text.required("Account", number, 20);
        return accounts.findByNumber(t, n).orElseThrow(() -> new ValidationException("Account",
                "'" + n + "' is not an account number"));
    }

    private static AccountRepository.NewAccount fields(String name, String currency, String contact, String email,
                                                       String phone, String address, DiscountTerms terms) {
        return new AccountRepository.NewAccount(
                Text.required("Name", name, 255),
                Currencies.of("Currency", currency).getCurrencyCode(),
                Text.optional("Contact", contact, 100),
                Text.optional("Email", email, 255),
                Text.optional("Phone", phone, 40),
                Text.optional("Address", address, 500), terms);
    }

    public List<AccountSummary> list() {
        return tx.read(accounts::summaries);
    }

    /** How many accounts the list query gives. */
    @Override
    public int count(AccountListQuery query) {
        AccountListQuery q = query == null ? AccountListQuery.all() : query;
        return tx.read(t -> LIST.count(t, q));
    }

    /** One page of the list query: rows {@code offset} on, at most {@code limit} of them. */
    @Override
    public List<AccountSummary> page(AccountListQuery query, int offset, int limit) {
        AccountListQuery q = query == null ? AccountListQuery.all() : query;
        if (offset < 0 || limit < 0) {
            throw new ValidationException("Page", "offset and limit must not be negative");
        }
        return tx.read(t -> LIST.page(t, q, offset, limit));
    }

    public int count() {
        return tx.read(accounts::count);
    }
}
