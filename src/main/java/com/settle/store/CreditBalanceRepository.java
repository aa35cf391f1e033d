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

    public CreditBalanceAdjustmentRecord insert(DSLContext tx, NewAdjustment a, long userId, OffsetDateTime now) {
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

    /** Cancels: the only change besides reason code and transfer status the seed allows. */
    public void markCanceled(DSLContext tx, long id, long userId, OffsetDateTime now) {
        tx.update(CREDIT_BALANCE_ADJUSTMENT)
                .set(CREDIT_BALANCE_ADJUSTMENT.STATUS, "Canceled")
                .set(CREDIT_BALANCE_ADJUSTMENT.CANCELLED_ON, now)
                .set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_BY_ID, userId)
                .set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_DATE, now)
                .where(CREDIT_BALANCE_ADJUSTMENT.ID.eq(id))
                .execute();
    }
}
