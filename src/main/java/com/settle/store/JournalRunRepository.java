package com.settle.store;

import static com.settle.store.jooq.Tables.APP_USER;
import static com.settle.store.jooq.Tables.CREDIT_BALANCE_ADJUSTMENT;
import static com.settle.store.jooq.Tables.JOURNAL_IGNORE;
import static com.settle.store.jooq.Tables.JOURNAL_RUN;
import static com.settle.store.jooq.Tables.JOURNAL_RUN_RECORD;

import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.JournalRun;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import com.settle.store.jooq.tables.records.JournalRunRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Journal runs and the records each took; a run's status is the only thing that changes. */
public final class JournalRunRepository {

    public JournalRunRecord insert(DSLContext tx, LocalDate through, long userId, OffsetDateTime at) {
        JournalRunRecord r = tx.newRecord(JOURNAL_RUN);
        r.setNumber(Numbers.next(tx, "JR"));
        r.setThroughDate(through);
        r.setStatus(JournalRun.PROCESSING);
        r.setRecordCount(0);
        r.setCreatedById(userId);
        r.setCreatedAt(at);
        r.store();
        return r;
    }

    public void setCount(DSLContext tx, long runId, int count) {
        tx.update(JOURNAL_RUN).set(JOURNAL_RUN.RECORD_COUNT, count).where(JOURNAL_RUN.ID.eq(runId)).execute();
    }

    public Optional<JournalRunRecord> lock(DSLContext tx, String number) {
        return tx.selectFrom(JOURNAL_RUN).where(JOURNAL_RUN.NUMBER.eq(number)).forUpdate().fetchOptional();
    }

    public void mark(DSLContext tx, long runId, String status, String note, long userId, OffsetDateTime at) {
        tx.update(JOURNAL_RUN).set(JOURNAL_RUN.STATUS, status).set(JOURNAL_RUN.NOTE, note)
                .set(JOURNAL_RUN.MARKED_BY_ID, userId).set(JOURNAL_RUN.MARKED_AT, at)
                .where(JOURNAL_RUN.ID.eq(runId)).execute();
        HistoryChain.note(ChainKind.JOURNAL_RUN_MARKED, runId);
    }

    /**
     * Keeps the seed's TransferredToAccounting of the run's adjustments in step with the run: Yes when it was
     * transferred, Error when it failed (cancellations count for the adjustment they cancel).
     */
    public void markAdjustments(DSLContext tx, long runId, AccountingTransfer value, long userId, OffsetDateTime at) {
        tx.update(CREDIT_BALANCE_ADJUSTMENT).set(CREDIT_BALANCE_ADJUSTMENT.TRANSFERRED_TO_ACCOUNTING, value)
                .set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_BY_ID, userId).set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_DATE, at)
                .where(CREDIT_BALANCE_ADJUSTMENT.ID.in(tx.select(JOURNAL_RUN_RECORD.RECORD_ID)
                        .from(JOURNAL_RUN_RECORD).where(JOURNAL_RUN_RECORD.RUN_ID.eq(runId))
                        .and(JOURNAL_RUN_RECORD.RECORD_KIND.in("ADJUSTMENT", "ADJUSTMENT_CANCELED"))))
                .and(CREDIT_BALANCE_ADJUSTMENT.TRANSFERRED_TO_ACCOUNTING.ne(AccountingTransfer.IGNORE))
                .execute();
    }

    /**
     * The journal records a number stands for (a payment and its cancellation, a document's posting and its
     * cancellation, a refund, a write-off and its reversal): record kind and id. Empty when the number is none of
     * these.
     */
    public List<String[]> recordsOf(DSLContext tx, String number) {
        return tx.fetch("""
                SELECT 'PAYMENT', id FROM payment WHERE number = ?
                UNION ALL SELECT 'PAYMENT_CANCELED', id FROM payment WHERE number = ? AND status = 'Canceled'
                UNION ALL SELECT 'DOCUMENT_POSTED', id FROM document WHERE number = ? AND posted_at IS NOT NULL
                UNION ALL SELECT 'DOCUMENT_CANCELED', id FROM document WHERE number = ? AND posted_at IS NOT NULL
                  AND status = 'Canceled'
                UNION ALL SELECT 'REFUND', id FROM refund WHERE number = ? AND source = 'Payment'
                UNION ALL SELECT 'WRITE_OFF', id FROM write_off WHERE number = ?
                UNION ALL SELECT 'WRITE_OFF_REVERSAL', x.id FROM write_off_reversal x JOIN write_off w
                  ON w.id = x.write_off_id WHERE w.number = ?""", number, number, number, number, number, number,
                number).map(r -> new String[] {r.get(0, String.class), String.valueOf(r.get(1, Long.class))});
    }

    /** The run (Processing or Transferred) that already took the record, if any. */
    public Optional<String> runOf(DSLContext tx, String kind, long id) {
        return tx.select(JOURNAL_RUN.NUMBER).from(JOURNAL_RUN_RECORD).join(JOURNAL_RUN)
                .on(JOURNAL_RUN.ID.eq(JOURNAL_RUN_RECORD.RUN_ID)).where(JOURNAL_RUN_RECORD.RECORD_KIND.eq(kind))
                .and(JOURNAL_RUN_RECORD.RECORD_ID.eq(id)).and(JOURNAL_RUN.STATUS.ne(JournalRun.ERROR))
                .fetchOptional(JOURNAL_RUN.NUMBER);
    }

    /** Takes the record out of every run from now on; false when it already was. */
    public boolean ignore(DSLContext tx, String kind, long id, long userId, OffsetDateTime at) {
        return tx.insertInto(JOURNAL_IGNORE).set(JOURNAL_IGNORE.RECORD_KIND, kind).set(JOURNAL_IGNORE.RECORD_ID, id)
                .set(JOURNAL_IGNORE.IGNORED_BY_ID, userId).set(JOURNAL_IGNORE.IGNORED_AT, at)
                .onDuplicateKeyIgnore().execute() > 0;
    }

    /** Every run, newest first. */
    public List<JournalRun> list(DSLContext tx) {
        return tx.select(JOURNAL_RUN.NUMBER, JOURNAL_RUN.THROUGH_DATE, JOURNAL_RUN.STATUS, JOURNAL_RUN.RECORD_COUNT,
                        JOURNAL_RUN.NOTE, APP_USER.DISPLAY_NAME, JOURNAL_RUN.CREATED_AT)
                .from(JOURNAL_RUN).join(APP_USER).on(APP_USER.ID.eq(JOURNAL_RUN.CREATED_BY_ID))
                .orderBy(JOURNAL_RUN.ID.desc())
                .fetch(r -> new JournalRun(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }
}
