package com.settle.store;

import static com.settle.store.jooq.Tables.APPLICATION;
import static com.settle.store.jooq.Tables.UNAPPLICATION;
import static com.settle.store.jooq.Tables.UNAPPLICATION_DOCUMENT;
import static com.settle.store.jooq.Tables.UNAPPLICATION_ITEM;

import com.settle.store.jooq.tables.records.UnapplicationItemRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Applications of payments to documents, written once and never changed. */
public final class ApplicationRepository {

    /** One item line of an application. */
    public record ItemLine(long itemId, BigDecimal amount) {
    }

    /** One document line of an application with its item lines; its amount is their sum. */
    public record DocumentLine(long documentId, List<ItemLine> items) {
        public BigDecimal amount() {
            return items.stream().map(ItemLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * Stores an application with all its lines and takes the amounts off the item and document
     * balances; returns its id. Lines go in as JDBC batches and the balances move in two set-based
     * statements, so an application of 150,000 item amounts costs little more than inserting them.
     */
    public long insert(DSLContext tx, long paymentId, LocalDate effectiveDate, String rule, List<DocumentLine> lines,
                       long userId, OffsetDateTime now) {
        BigDecimal total = lines.stream().map(DocumentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long applicationId = tx.insertInto(APPLICATION)
                .set(APPLICATION.PAYMENT_ID, paymentId)
                .set(APPLICATION.EFFECTIVE_DATE, effectiveDate)
                .set(APPLICATION.RULE, rule)
                .set(APPLICATION.AMOUNT, total)
                .set(APPLICATION.CREATED_BY_ID, userId)
                .set(APPLICATION.CREATED_AT, now)
                .returningResult(APPLICATION.ID)
                .fetchSingle().value1();
        tx.connection(c -> {
            try (var ps = c.prepareStatement(
                    "INSERT INTO application_document (application_id, document_id, amount) VALUES (?, ?, ?)")) {
                for (DocumentLine line : lines) {
                    ps.setLong(1, applicationId);
                    ps.setLong(2, line.documentId());
                    ps.setBigDecimal(3, line.amount());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Map<Long, Long> docLineIds = new HashMap<>();
            try (var ps = c.prepareStatement(
                    "SELECT document_id, id FROM application_document WHERE application_id = ?")) {
                ps.setLong(1, applicationId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        docLineIds.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            try (var ps = c.prepareStatement("INSERT INTO application_item (application_document_id,"
                    + " document_item_id, amount) VALUES (?, ?, ?)")) {
                Set<Long> seen = new HashSet<>();
                for (DocumentLine line : lines) {
                    long docLine = docLineIds.get(line.documentId());
                    for (ItemLine item : line.items()) {
                        if (!seen.add(item.itemId())) {
                            // The table has no unique key on (line, item) to keep writes cheap; this is the guard.
                            throw new IllegalArgumentException("item " + item.itemId() + " is on two lines");
                        }
                        ps.setLong(1, docLine);
                        ps.setLong(2, item.itemId());
                        ps.setBigDecimal(3, item.amount());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        });
        String items = """
                SELECT ai.document_item_id AS id, SUM(ai.amount) AS amt
                FROM application_item ai JOIN application_document ad ON ad.id = ai.application_document_id
                WHERE ad.application_id = ? GROUP BY ai.document_item_id""";
        String documents = "SELECT document_id AS id, amount AS amt FROM application_document WHERE application_id = ?";
        if (Engine.of(tx) == Engine.POSTGRESQL) {
            tx.execute("UPDATE document_item_balance t SET balance = t.balance - s.amt FROM (" + items + ") s"
                    + " WHERE t.item_id = s.id", applicationId);
            tx.execute("UPDATE document t SET balance = t.balance - s.amt, version = t.version + 1 FROM (" + documents
                    + ") s WHERE t.id = s.id", applicationId);
            return applicationId;
        }
        tx.execute("MERGE INTO document_item_balance t USING (" + items + ") s ON (t.item_id = s.id)"
                + " WHEN MATCHED THEN UPDATE SET t.balance = t.balance - s.amt", applicationId);
        tx.execute("MERGE INTO document t USING (" + documents + ") s ON (t.id = s.id)"
                + " WHEN MATCHED THEN UPDATE SET t.balance = t.balance - s.amt, t.version = t.version + 1",
                applicationId);
        return applicationId;
    }

    /** What is still applied on one item line of one application (its amount less what was reversed). */
    public record NetLine(long applicationId, LocalDate applicationDate, long applicationDocumentId, long documentId,
                          String documentNumber, long applicationItemId, long itemId, int ordinal, BigDecimal net) {
    }

    /** The payment's item lines with something still applied, newest application first, then document and item order. */
    public List<NetLine> netLines(DSLContext tx, long paymentId) {
        return tx.fetch("""
                SELECT x.id, x.effective_date, ad.id, ad.document_id, d.number, ai.id, ai.document_item_id, di.ordinal,
                  ai.amount - COALESCE((SELECT SUM(ui.amount) FROM unapplication_item ui
                                        WHERE ui.application_item_id = ai.id), 0)
                FROM application x
                JOIN application_document ad ON ad.application_id = x.id
                JOIN application_item ai ON ai.application_document_id = ad.id
                JOIN document d ON d.id = ad.document_id
                JOIN document_item di ON di.id = ai.document_item_id
                WHERE x.payment_id = ?
                ORDER BY x.id DESC, d.number, di.ordinal""", paymentId)
                .map(r -> new NetLine(r.get(0, Long.class), r.get(1, LocalDate.class), r.get(2, Long.class),
                        r.get(3, Long.class), r.get(4, String.class), r.get(5, Long.class), r.get(6, Long.class),
                        r.get(7, Integer.class), r.get(8, BigDecimal.class)))
                .stream().filter(l -> l.net().signum() > 0).toList();
    }

    /** One reversed item line: the application item line and how much of it is reversed. */
    public record ReversalLine(long applicationDocumentId, long applicationItemId, BigDecimal amount) {
    }

    /** Stores the reversal of part of one application; returns the unapplication's id. */
    public long insertUnapplication(DSLContext tx, long applicationId, LocalDate effectiveDate, String reasonCode,
                                    String comment, List<ReversalLine> lines, long userId, OffsetDateTime now) {
        BigDecimal total = lines.stream().map(ReversalLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long id = tx.insertInto(UNAPPLICATION)
                .set(UNAPPLICATION.APPLICATION_ID, applicationId)
                .set(UNAPPLICATION.EFFECTIVE_DATE, effectiveDate)
                .set(UNAPPLICATION.AMOUNT, total)
                .set(UNAPPLICATION.REASON_CODE, reasonCode)
                .set(UNAPPLICATION.COMMENT, comment)
                .set(UNAPPLICATION.CREATED_BY_ID, userId)
                .set(UNAPPLICATION.CREATED_AT, now)
                .returningResult(UNAPPLICATION.ID).fetchSingle().value1();
        Map<Long, List<ReversalLine>> byDocument = new LinkedHashMap<>();
        for (ReversalLine line : lines) {
            byDocument.computeIfAbsent(line.applicationDocumentId(), k -> new ArrayList<>()).add(line);
        }
        List<UnapplicationItemRecord> items = new ArrayList<>();
        for (var e : byDocument.entrySet()) {
            BigDecimal docTotal = e.getValue().stream().map(ReversalLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            long docLine = tx.insertInto(UNAPPLICATION_DOCUMENT)
                    .set(UNAPPLICATION_DOCUMENT.UNAPPLICATION_ID, id)
                    .set(UNAPPLICATION_DOCUMENT.APPLICATION_DOCUMENT_ID, e.getKey())
                    .set(UNAPPLICATION_DOCUMENT.AMOUNT, docTotal)
                    .returningResult(UNAPPLICATION_DOCUMENT.ID).fetchSingle().value1();
            for (ReversalLine line : e.getValue()) {
                UnapplicationItemRecord r = tx.newRecord(UNAPPLICATION_ITEM);
                r.setUnapplicationDocumentId(docLine);
                r.setApplicationItemId(line.applicationItemId());
                r.setAmount(line.amount());
                items.add(r);
            }
        }
        tx.batchInsert(items).execute();
        return id;
    }
}
