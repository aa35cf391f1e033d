package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNT;
import static com.settle.store.jooq.Tables.ACCOUNT_TOTAL;

import com.settle.domain.Money;
import com.settle.domain.listing.CreditAccountListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.CreditAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The credit balances list (each account's credit balance beside its open invoices) as the database answers it:
 * a count and one page, searched, narrowed to the work queue and sorted in SQL.
 */
public final class CreditAccountListQueries {

    /** How many posted invoices of the account are open, and their balance (kept by {@link AccountTotals}). */
    private static final Field<Integer> INVOICES = AccountTotalFields.kept(ACCOUNT_TOTAL.OPEN_INVOICES);
    private static final Field<BigDecimal> INVOICE_BALANCE = AccountTotalFields.kept(ACCOUNT_TOTAL.OPEN_INVOICE_BALANCE);

    private static final Map<String, Field<?>> SORTS = Map.of(
            CreditAccountListQuery.NUMBER, ACCOUNT.NUMBER,
            CreditAccountListQuery.NAME, ACCOUNT.NAME,
            CreditAccountListQuery.CREDIT, ACCOUNT.CREDIT_BALANCE,
            CreditAccountListQuery.INVOICES, INVOICES,
            CreditAccountListQuery.INVOICE_BALANCE, INVOICE_BALANCE);

    public int count(DSLContext tx, CreditAccountListQuery q) {
        return tx.selectCount().from(ACCOUNT).where(where(q)).fetchOne(0, Integer.class);
    }

    /** One page: its ids first, then those rows in full. */
    public List<CreditAccount> page(DSLContext tx, CreditAccountListQuery q, int offset, int limit) {
        List<Long> ids = tx.select(ACCOUNT.ID).from(ACCOUNT).where(where(q)).orderBy(order(q.sort()))
                .offset(offset).limit(limit).fetch(ACCOUNT.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.select(ACCOUNT.NUMBER, ACCOUNT.NAME, ACCOUNT.CURRENCY, ACCOUNT.CREDIT_BALANCE, INVOICES,
                        INVOICE_BALANCE)
                .from(ACCOUNT).where(IdSet.among(ACCOUNT.ID, ids)).orderBy(order(q.sort()))
                .fetch(r -> {
                    Currency c = Currency.getInstance(r.value3());
                    return new CreditAccount(r.value1(), r.value2(), Money.of(r.value4(), c), r.value5(),
                            Money.of(r.value6(), c));
                });
    }

    private static List<SortField<?>> order(ListSort sort) {
        return ListOrder.of(SORTS, sort, List.of(ACCOUNT.NUMBER.asc()), ACCOUNT.ID);
    }

    private static Condition where(CreditAccountListQuery q) {
        List<Condition> all = new ArrayList<>();
        if (q.queueOnly()) {
            all.add(ACCOUNT.CREDIT_BALANCE.ge(Amounts.ABOVE_ZERO).and(INVOICES.gt(0)));
        }
        for (SearchWords.Word w : q.search().words()) {
            all.add(Searches.anyContains(w, List.of(ACCOUNT.NUMBER, ACCOUNT.NAME, ACCOUNT.CURRENCY),
                    List.of(ACCOUNT.CREDIT_BALANCE, INVOICE_BALANCE)));
        }
        return DSL.and(all);
    }
}
