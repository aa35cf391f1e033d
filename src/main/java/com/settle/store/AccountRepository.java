package com.settle.store;

import com.settle.domain.model.AccountStatus;
import com.settle.domain.model.DiscountTerms;
import static com.settle.store.jooq.Tables.ACCOUNT;
import static com.settle.store.jooq.Tables.DOCUMENT;
import static com.settle.store.jooq.Tables.PAYMENT;

import com.settle.domain.model.AccountSummary;
import com.settle.store.jooq.Tables;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Accounts (customers), each with one currency and a stored credit balance kept by the services. */
public final class AccountRepository {

    /** The fields of a new account. */
    public record NewAccount(String name, String currency, String contactName, String email, String phone,
                             String address, DiscountTerms terms) {
        public NewAccount(String name, String currency, String contactName, String email, String phone,
                          String address) {
            this(name, currency, contactName, email, phone, address, null);
        }
    }

    public AccountRecord insert(DSLContext tx, NewAccount account, OffsetDateTime now) {
        return insert(tx, account, now, null, null);
    }

    /** A new account an import brings, with its source reference and batch. */
    public AccountRecord insert(DSLContext tx, NewAccount account, OffsetDateTime now, String sourceReference,
                                Long importBatchId) {
        AccountRecord r = tx.newRecord(ACCOUNT);
        r.setSourceReference(sourceReference);
        r.setImportBatchId(importBatchId);
        r.setNumber(Numbers.next(tx, "A"));
        r.setName(account.name());
        r.setCurrency(account.currency());
        r.setContactName(account.contactName());
        r.setEmail(account.email());
        r.setPhone(account.phone());
        r.setAddress(account.address());
        r.setDiscountPercent(account.terms() == null ? null : account.terms().percent());
        r.setDiscountDays(account.terms() == null ? null : account.terms().days());
        r.setCreatedAt(now);
        r.store();
        return r;
    }

    /** Changes an account's own fields; the caller has checked that a currency change is allowed. */
    public void update(DSLContext tx, long id, NewAccount fields, AccountStatus status) {
        tx.update(ACCOUNT).set(ACCOUNT.NAME, fields.name()).set(ACCOUNT.CURRENCY, fields.currency())
                .set(ACCOUNT.CONTACT_NAME, fields.contactName()).set(ACCOUNT.EMAIL, fields.email())
                .set(ACCOUNT.PHONE, fields.phone()).set(ACCOUNT.ADDRESS, fields.address())
                .set(ACCOUNT.DISCOUNT_PERCENT, fields.terms() == null ? null : fields.terms().percent())
                .set(ACCOUNT.DISCOUNT_DAYS, fields.terms() == null ? null : fields.terms().days())
                .set(ACCOUNT.STATUS, status).set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    /** Sets (null: removes) the account's early-payment discount terms. */
    public void terms(DSLContext tx, long id, DiscountTerms terms) {
        tx.update(ACCOUNT).set(ACCOUNT.DISCOUNT_PERCENT, terms == null ? null : terms.percent())
                .set(ACCOUNT.DISCOUNT_DAYS, terms == null ? null : terms.days())
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1)).where(ACCOUNT.ID.eq(id)).execute();
    }

    /** Whether the account has any invoice, debit memo, payment or credit balance adjustment. */
    public boolean hasActivity(DSLContext tx, long id) {
        return tx.fetchExists(DOCUMENT, DOCUMENT.ACCOUNT_ID.eq(id)) || tx.fetchExists(PAYMENT, PAYMENT.ACCOUNT_ID.eq(id))
                || tx.fetchExists(Tables.CREDIT_BALANCE_ADJUSTMENT,
                Tables.CREDIT_BALANCE_ADJUSTMENT.ACCOUNT_ID.eq(id));
    }

    public Optional<AccountRecord> findByNumber(DSLContext tx, String number) {
        // Numbers are matched as typed on any path (command line, CSV, screen): spaces around and case do not matter.
        return tx.selectFrom(ACCOUNT).where(ACCOUNT.NUMBER.eq(number.strip().toUpperCase(Locale.ROOT)))
                .fetchOptional();
    }

    public Optional<AccountRecord> findById(DSLContext tx, long id) {
        return tx.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional();
    }

    public AccountRecord lock(DSLContext tx, long id) {
        return tx.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).forUpdate().fetchSingle();
    }

    /** Several accounts, locked until the transaction ends, by id. */
    public Map<Long, AccountRecord> lockAll(DSLContext tx, Collection<Long> ids) {
        return tx.selectFrom(ACCOUNT).where(IdSet.among(ACCOUNT.ID, ids)).forUpdate().fetchMap(ACCOUNT.ID);
    }

    public int count(DSLContext tx) {
        return tx.fetchCount(ACCOUNT);
    }

    public List<AccountSummary> summaries(DSLContext tx) {
        return summaries(tx, DSL.noCondition());
    }

    public Optional<AccountSummary> summary(DSLContext tx, long id) {
        return summaries(tx, ACCOUNT.ID.eq(id)).stream().findFirst();
    }

    private List<AccountSummary> summaries(DSLContext tx, Condition where) {
        return AccountListQueries.summaries(tx, where, AccountListQueries.byNumber());
    }
}
