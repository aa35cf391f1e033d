package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNT;
import static com.settle.store.jooq.Tables.PAYMENT;

import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.PaymentSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The payments list as the database answers it: how many rows a query gives, and one page of them, filtered,
 * searched and sorted in SQL, so that no screen or command holds the whole table.
 */
public final class PaymentListQueries {

    private static final Map<String, Field<?>> SORTS = Map.of(
            PaymentListQuery.NUMBER, PAYMENT.NUMBER,
            PaymentListQuery.ACCOUNT, ACCOUNT.NUMBER,
            PaymentListQuery.DATE, PAYMENT.EFFECTIVE_DATE,
            PaymentListQuery.METHOD, PAYMENT.METHOD,
            PaymentListQuery.REFERENCE, PAYMENT.REFERENCE,
            PaymentListQuery.AMOUNT, PAYMENT.AMOUNT,
            PaymentListQuery.APPLIED, PAYMENT.APPLIED_AMOUNT,
            PaymentListQuery.UNAPPLIED, PAYMENT.UNAPPLIED_AMOUNT,
            PaymentListQuery.STATUS, PAYMENT.STATUS);

    private final SearchLimits limits;

    /** The list as the application reads it. */
    public PaymentListQueries() {
        this(SearchLimits.USUAL);
    }

    PaymentListQueries(SearchLimits limits) {
        this.limits = limits;
    }

    /** The rows the query gives. */
    public int count(DSLContext tx, PaymentListQuery q) {
        boolean needsAccount = q.account() != null;
        var from = needsAccount ? tx.selectCount().from(PAYMENT).join(ACCOUNT).on(ACCOUNT.ID.eq(PAYMENT.ACCOUNT_ID))
                : tx.selectCount().from(PAYMENT);
        return from.where(where(tx, q).counted()).fetchOne(0, Integer.class);
    }

    /**
     * Rows {@code offset} to {@code offset + limit - 1} of the query, in its order. The page's ids first (from the
     * payments alone when nothing asks for the account, in the list order's index), then those rows in full: a
     * page deep in a long list does not join and read every row before it.
     */
    public List<PaymentSummary> page(DSLContext tx, PaymentListQuery q, int offset, int limit) {
        boolean needsAccount = q.account() != null || PaymentListQuery.ACCOUNT.equals(q.sort().key());
        ListWhere where = where(tx, q);
        Condition rows = where.paged(offset + limit, (c, most) -> ids(tx, needsAccount).where(c).limit(most).fetch(PAYMENT.ID),
                PAYMENT.ID);
        List<Long> ids = ids(tx, needsAccount).where(rows).orderBy(order(q.sort())).offset(offset).limit(limit)
                .fetch(PAYMENT.ID);
        return ids.isEmpty() ? List.of() : summaries(tx, IdSet.among(PAYMENT.ID, ids), order(q.sort()));
    }

    private static SelectJoinStep<Record1<Long>> ids(DSLContext tx, boolean needsAccount) {
        return needsAccount ? tx.select(PAYMENT.ID).from(PAYMENT).join(ACCOUNT).on(ACCOUNT.ID.eq(PAYMENT.ACCOUNT_ID))
                : tx.select(PAYMENT.ID).from(PAYMENT);
    }

    /**
     * Every row {@code where} picks, in {@code order}: a page's ids or one account's. No LIMIT: with one, H2 walked
     * the sort column's index in search of a page's 200 ids (an Invoices page by due date: 5.3 ms against 1.1).
     */
    static List<PaymentSummary> summaries(DSLContext tx, Condition where, List<SortField<?>> order) {
        return PlainRows.read(tx.select(PAYMENT.NUMBER, ACCOUNT.NUMBER, ACCOUNT.NAME, PAYMENT.EFFECTIVE_DATE,
                        PAYMENT.METHOD, PAYMENT.REFERENCE, PAYMENT.CURRENCY, PAYMENT.AMOUNT, PAYMENT.APPLIED_AMOUNT,
                        PAYMENT.UNAPPLIED_AMOUNT, PAYMENT.REFUNDED_AMOUNT, PAYMENT.TRANSFERRED_AMOUNT, PAYMENT.STATUS)
                .from(PAYMENT).join(ACCOUNT).on(ACCOUNT.ID.eq(PAYMENT.ACCOUNT_ID))
                .where(where).orderBy(order), rs -> {
                    String currency = rs.getString(7);
                    return new PaymentSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), PaymentMethod.parse(rs.getString(5)), rs.getString(6),
                            Amounts.money(rs.getBigDecimal(8), currency), Amounts.money(rs.getBigDecimal(9), currency),
                            Amounts.money(rs.getBigDecimal(10), currency), Amounts.money(rs.getBigDecimal(11), currency),
                            Amounts.money(rs.getBigDecimal(12), currency), PaymentStatus.fromCode(rs.getString(13)));
                });
    }

    /** Newest first: the list's own order, and the order of an account's payments. */
    static List<SortField<?>> newestFirst() {
        return List.of(PAYMENT.EFFECTIVE_DATE.desc(), PAYMENT.NUMBER.desc());
    }

    private static List<SortField<?>> order(ListSort sort) {
        return ListOrder.of(SORTS, sort, newestFirst(), PAYMENT.ID);
    }

    private ListWhere where(DSLContext tx, PaymentListQuery q) {
        ListWhere all = new ListWhere(limits);
        if (q.account() != null) {
            all.add(DSL.upper(ACCOUNT.NUMBER).eq(q.account().toUpperCase(Locale.ROOT)));
        }
        if (q.status() != null) {
            all.add(PAYMENT.STATUS.eq(q.status()));
        }
        if (q.unappliedOnly()) {
            all.add(PAYMENT.UNAPPLIED_AMOUNT.ge(Amounts.ABOVE_ZERO).and(Selective.processed()));
        }
        if (q.from() != null) {
            all.add(PAYMENT.EFFECTIVE_DATE.ge(q.from()));
        }
        if (q.to() != null) {
            all.add(PAYMENT.EFFECTIVE_DATE.le(q.to()));
        }
        for (SearchWords.Word w : q.search().words()) {
            RecordSearch.of(limits, PAYMENT, PAYMENT.ID, w).account(PAYMENT.ACCOUNT_ID).number(PAYMENT.NUMBER, "P")
                    .startsWith(PAYMENT.REFERENCE)
                    .coded(PAYMENT.METHOD, PaymentMethod.values(), PaymentMethod::code, PaymentMethod::code,
                            PaymentMethod::label)
                    .coded(PAYMENT.STATUS, PaymentStatus.values(), s -> s, PaymentStatus::code)
                    .currency().amount(PAYMENT.AMOUNT).amount(PAYMENT.UNAPPLIED_AMOUNT)
                    .orEveryColumn(Searches.anyContains(w, List.of(PAYMENT.NUMBER,
                            PAYMENT.REFERENCE, PAYMENT.METHOD, PAYMENT.STATUS, PAYMENT.CURRENCY),
                            List.of(PAYMENT.AMOUNT, PAYMENT.UNAPPLIED_AMOUNT)))
                    .addTo(all, tx);
        }
        return all;
    }
}
