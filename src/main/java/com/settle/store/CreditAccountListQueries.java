package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNT;
import static com.settle.store.jooq.Tables.DOCUMENT;

import com.settle.domain.Money;
import com.settle.domain.listing.CreditAccountListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.CreditAccount;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentType;
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

    private static final Condition OPEN_INVOICE = DOCUMENT.ACCOUNT_ID.eq(ACCOUNT.ID)
            .and(DOCUMENT.STATUS.eq(DocumentStatus.POSTED)).and(DOCUMENT.DOC_TYPE.eq("Invoice"))
            .and(DOCUMENT.BALANCE.ge(Amounts.ABOVE_ZERO));
    private static final Field<Integer> INVOICES = DSL.field(DSL.selectCount().from(DOCUMENT).where(OPEN_INVOICE));
    private static final Field<BigDecimal> INVOICE_BALANCE = DSL.field(DSL.select(
            DSL.coalesce(DSL.sum(DOCUMENT.BALANCE), BigDecimal.ZERO)).from(DOCUMENT).where(OPEN_INVOICE));

    private static final Map<String, Field<?>> SORTS = Map.of(
            CreditAccountListQuery.NUMBER, ACCOUNT.NUMBER,
            CreditAccountListQuery.NAME, ACCOUNT.NAME,
            CreditAccountListQuery.CREDIT, ACCOUNT.CREDIT_BALANCE,
            CreditAccountListQuery.INVOICES, INVOICES,
            CreditAccountListQuery.INVOICE_BALANCE, INVOICE_BALANCE);

    public int count(DSLContext tx, CreditAccountListQuery q) {
        return tx.selectCount().from(ACCOUNT).where(where(q)).fetchOne(0, Integer.class);
    }

    /** One page: its ids first (no other account's open invoices counted unless the sort needs them), then in full. */
    public List<CreditAccount> page(DSLContext tx, CreditAccountListQuery q, int offset, int limit) {
        String key = q.sort().key();
        boolean summed = CreditAccountListQuery.INVOICES.equals(key) || CreditAccountListQuery.INVOICE_BALANCE.equals(key);
        List<Long> ids = summed
                ? SummedSort.page(tx.select(ACCOUNT.ID).from(ACCOUNT).where(where(q)).fetch(ACCOUNT.ID),
                        openInvoicesByAccount(tx, CreditAccountListQuery.INVOICES.equals(key)), q.sort(), offset, limit)
                : tx.select(ACCOUNT.ID).from(ACCOUNT).where(where(q)).orderBy(order(q.sort()))
                        .offset(offset).limit(limit).fetch(ACCOUNT.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.select(ACCOUNT.NUMBER, ACCOUNT.NAME, ACCOUNT.CURRENCY, ACCOUNT.CREDIT_BALANCE, INVOICES,
                        INVOICE_BALANCE)
                .from(ACCOUNT).where(ACCOUNT.ID.in(ids)).orderBy(order(q.sort()))
                .fetch(r -> {
                    Currency c = Currency.getInstance(r.value3());
                    return new CreditAccount(r.value1(), r.value2(), Money.of(r.value4(), c), r.value5(),
                            Money.of(r.value6(), c));
                });
    }

    /**
     * Per account, how many open invoices it has or what they leave open: one pass over the documents in the
     * status index's order. Not through the balance index's range: a quarter of a large file's documents are
     * open, and reading each by its key took twice as long as the pass.
     */
    private static Map<Long, BigDecimal> openInvoicesByAccount(DSLContext tx, boolean count) {
        Field<BigDecimal> value = count ? DSL.count().cast(BigDecimal.class) : DSL.sum(DOCUMENT.BALANCE);
        return tx.select(DOCUMENT.ACCOUNT_ID, value).from(DOCUMENT)
                .where(DOCUMENT.BALANCE.ge(Amounts.ABOVE_ZERO)).and(DOCUMENT.STATUS.eq(DocumentStatus.POSTED))
                .and(DOCUMENT.DOC_TYPE.eq(DocumentType.INVOICE.code()))
                .groupBy(DOCUMENT.ACCOUNT_ID).fetchMap(DOCUMENT.ACCOUNT_ID, value);
    }

    private static List<SortField<?>> order(ListSort sort) {
        return ListOrder.of(SORTS, sort, List.of(ACCOUNT.NUMBER.asc()), ACCOUNT.ID);
    }

    private static Condition where(CreditAccountListQuery q) {
        List<Condition> all = new ArrayList<>();
        if (q.queueOnly()) {
            all.add(ACCOUNT.CREDIT_BALANCE.ge(Amounts.ABOVE_ZERO).and(DSL.exists(DSL.selectOne().from(DOCUMENT)
                    .where(OPEN_INVOICE))));
        }
        for (SearchWords.Word w : q.search().words()) {
            all.add(Searches.anyContains(w, List.of(ACCOUNT.NUMBER, ACCOUNT.NAME, ACCOUNT.CURRENCY),
                    List.of(ACCOUNT.CREDIT_BALANCE, INVOICE_BALANCE)));
        }
        return DSL.and(all);
    }
}
