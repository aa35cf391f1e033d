package com.settle.store;

import static com.settle.store.jooq.Tables.APPLICATION;
import static com.settle.store.jooq.Tables.APPLICATION_DOCUMENT;
import static com.settle.store.jooq.Tables.APPLICATION_ITEM;

import com.settle.store.jooq.tables.records.ApplicationItemRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

    /** Stores an application with all its lines; returns its id. */
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
        List<ApplicationItemRecord> items = new ArrayList<>();
        for (DocumentLine line : lines) {
            long docLineId = tx.insertInto(APPLICATION_DOCUMENT)
                    .set(APPLICATION_DOCUMENT.APPLICATION_ID, applicationId)
                    .set(APPLICATION_DOCUMENT.DOCUMENT_ID, line.documentId())
                    .set(APPLICATION_DOCUMENT.AMOUNT, line.amount())
                    .returningResult(APPLICATION_DOCUMENT.ID)
                    .fetchSingle().value1();
            for (ItemLine item : line.items()) {
                ApplicationItemRecord r = tx.newRecord(APPLICATION_ITEM);
                r.setApplicationDocumentId(docLineId);
                r.setDocumentItemId(item.itemId());
                r.setAmount(item.amount());
                items.add(r);
            }
        }
        tx.batchInsert(items).execute();
        return applicationId;
    }
}
