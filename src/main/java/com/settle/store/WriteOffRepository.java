package com.settle.store;

import static com.settle.store.jooq.Tables.DOCUMENT;
import static com.settle.store.jooq.Tables.WRITE_OFF;
import static com.settle.store.jooq.Tables.WRITE_OFF_ITEM;
import static com.settle.store.jooq.Tables.WRITE_OFF_REVERSAL;

import com.settle.store.jooq.tables.records.WriteOffRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Write-offs, their item lines and their reversals: rows are only ever added (the history guard holds them). */
public final class WriteOffRepository {

    /** The kind of a write-off that is an early-payment discount. */
    public static final String DISCOUNT = "Discount";

    /** A new write-off: which document, how much in total, its date, codes and the payment that offered it. */
    public record NewWriteOff(String kind, long accountId, long documentId, String currency, BigDecimal amount,
                              LocalDate date, String reasonCode, String accountingCode, String comment,
                              Long paymentId) {
    }

    public WriteOffRecord insert(DSLContext tx, NewWriteOff w, Map<Long, BigDecimal> byItem, long userId,
                                 OffsetDateTime at) {
        WriteOffRecord r = tx.newRecord(WRITE_OFF);
        r.setNumber(Numbers.next(tx, "WO"));
        r.setKind(w.kind());
        r.setAccountId(w.accountId());
        r.setDocumentId(w.documentId());
        r.setCurrency(w.currency());
        r.setAmount(w.amount());
        r.setEffectiveDate(w.date());
        r.setReasonCode(w.reasonCode());
        r.setAccountingCode(w.accountingCode());
        r.setComment(w.comment());
        r.setPaymentId(w.paymentId());
        r.setCreatedById(userId);
        r.setCreatedAt(at);
        r.store();
        var lines = tx.batch(tx.insertInto(WRITE_OFF_ITEM, WRITE_OFF_ITEM.WRITE_OFF_ID, WRITE_OFF_ITEM.DOCUMENT_ITEM_ID,
                WRITE_OFF_ITEM.AMOUNT).values((Long) null, null, null));
        byItem.forEach((item, amount) -> lines.bind(r.getId(), item, amount));
        lines.execute();
        return r;
    }

    public Optional<WriteOffRecord> find(DSLContext tx, String number) {
        return tx.selectFrom(WRITE_OFF).where(WRITE_OFF.NUMBER.eq(number)).fetchOptional();
    }

    public boolean reversed(DSLContext tx, long writeOffId) {
        return tx.fetchExists(WRITE_OFF_REVERSAL, WRITE_OFF_REVERSAL.WRITE_OFF_ID.eq(writeOffId));
    }

    /** The write-off's lines: item id and amount. */
    public Map<Long, BigDecimal> items(DSLContext tx, long writeOffId) {
        return tx.select(WRITE_OFF_ITEM.DOCUMENT_ITEM_ID, WRITE_OFF_ITEM.AMOUNT).from(WRITE_OFF_ITEM)
                .where(WRITE_OFF_ITEM.WRITE_OFF_ID.eq(writeOffId)).fetchMap(WRITE_OFF_ITEM.DOCUMENT_ITEM_ID,
                        WRITE_OFF_ITEM.AMOUNT);
    }

    public void reverse(DSLContext tx, long writeOffId, LocalDate date, String comment, long userId,
                        OffsetDateTime at) {
        tx.insertInto(WRITE_OFF_REVERSAL).set(WRITE_OFF_REVERSAL.WRITE_OFF_ID, writeOffId)
                .set(WRITE_OFF_REVERSAL.EFFECTIVE_DATE, date).set(WRITE_OFF_REVERSAL.COMMENT, comment)
                .set(WRITE_OFF_REVERSAL.CREATED_BY_ID, userId).set(WRITE_OFF_REVERSAL.CREATED_AT, at).execute();
    }

    /** A document's write-offs not reversed, as "WO-00000001 0.03" lines for its page. */
    public List<WriteOffRecord> live(DSLContext tx, long documentId) {
        return tx.selectFrom(WRITE_OFF).where(WRITE_OFF.DOCUMENT_ID.eq(documentId))
                .andNotExists(tx.selectOne().from(WRITE_OFF_REVERSAL)
                        .where(WRITE_OFF_REVERSAL.WRITE_OFF_ID.eq(WRITE_OFF.ID))).orderBy(WRITE_OFF.ID).fetch();
    }

    /** By document number, the early-payment discounts an account's documents have, not reversed. */
    public Map<String, BigDecimal> discountsTaken(DSLContext tx, long accountId) {
        return tx.select(DOCUMENT.NUMBER, DSL.sum(WRITE_OFF.AMOUNT)).from(WRITE_OFF)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(WRITE_OFF.DOCUMENT_ID))
                .where(WRITE_OFF.ACCOUNT_ID.eq(accountId)).and(WRITE_OFF.KIND.eq(DISCOUNT))
                .andNotExists(tx.selectOne().from(WRITE_OFF_REVERSAL)
                        .where(WRITE_OFF_REVERSAL.WRITE_OFF_ID.eq(WRITE_OFF.ID)))
                .groupBy(DOCUMENT.NUMBER).fetchMap(DOCUMENT.NUMBER, DSL.sum(WRITE_OFF.AMOUNT));
    }

    /** What a document's early-payment discounts add up to, not reversed. */
    public BigDecimal discountTaken(DSLContext tx, long documentId) {
        BigDecimal sum = tx.select(DSL.sum(WRITE_OFF.AMOUNT)).from(WRITE_OFF)
                .where(WRITE_OFF.DOCUMENT_ID.eq(documentId)).and(WRITE_OFF.KIND.eq(DISCOUNT))
                .andNotExists(tx.selectOne().from(WRITE_OFF_REVERSAL)
                        .where(WRITE_OFF_REVERSAL.WRITE_OFF_ID.eq(WRITE_OFF.ID))).fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
