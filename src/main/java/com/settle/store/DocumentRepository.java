package com.settle.store;

import com.settle.domain.model.DocumentStatus;
import static com.settle.store.jooq.Tables.DOCUMENT;
import static com.settle.store.jooq.Tables.DOCUMENT_ITEM;
import static com.settle.store.jooq.Tables.DOCUMENT_ITEM_BALANCE;

import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import com.settle.store.jooq.tables.records.DocumentItemRecord;
import com.settle.store.jooq.tables.records.DocumentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** Invoices and debit memos with their items. */
public final class DocumentRepository {

    /** One item of a new document; {@code amount} is already at the currency's scale. */
    public record NewItem(String chargeName, String description, LocalDate serviceStart, LocalDate serviceEnd,
                          BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String accountingCode) {
    }

    /** A new document; when posted its balance starts equal to its amount. */
    public record NewDocument(DocumentType type, long accountId, String currency, LocalDate documentDate,
                              LocalDate dueDate, String comment, boolean posted, List<NewItem> items) {
    }

    public DocumentRecord insert(DSLContext tx, NewDocument doc, OffsetDateTime now) {
        BigDecimal total = doc.items().stream().map(NewItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        DocumentRecord d = tx.newRecord(DOCUMENT);
        d.setDocType(doc.type().code());
        d.setNumber(Numbers.next(tx, doc.type().prefix()));
        d.setAccountId(doc.accountId());
        d.setCurrency(doc.currency());
        d.setDocumentDate(doc.documentDate());
        d.setDueDate(doc.dueDate());
        // Written as a draft with its items, then posted: the database refuses items on a posted document.
        d.setStatus(DocumentStatus.DRAFT);
        d.setAmount(total);
        d.setBalance(total);
        d.setComment(doc.comment());
        d.setCreatedAt(now);
        d.store();
        insertItems(tx, d.getId(), doc.items());
        if (doc.posted()) {
            setStatus(tx, d.getId(), DocumentStatus.POSTED, now);
            d.refresh();
        }
        return d;
    }

    private static void insertItems(DSLContext tx, long documentId, List<NewItem> newItems) {
        List<DocumentItemRecord> items = new ArrayList<>(newItems.size());
        int ordinal = 1;
        for (NewItem item : newItems) {
            DocumentItemRecord r = tx.newRecord(DOCUMENT_ITEM);
            r.setDocumentId(documentId);
            r.setOrdinal(ordinal++);
            r.setChargeName(item.chargeName());
            r.setDescription(item.description());
            r.setServiceStart(item.serviceStart());
            r.setServiceEnd(item.serviceEnd());
            r.setQuantity(item.quantity());
            r.setUnitPrice(item.unitPrice());
            r.setAmount(item.amount());
            r.setAccountingCode(item.accountingCode());
            items.add(r);
        }
        tx.batchInsert(items).execute();
        tx.execute("INSERT INTO document_item_balance (item_id, amount, balance)"
                + " SELECT id, amount, amount FROM document_item WHERE document_id = ?", documentId);
    }

    /**
     * Rewrites a draft: its dates, comment and items (the old items go; a draft has no history), then
     * posts it when asked. The caller has locked the draft and checked that it is one.
     */
    public void replaceDraft(DSLContext tx, long id, NewDocument doc, OffsetDateTime now) {
        tx.execute("DELETE FROM document_item_balance WHERE item_id IN"
                + " (SELECT id FROM document_item WHERE document_id = ?)", id);
        tx.deleteFrom(DOCUMENT_ITEM).where(DOCUMENT_ITEM.DOCUMENT_ID.eq(id)).execute();
        BigDecimal total = doc.items().stream().map(NewItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        tx.update(DOCUMENT).set(DOCUMENT.DOCUMENT_DATE, doc.documentDate()).set(DOCUMENT.DUE_DATE, doc.dueDate())
                .set(DOCUMENT.COMMENT, doc.comment()).set(DOCUMENT.AMOUNT, total).set(DOCUMENT.BALANCE, total)
                .set(DOCUMENT.VERSION, DOCUMENT.VERSION.plus(1)).where(DOCUMENT.ID.eq(id)).execute();
        insertItems(tx, id, doc.items());
        if (doc.posted()) {
            setStatus(tx, id, DocumentStatus.POSTED, now);
        }
    }

    /** Posted (with posted_at) or Canceled (with canceled_at); the version moves so open dialogs see it. */
    public void setStatus(DSLContext tx, long id, DocumentStatus status, OffsetDateTime now) {
        HistoryChain.note(status == DocumentStatus.POSTED ? ChainKind.DOCUMENT_POSTED : ChainKind.DOCUMENT_CANCELED, id);
        var update = tx.update(DOCUMENT).set(DOCUMENT.STATUS, status).set(DOCUMENT.VERSION, DOCUMENT.VERSION.plus(1));
        ((status == DocumentStatus.POSTED) ? update.set(DOCUMENT.POSTED_AT, now) : update.set(DOCUMENT.CANCELED_AT, now))
                .where(DOCUMENT.ID.eq(id)).execute();
    }

    public Optional<DocumentRecord> findByNumber(DSLContext tx, String number) {
        return tx.selectFrom(DOCUMENT).where(DOCUMENT.NUMBER.eq(number)).fetchOptional();
    }

    /** Reads and locks the document row until the transaction ends. */
    public DocumentRecord lock(DSLContext tx, long id) {
        return tx.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).forUpdate().fetchSingle();
    }

    /** An item with its open balance (kept in document_item_balance). */
    public record ItemRow(long id, long documentId, int ordinal, BigDecimal amount, BigDecimal balance) {
    }

    private static SelectOnConditionStep<Record5<Long, Long, Integer, BigDecimal, BigDecimal>>
            selectItems(DSLContext tx) {
        return tx.select(DOCUMENT_ITEM.ID, DOCUMENT_ITEM.DOCUMENT_ID, DOCUMENT_ITEM.ORDINAL, DOCUMENT_ITEM.AMOUNT,
                        DOCUMENT_ITEM_BALANCE.BALANCE)
                .from(DOCUMENT_ITEM).join(DOCUMENT_ITEM_BALANCE).on(DOCUMENT_ITEM_BALANCE.ITEM_ID.eq(DOCUMENT_ITEM.ID));
    }

    private static ItemRow itemRow(Record5<Long, Long, Integer, BigDecimal, BigDecimal> r) {
        return new ItemRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }

    public List<ItemRow> items(DSLContext tx, long documentId) {
        return selectItems(tx).where(DOCUMENT_ITEM.DOCUMENT_ID.eq(documentId)).orderBy(DOCUMENT_ITEM.ORDINAL)
                .fetch(DocumentRepository::itemRow);
    }

    /** The items of several documents, by document and line number. */
    public List<ItemRow> items(DSLContext tx, Collection<Long> documentIds) {
        return selectItems(tx).where(IdSet.among(DOCUMENT_ITEM.DOCUMENT_ID, documentIds))
                .orderBy(DOCUMENT_ITEM.DOCUMENT_ID, DOCUMENT_ITEM.ORDINAL).fetch(DocumentRepository::itemRow);
    }

    public ItemRow item(DSLContext tx, long itemId) {
        return selectItems(tx).where(DOCUMENT_ITEM.ID.eq(itemId)).fetchSingle(DocumentRepository::itemRow);
    }

    /** Posted documents of the account with a positive balance, oldest due first. */
    public List<DocumentRecord> openDocuments(DSLContext tx, long accountId) {
        return tx.selectFrom(DOCUMENT)
                .where(DOCUMENT.ACCOUNT_ID.eq(accountId))
                .and(DOCUMENT.STATUS.eq(DocumentStatus.POSTED))
                .and(DOCUMENT.BALANCE.ge(Amounts.ABOVE_ZERO))
                .orderBy(DOCUMENT.DUE_DATE, DOCUMENT.DOCUMENT_DATE, DOCUMENT.NUMBER)
                .fetch();
    }

    /** Adds {@code delta} (signed) to an item's balance and to its document's; CHECKs refuse an out-of-range result. */
    public void addToBalance(DSLContext tx, long documentId, long itemId, BigDecimal delta) {
        tx.update(DOCUMENT_ITEM_BALANCE).set(DOCUMENT_ITEM_BALANCE.BALANCE, DOCUMENT_ITEM_BALANCE.BALANCE.plus(delta))
                .where(DOCUMENT_ITEM_BALANCE.ITEM_ID.eq(itemId)).execute();
        tx.update(DOCUMENT).set(DOCUMENT.BALANCE, DOCUMENT.BALANCE.plus(delta))
                .set(DOCUMENT.VERSION, DOCUMENT.VERSION.plus(1))
                .where(DOCUMENT.ID.eq(documentId)).execute();
    }

    /**
     * Adds signed amounts to many items' balances and to their documents' balances in two batches (on a team
     * server, two statements over arrays: its triggers on documents then run once, not once a row). The table
     * CHECKs refuse any balance outside 0..amount.
     */
    public void addToBalances(DSLContext tx, Map<Long, BigDecimal> byItem,
                              Map<Long, BigDecimal> byDocument) {
        if (Engine.of(tx) == Engine.POSTGRESQL) {
            if (!byItem.isEmpty()) {
                tx.execute("UPDATE document_item_balance t SET balance = t.balance + s.delta FROM"
                        + " unnest(CAST(? AS bigint[]), CAST(? AS numeric[])) AS s (id, delta) WHERE t.item_id = s.id",
                        byItem.keySet().toArray(Long[]::new), byItem.values().toArray(BigDecimal[]::new));
            }
            if (!byDocument.isEmpty()) {
                tx.execute("UPDATE document t SET balance = t.balance + s.delta, version = t.version + 1 FROM"
                        + " unnest(CAST(? AS bigint[]), CAST(? AS numeric[])) AS s (id, delta) WHERE t.id = s.id",
                        byDocument.keySet().toArray(Long[]::new), byDocument.values().toArray(BigDecimal[]::new));
            }
            return;
        }
        var items = tx.batch(tx.update(DOCUMENT_ITEM_BALANCE)
                .set(DOCUMENT_ITEM_BALANCE.BALANCE, DOCUMENT_ITEM_BALANCE.BALANCE.plus((BigDecimal) null))
                .where(DOCUMENT_ITEM_BALANCE.ITEM_ID.eq((Long) null)));
        byItem.forEach((id, delta) -> items.bind(delta, id));
        if (!byItem.isEmpty()) {
            items.execute();
        }
        var docs = tx.batch(tx.update(DOCUMENT)
                .set(DOCUMENT.BALANCE, DOCUMENT.BALANCE.plus((BigDecimal) null))
                .set(DOCUMENT.VERSION, DOCUMENT.VERSION.plus(DSL.inline(1)))
                .where(DOCUMENT.ID.eq((Long) null)));
        byDocument.forEach((id, delta) -> docs.bind(delta, id));
        if (!byDocument.isEmpty()) {
            docs.execute();
        }
    }

    public List<DocumentSummary> summaries(DSLContext tx) {
        return summaries(tx, DSL.noCondition());
    }

    /** The invoices and debit memos of one account, newest first. */
    public List<DocumentSummary> summaries(DSLContext tx, long accountId) {
        return summaries(tx, DOCUMENT.ACCOUNT_ID.eq(accountId));
    }

    private List<DocumentSummary> summaries(DSLContext tx, Condition where) {
        return DocumentListQueries.summaries(tx, where, DocumentListQueries.newestFirst());
    }
}
