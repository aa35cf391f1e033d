package com.settle.store;

import com.settle.domain.model.DocumentStatus;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import static com.settle.store.jooq.Tables.DOCUMENT;

import com.settle.domain.model.DocumentType;
import com.settle.store.DocumentRepository.NewItem;
import com.settle.store.PaymentRepository.NewPayment;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes what an import creates, in batches of rows (plain JDBC where a million rows make jOOQ's per-row
 * binding count), each record with its source reference and import batch. Same rows as the one-by-one
 * writes of the repositories.
 */
public final class ImportWriter {

    /** A document's header: its items follow, so its amount is the total the import already knows. */
    public record NewHeader(DocumentType type, long accountId, String currency, LocalDate documentDate,
                            LocalDate dueDate, BigDecimal amount, String sourceReference) {
    }

    /** An item of a document written before, at its place among the document's items. */
    public record NewItemOf(long documentId, int ordinal, NewItem item) {
    }

    /** Documents written as drafts, numbered in a block per type; returns their ids and numbers in order. */
    public List<Map.Entry<Long, String>> headers(DSLContext tx, List<NewHeader> docs, long batchId,
                                                 OffsetDateTime now) {
        Map<DocumentType, Long> next = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            int count = (int) docs.stream().filter(d -> d.type() == type).count();
            if (count > 0) {
                next.put(type, Numbers.nextBlock(tx, type.prefix(), count));
            }
        }
        List<String> numbers = new ArrayList<>(docs.size());
        var insert = tx.batch(tx.insertInto(DOCUMENT, DOCUMENT.DOC_TYPE, DOCUMENT.NUMBER, DOCUMENT.ACCOUNT_ID,
                DOCUMENT.CURRENCY, DOCUMENT.DOCUMENT_DATE, DOCUMENT.DUE_DATE, DOCUMENT.STATUS, DOCUMENT.AMOUNT,
                DOCUMENT.BALANCE, DOCUMENT.CREATED_AT, DOCUMENT.SOURCE_REFERENCE, DOCUMENT.IMPORT_BATCH_ID)
                .values((String) null, null, null, null, null, null, null, null, null, null, null, null));
        for (NewHeader doc : docs) {
            String number = Numbers.format(doc.type().prefix(), next.merge(doc.type(), 1L, Long::sum) - 1);
            numbers.add(number);
            insert.bind(doc.type().code(), number, doc.accountId(), doc.currency(), doc.documentDate(), doc.dueDate(),
                    DocumentStatus.DRAFT, doc.amount(), doc.amount(), now, doc.sourceReference(), batchId);
        }
        if (!docs.isEmpty()) {
            insert.execute();
        }
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < numbers.size(); i += 1000) {
            tx.select(DOCUMENT.NUMBER, DOCUMENT.ID).from(DOCUMENT)
                    .where(DOCUMENT.NUMBER.in(numbers.subList(i, Math.min(numbers.size(), i + 1000))))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return numbers.stream().map(n -> Map.entry(ids.get(n), n)).toList();
    }

    /** Items of documents written by {@link #headers}, one JDBC batch. */
    public void items(DSLContext tx, List<NewItemOf> items) {
        tx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_item (document_id, ordinal,"
                    + " charge_name, description, service_start, service_end, quantity, unit_price, amount,"
                    + " accounting_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (NewItemOf i : items) {
                    NewItem item = i.item();
                    ps.setLong(1, i.documentId());
                    ps.setInt(2, i.ordinal());
                    ps.setString(3, item.chargeName());
                    ps.setString(4, item.description());
                    ps.setObject(5, item.serviceStart());
                    ps.setObject(6, item.serviceEnd());
                    ps.setBigDecimal(7, item.quantity());
                    ps.setBigDecimal(8, item.unitPrice());
                    ps.setBigDecimal(9, item.amount());
                    ps.setString(10, item.accountingCode());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Gives the batch's items their balance rows, then posts the documents to post. */
    public void finishDocuments(DSLContext tx, long batchId, List<Long> toPost, OffsetDateTime now) {
        tx.execute("INSERT INTO document_item_balance (item_id, amount, balance) SELECT i.id, i.amount, i.amount"
                + " FROM document_item i JOIN document d ON d.id = i.document_id WHERE d.import_batch_id = ?", batchId);
        var post = tx.batch(tx.update(DOCUMENT).set(DOCUMENT.STATUS, DocumentStatus.POSTED).set(DOCUMENT.POSTED_AT, now)
                .set(DOCUMENT.VERSION, DOCUMENT.VERSION.plus(DSL.inline(1))).where(DOCUMENT.ID.eq((Long) null)));
        toPost.forEach(id -> post.bind(DocumentStatus.POSTED, now, id));
        HistoryChain.note(ChainKind.DOCUMENT_POSTED, toPost);
        if (!toPost.isEmpty()) {
            post.execute();
        }
    }

    /** Processed payments, all unapplied, numbered in one block; returns their numbers in order. */
    public List<String> payments(DSLContext tx, List<NewPayment> list, List<String> references, long batchId,
                                 long userId, OffsetDateTime now) {
        if (list.isEmpty()) {
            return List.of();
        }
        long first = Numbers.nextBlock(tx, "P", list.size());
        List<String> numbers = new ArrayList<>(list.size());
        tx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO payment (number, account_id, currency,"
                    + " amount, effective_date, method, reference, comment, status, applied_amount, unapplied_amount,"
                    + " refunded_amount, transferred_amount, created_by_id, created_at, source_reference,"
                    + " import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Processed', 0, ?, 0, 0, ?, ?, ?, ?)")) {
                for (int i = 0; i < list.size(); i++) {
                    NewPayment p = list.get(i);
                    String number = Numbers.format("P", first + i);
                    numbers.add(number);
                    ps.setString(1, number);
                    ps.setLong(2, p.accountId());
                    ps.setString(3, p.currency());
                    ps.setBigDecimal(4, p.amount());
                    ps.setObject(5, p.effectiveDate());
                    ps.setString(6, p.method().code());
                    ps.setString(7, p.reference());
                    ps.setString(8, p.comment());
                    ps.setBigDecimal(9, p.amount());
                    ps.setLong(10, userId);
                    ps.setObject(11, now);
                    ps.setString(12, references.get(i));
                    ps.setLong(13, batchId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        return numbers;
    }
}
