package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNT;
import static com.settle.store.jooq.Tables.DOCUMENT;
import static com.settle.store.jooq.Tables.PAYMENT;

import com.settle.domain.listing.AccountListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.PaymentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** The accounts list as the database answers it: a count and one page, searched and sorted in SQL. */
public final class AccountListQueries {

    /** What is open on an account's posted documents. */
    static final Field<BigDecimal> OPEN = DSL.field(DSL.select(DSL.coalesce(DSL.sum(DOCUMENT.BALANCE),
                    BigDecimal.ZERO)).from(DOCUMENT).where(DOCUMENT.ACCOUNT_ID.eq(ACCOUNT.ID))
            .and(DOCUMENT.STATUS.eq(DocumentStatus.POSTED)));
    /** What stays unapplied on an account's processed payments. */
    static final Field<BigDecimal> UNAPPLIED = DSL.field(DSL.select(DSL.coalesce(DSL.sum(PAYMENT.UNAPPLIED_AMOUNT),
                    BigDecimal.ZERO)).from(PAYMENT).where(PAYMENT.ACCOUNT_ID.eq(ACCOUNT.ID))
            .and(PAYMENT.STATUS.eq(PaymentStatus.PROCESSED)));

    private static final Map<String, Field<?>> SORTS = Map.of(
            AccountListQuery.NUMBER, ACCOUNT.NUMBER,
            AccountListQuery.NAME, ACCOUNT.NAME,
            AccountListQuery.CURRENCY, ACCOUNT.CURRENCY,
            AccountListQuery.STATUS, ACCOUNT.STATUS,
            AccountListQuery.OPEN, OPEN,
            AccountListQuery.UNAPPLIED, UNAPPLIED,
            AccountListQuery.CREDIT, ACCOUNT.CREDIT_BALANCE);

    public int count(DSLContext tx, AccountListQuery q) {
        return tx.selectCount().from(ACCOUNT).where(where(q)).fetchOne(0, Integer.class);
    }

    /**
     * One page: its ids first, sorted without working out the other accounts' open and unapplied amounts (only a
     * sort or a search by them needs them for every account), then those rows in full.
     */
    public List<AccountSummary> page(DSLContext tx, AccountListQuery q, int offset, int limit) {
        List<Long> ids = AccountListQuery.UNAPPLIED.equals(q.sort().key())
                ? SummedSort.page(tx.select(ACCOUNT.ID).from(ACCOUNT).where(where(q)).fetch(ACCOUNT.ID),
                        unappliedByAccount(tx), q.sort(), offset, limit)
                : tx.select(ACCOUNT.ID).from(ACCOUNT).where(where(q)).orderBy(order(q.sort()))
                        .offset(offset).limit(limit).fetch(ACCOUNT.ID);
        return ids.isEmpty() ? List.of() : summaries(tx, ACCOUNT.ID.in(ids), order(q.sort()), 0, ids.size());
    }

    /** What stays unapplied per account, from the payments that have something unapplied (an index range). */
    private static Map<Long, BigDecimal> unappliedByAccount(DSLContext tx) {
        return tx.select(PAYMENT.ACCOUNT_ID, DSL.sum(PAYMENT.UNAPPLIED_AMOUNT)).from(PAYMENT)
                .where(PAYMENT.UNAPPLIED_AMOUNT.ge(Amounts.ABOVE_ZERO)).and(Selective.processed())
                .groupBy(PAYMENT.ACCOUNT_ID).fetchMap(PAYMENT.ACCOUNT_ID, DSL.sum(PAYMENT.UNAPPLIED_AMOUNT));
    }

    static List<AccountSummary> summaries(DSLContext tx, Condition where, List<SortField<?>> order, int offset,
                                          int limit) {
        return tx.select(ACCOUNT.NUMBER, ACCOUNT.NAME, ACCOUNT.CURRENCY, ACCOUNT.STATUS, ACCOUNT.CREDIT_BALANCE,
                        OPEN, UNAPPLIED)
                .from(ACCOUNT).where(where).orderBy(order).offset(offset).limit(limit)
                .fetch(r -> new AccountSummary(r.value1(), r.value2(), r.value4(),
                        Amounts.money(r.value6(), r.value3()), Amounts.money(r.value7(), r.value3()),
                        Amounts.money(r.value5(), r.value3())));
    }

    static List<SortField<?>> byNumber() {
        return List.of(ACCOUNT.NUMBER.asc());
    }

    private static List<SortField<?>> order(ListSort sort) {
        return ListOrder.of(SORTS, sort, byNumber(), ACCOUNT.ID);
    }

    private static Condition where(AccountListQuery q) {
        List<Condition> all = new ArrayList<>();
        for (SearchWords.Word w : q.search().words()) {
            all.add(Searches.anyContains(w, List.of(ACCOUNT.NUMBER, ACCOUNT.NAME, ACCOUNT.CURRENCY,
                    ACCOUNT.STATUS), List.of(ACCOUNT.CREDIT_BALANCE, OPEN, UNAPPLIED)));
        }
        return DSL.and(all);
    }
}
