package com.settle.store;

import static com.settle.store.jooq.Tables.CREDIT_BALANCE_ADJUSTMENT;
import static com.settle.store.jooq.Tables.CREDIT_BALANCE_ADJUSTMENT_ITEM;

import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.HistoryType;
import com.settle.store.jooq.tables.records.CreditBalanceAdjustmentItemRecord;
import com.settle.store.jooq.tables.records.CreditBalanceAdjustmentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Credit balance adjustments (CBAs): the append-only ledger of every account's credit balance. */
public final class CreditBalanceRepository {

    /** The fields a clerk or a use case gives when creating an adjustment (the seed's "Create" fields). */
    public record NewAdjustment(AdjustmentType type, BigDecimal amount, long accountId, String sourceTransactionType,
                                Long sourceTransactionId, String sourceTransactionNumber, String referenceId,
                                HistoryType historyType, String reasonCode, String accountingCode, String comment,
                                LocalDate adjustmentDate) {
    }

    private CreditBalanceAdjustmentRecord insert(DSLContext tx, NewAdjustment a, long userId, OffsetDateTime now) {
        CreditBalanceAdjustmentRecord r = tx.newRecord(CREDIT_BALANCE_ADJUSTMENT);
        r.setNumber(Numbers.next(tx, "CBA"));
        r.setType(a.type().code());
        r.setAmount(a.amount());
        r.setAccountId(a.accountId());
        r.setSourceTransactionType(a.sourceTransactionType());
        r.setSourceTransactionId(a.sourceTransactionId());
        r.setSourceTransactionNumber(a.sourceTransactionNumber());
        r.setReferenceId(a.referenceId());
        r.setHistoryType(a.historyType().code());
        r.setReasonCode(a.reasonCode());
        r.setAccountingCode(a.accountingCode());
        r.setComment(a.comment());
        r.setAdjustmentDate(a.adjustmentDate());
        r.setStatus("Processed");
        r.setTransferredToAccounting("Processing");
        r.setCreatedById(userId);
        r.setCreatedDate(now);
        r.setUpdatedById(userId);
        r.setUpdatedDate(now);
        r.store();
        return r;
    }

    /**
     * Records an adjustment and its line in the account's history, and moves the account's credit
     * balance. The caller holds the account's lock. The CHECK on the account refuses a negative balance.
     */
    public CreditBalanceAdjustmentRecord record(DSLContext tx, NewAdjustment a, long userId, OffsetDateTime now) {
        CreditBalanceAdjustmentRecord r = insert(tx, a, userId, now);
        BigDecimal signed = a.type() == AdjustmentType.INCREASE ? a.amount() : a.amount().negate();
        appendEntry(tx, a.accountId(), r.getId(), "Adjustment", a.historyType(), signed, a.adjustmentDate(), userId,
                now);
        return r;
    }

    /**
     * Cancels an adjustment: Status Canceled, CancelledOn now, and a reversing line in the history
     * (unapplied_from_invoice for an application to an invoice, adjustment otherwise).
     */
    public void cancel(DSLContext tx, CreditBalanceAdjustmentRecord a, java.time.LocalDate date, long userId,
                       OffsetDateTime now) {
        markCanceled(tx, a.getId(), userId, now);
        boolean increase = AdjustmentType.fromCode(a.getType()) == AdjustmentType.INCREASE;
        HistoryType type = HistoryType.fromCode(a.getHistoryType()) == HistoryType.APPLIED_TO_INVOICE
                ? HistoryType.UNAPPLIED_FROM_INVOICE : HistoryType.ADJUSTMENT;
        appendEntry(tx, a.getAccountId(), a.getId(), "Cancellation", type,
                increase ? a.getAmount().negate() : a.getAmount(), date, userId, now);
    }

    private static void appendEntry(DSLContext tx, long accountId, long adjustmentId, String kind, HistoryType type,
                                    BigDecimal signed, java.time.LocalDate date, long userId, OffsetDateTime now) {
        tx.execute("UPDATE account SET credit_balance = credit_balance + ?, credit_entries = credit_entries + 1,"
                + " version = version + 1 WHERE id = ?", signed, accountId);
        var account = tx.fetchSingle("SELECT credit_balance, credit_entries FROM account WHERE id = ?", accountId);
        tx.execute("INSERT INTO credit_balance_entry (account_id, seq, adjustment_id, kind, history_type, amount,"
                + " balance_after, entry_date, created_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                accountId, account.get(1, Integer.class), adjustmentId, kind, type.code(), signed,
                account.get(0, BigDecimal.class), date, userId, now);
    }

    public void insertItem(DSLContext tx, long adjustmentId, long itemId, BigDecimal amount) {
        CreditBalanceAdjustmentItemRecord r = tx.newRecord(CREDIT_BALANCE_ADJUSTMENT_ITEM);
        r.setAdjustmentId(adjustmentId);
        r.setDocumentItemId(itemId);
        r.setAmount(amount);
        r.store();
    }

    public Optional<CreditBalanceAdjustmentRecord> lockByNumber(DSLContext tx, String number) {
        return tx.selectFrom(CREDIT_BALANCE_ADJUSTMENT).where(CREDIT_BALANCE_ADJUSTMENT.NUMBER.eq(number))
                .forUpdate().fetchOptional();
    }

    public List<CreditBalanceAdjustmentItemRecord> items(DSLContext tx, long adjustmentId) {
        return tx.selectFrom(CREDIT_BALANCE_ADJUSTMENT_ITEM)
                .where(CREDIT_BALANCE_ADJUSTMENT_ITEM.ADJUSTMENT_ID.eq(adjustmentId)).fetch();
    }

    /** The only other change the seed allows after creation: reason code and TransferredToAccounting. */
    public void update(DSLContext tx, long id, String reasonCode, String transferredToAccounting, long userId,
                       OffsetDateTime now) {
        tx.update(CREDIT_BALANCE_ADJUSTMENT)
                .set(CREDIT_BALANCE_ADJUSTMENT.REASON_CODE, reasonCode)
                .set(CREDIT_BALANCE_ADJUSTMENT.TRANSFERRED_TO_ACCOUNTING, transferredToAccounting)
                .set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_BY_ID, userId)
                .set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_DATE, now)
                .where(CREDIT_BALANCE_ADJUSTMENT.ID.eq(id))
                .execute();
    }

    /** Cancels: the only change besides reason code and transfer status the seed allows. */
    private void markCanceled(DSLContext tx, long id, long userId, OffsetDateTime now) {
        tx.update(CREDIT_BALANCE_ADJUSTMENT)
                .set(CREDIT_BALANCE_ADJUSTMENT.STATUS, "Canceled")
                .set(CREDIT_BALANCE_ADJUSTMENT.CANCELLED_ON, now)
                .set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_BY_ID, userId)
                .set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_DATE, now)
                .where(CREDIT_BALANCE_ADJUSTMENT.ID.eq(id))
                .execute();
    }
}
