package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNT;
import static com.settle.store.jooq.Tables.DOCUMENT;
import static com.settle.store.jooq.Tables.DOCUMENT_ITEM;

import com.settle.domain.listing.DocumentListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.DocumentStanding;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import java.math.BigDecimal;
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
 * The invoices and debit memos list as the database answers it: a count and one page, filtered (the standing
 * worked out from status, amount and balance as {@link DocumentStanding} does), searched and sorted in SQL.
 */
public final class DocumentListQueries {

    private static final Map<String, Field<?>> SORTS = Map.of(
            DocumentListQuery.TYPE, DOCUMENT.DOC_TYPE,
            DocumentListQuery.NUMBER, DOCUMENT.NUMBER,
            DocumentListQuery.ACCOUNT, ACCOUNT.NUMBER,
            DocumentListQuery.DATE, DOCUMENT.DOCUMENT_DATE,
            DocumentListQuery.DUE, DOCUMENT.DUE_DATE,
            DocumentListQuery.AMOUNT, DOCUMENT.AMOUNT,
            DocumentListQuery.BALANCE, DOCUMENT.BALANCE,
            DocumentListQuery.STATUS, DOCUMENT.STATUS);

    private final SearchLimits limits;

    /** The list as the application reads it. */
    public DocumentListQueries() {
        this(SearchLimits.USUAL);
    }

    DocumentListQueries(SearchLimits limits) {
        this.limits = limits;
    }

    public int count(DSLContext tx, DocumentListQuery q) {
        boolean needsAccount = q.account() != null;
        var from = needsAccount ? tx.selectCount().from(DOCUMENT).join(ACCOUNT).on(ACCOUNT.ID.eq(DOCUMENT.ACCOUNT_ID))
                : tx.selectCount().from(DOCUMENT);
        return from.where(where(tx, q).counted()).fetchOne(0, Integer.class);
    }

    /** One page: its ids first (the documents alone when nothing asks for the account), then those rows in full. */
    public List<DocumentSummary> page(DSLContext tx, DocumentListQuery q, int offset, int limit) {
        boolean needsAccount = q.account() != null || DocumentListQuery.ACCOUNT.equals(q.sort().key());
        ListWhere where = where(tx, q);
        Condition rows = where.paged(offset + limit, (c, most) -> ids(tx, needsAccount).where(c).limit(most).fetch(DOCUMENT.ID),
                DOCUMENT.ID);
        List<Long> ids = ids(tx, needsAccount).where(rows).orderBy(order(q.sort())).offset(offset).limit(limit)
                .fetch(DOCUMENT.ID);
        return ids.isEmpty() ? List.of() : summaries(tx, IdSet.among(DOCUMENT.ID, ids), order(q.sort()));
    }

    private static SelectJoinStep<Record1<Long>> ids(DSLContext tx, boolean needsAccount) {
        return needsAccount ? tx.select(DOCUMENT.ID).from(DOCUMENT).join(ACCOUNT).on(ACCOUNT.ID.eq(DOCUMENT.ACCOUNT_ID))
                : tx.select(DOCUMENT.ID).from(DOCUMENT);
    }

    /**
     * Every row {@code where} picks, in {@code order}: a page's ids or one account's. No LIMIT: with one, H2 walked
     * the sort column's index in search of a page's 200 ids (an Invoices page by due date: 5.3 ms against 1.1).
     */
    static List<DocumentSummary> summaries(DSLContext tx, Condition where, List<SortField<?>> order) {
        var itemCount = DSL.field(DSL.selectCount().from(DOCUMENT_ITEM)
                .where(DOCUMENT_ITEM.DOCUMENT_ID.eq(DOCUMENT.ID)));
        return PlainRows.read(tx.select(DOCUMENT.DOC_TYPE, DOCUMENT.NUMBER, ACCOUNT.NUMBER, ACCOUNT.NAME,
                        DOCUMENT.DOCUMENT_DATE, DOCUMENT.DUE_DATE, DOCUMENT.CURRENCY, DOCUMENT.AMOUNT, DOCUMENT.BALANCE,
                        DOCUMENT.STATUS, itemCount)
                .from(DOCUMENT).join(ACCOUNT).on(ACCOUNT.ID.eq(DOCUMENT.ACCOUNT_ID))
                .where(where).orderBy(order), rs -> {
                    String currency = rs.getString(7);
                    return new DocumentSummary(DocumentType.fromCode(rs.getString(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class), Amounts.money(rs.getBigDecimal(8), currency),
                            Amounts.money(rs.getBigDecimal(9), currency), DocumentStatus.fromCode(rs.getString(10)),
                            rs.getInt(11));
                });
    }

    /** Newest first: the list's own order, and the order of an account's documents. */
    static List<SortField<?>> newestFirst() {
        return List.of(DOCUMENT.DOCUMENT_DATE.desc(), DOCUMENT.NUMBER.desc());
    }

    private static List<SortField<?>> order(ListSort sort) {
        return ListOrder.of(SORTS, sort, newestFirst(), DOCUMENT.ID);
    }

    /** The standing as SQL, the same cases as {@link DocumentStanding#of}. */
    static Condition standing(DocumentStanding s) {
        Condition posted = DOCUMENT.STATUS.eq(DocumentStatus.POSTED);
        Condition moved = DOCUMENT.BALANCE.ne(BigDecimal.ZERO).and(DOCUMENT.BALANCE.ne(DOCUMENT.AMOUNT));
        Condition sameSign = DSL.sign(DOCUMENT.BALANCE).eq(DSL.sign(DOCUMENT.AMOUNT));
        return switch (s) {
            case DRAFT -> DOCUMENT.STATUS.eq(DocumentStatus.DRAFT);
            case CANCELED -> DOCUMENT.STATUS.eq(DocumentStatus.CANCELED);
            case PAID -> posted.and(DOCUMENT.BALANCE.eq(BigDecimal.ZERO));
            case OPEN -> posted.and(DOCUMENT.BALANCE.ne(BigDecimal.ZERO)).and(DOCUMENT.BALANCE.eq(DOCUMENT.AMOUNT));
            case OVERPAID -> posted.and(moved).and(sameSign.not());
            case PARTLY_PAID -> posted.and(moved).and(sameSign);
        };
    }

    private ListWhere where(DSLContext tx, DocumentListQuery q) {
        ListWhere all = new ListWhere(limits);
        if (q.account() != null) {
            all.add(DSL.upper(ACCOUNT.NUMBER).eq(q.account().toUpperCase(Locale.ROOT)));
        }
        if (q.standing() != null) {
            all.add(standing(q.standing()));
        }
        if (q.openOnly()) {
            all.add(DOCUMENT.STATUS.eq(DocumentStatus.POSTED).and(DOCUMENT.BALANCE.ne(BigDecimal.ZERO)));
        }
        if (q.from() != null) {
            all.add(DOCUMENT.DOCUMENT_DATE.ge(q.from()));
        }
        if (q.to() != null) {
            all.add(DOCUMENT.DOCUMENT_DATE.le(q.to()));
        }
        for (SearchWords.Word w : q.search().words()) {
            RecordSearch.of(limits, DOCUMENT, DOCUMENT.ID, w).account(DOCUMENT.ACCOUNT_ID)
                    .number(DOCUMENT.NUMBER, DocumentType.INVOICE.prefix(), DocumentType.DEBIT_MEMO.prefix())
                    .coded(DOCUMENT.DOC_TYPE, DocumentType.values(), DocumentType::code, DocumentType::code,
                            DocumentType::label)
                    .coded(DOCUMENT.STATUS, DocumentStatus.values(), s -> s, DocumentStatus::code)
                    .currency().amount(DOCUMENT.AMOUNT).amount(DOCUMENT.BALANCE)
                    .orEveryColumn(Searches.anyContains(w, List.of(DOCUMENT.NUMBER, DOCUMENT.DOC_TYPE,
                            DOCUMENT.STATUS, DOCUMENT.CURRENCY),
                            List.of(DOCUMENT.AMOUNT, DOCUMENT.BALANCE)))
                    .addTo(all, tx);
        }
        return all;
    }
}
