package com.settle.store;

import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.AdjustmentStatus;
import static com.settle.store.jooq.Tables.CREDIT_BALANCE_ADJUSTMENT;
import static com.settle.store.jooq.Tables.CREDIT_BALANCE_ADJUSTMENT_ITEM;

import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.HistoryType;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import com.settle.store.jooq.Tables;
import com.settle.store.jooq.tables.records.AccountRecord;
import com.settle.store.jooq.tables.records.CreditBalanceAdjustmentItemRecord;
import com.settle.store.jooq.tables.records.CreditBalanceAdjustmentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** A stored adjustment's id and number. */
    public record Recorded(long id, String number) {
    }

    /**
     * Records several adjustments of accounts the caller has locked (with {@code locked} read under that
     * lock), their history lines, and the accounts' new balances, in a handful of statements whatever
     * their number: what a batch run needs. Same rows as {@link #record} one by one.
     */
    public List<Recorded> recordAll(DSLContext tx, List<NewAdjustment> list,
                                    Map<Long, AccountRecord> locked,
                                    long userId, OffsetDateTime now) {
        return recordAll(tx, list, locked, userId, now, null, null);
    }

    /**
     * The same for adjustments an import brings: each with its source reference ({@code references} in the
     * order of {@code list}) and the import batch.
     */
    public List<Recorded> recordAll(DSLContext tx, List<NewAdjustment> list,
                                    Map<Long, AccountRecord> locked,
                                    long userId, OffsetDateTime now, List<String> references, Long importBatchId) {
        if (list.isEmpty()) {
            return List.of();
        }
        long first = Numbers.nextBlock(tx, "CBA", list.size());
        var c = CREDIT_BALANCE_ADJUSTMENT;
        var insert = tx.insertInto(c, c.NUMBER, c.TYPE, c.AMOUNT, c.ACCOUNT_ID, c.SOURCE_TRANSACTION_TYPE,
                c.SOURCE_TRANSACTION_ID, c.SOURCE_TRANSACTION_NUMBER, c.REFERENCE_ID, c.HISTORY_TYPE, c.REASON_CODE,
                c.ACCOUNTING_CODE, c.COMMENT, c.ADJUSTMENT_DATE, c.STATUS, c.TRANSFERRED_TO_ACCOUNTING,
                c.CREATED_BY_ID, c.CREATED_DATE, c.UPDATED_BY_ID, c.UPDATED_DATE, c.SOURCE_REFERENCE,
                c.IMPORT_BATCH_ID);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            NewAdjustment a = list.get(i);
            String number = Numbers.format("CBA", first + i);
            numbers.add(number);
            insert = insert.values(Arrays.asList(number, a.type().code(), a.amount(), a.accountId(),
                    a.sourceTransactionType(), a.sourceTransactionId(), a.sourceTransactionNumber(), a.referenceId(),
                    a.historyType().code(), a.reasonCode(), a.accountingCode(), a.comment(), a.adjustmentDate(),
                    AdjustmentStatus.PROCESSED, AccountingTransfer.PROCESSING, userId, now, userId, now,
                    references == null ? null : references.get(i), importBatchId));
        }
        insert.execute();
        Map<String, Long> ids = tx.select(c.NUMBER, c.ID).from(c)
                .where(c.NUMBER.between(numbers.get(0), numbers.get(numbers.size() - 1))).fetchMap(c.NUMBER, c.ID);
        var e = Tables.CREDIT_BALANCE_ENTRY;
        var entries = tx.insertInto(e, e.ACCOUNT_ID, e.SEQ, e.ADJUSTMENT_ID, e.KIND, e.HISTORY_TYPE, e.AMOUNT,
                e.BALANCE_AFTER, e.ENTRY_DATE, e.CREATED_BY_ID, e.CREATED_AT);
        Map<Long, BigDecimal> balance = new LinkedHashMap<>();
        Map<Long, Integer> seq = new HashMap<>();
        List<Recorded> recorded = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            NewAdjustment a = list.get(i);
            var account = locked.get(a.accountId());
            BigDecimal signed = a.type() == AdjustmentType.INCREASE ? a.amount() : a.amount().negate();
            BigDecimal after = balance.getOrDefault(a.accountId(), account.getCreditBalance()).add(signed);
            int n = seq.getOrDefault(a.accountId(), account.getCreditEntries()) + 1;
            balance.put(a.accountId(), after);
            seq.put(a.accountId(), n);
            long id = ids.get(numbers.get(i));
            recorded.add(new Recorded(id, numbers.get(i)));
            entries = entries.values(a.accountId(), n, id, "Adjustment", a.historyType().code(), signed, after,
                    a.adjustmentDate(), userId, now);
        }
        entries.execute();
        var accounts = tx.batch(tx.query("UPDATE account SET credit_balance = ?, credit_entries = ?,"
                + " version = version + 1 WHERE id = ?", null, null, null));
        balance.forEach((id, b) -> accounts.bind(b, seq.get(id), id));
        accounts.execute();
        return recorded;
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
        r.setStatus(AdjustmentStatus.PROCESSED);
        r.setTransferredToAccounting(AccountingTransfer.PROCESSING);
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
    public void cancel(DSLContext tx, CreditBalanceAdjustmentRecord a, LocalDate date, long userId,
                       OffsetDateTime now) {
        markCanceled(tx, a.getId(), userId, now);
        boolean increase = AdjustmentType.fromCode(a.getType()) == AdjustmentType.INCREASE;
        HistoryType type = HistoryType.fromCode(a.getHistoryType()) == HistoryType.APPLIED_TO_INVOICE
                ? HistoryType.UNAPPLIED_FROM_INVOICE : HistoryType.ADJUSTMENT;
        appendEntry(tx, a.getAccountId(), a.getId(), "Cancellation", type,
                increase ? a.getAmount().negate() : a.getAmount(), date, userId, now);
    }

    private static void appendEntry(DSLContext tx, long accountId, long adjustmentId, String kind, HistoryType type,
                                    BigDecimal signed, LocalDate date, long userId, OffsetDateTime now) {
        var account = tx.fetchSingle(Engine.of(tx).updateReturning("UPDATE account"
                + " SET credit_balance = credit_balance + ?, credit_entries = credit_entries + 1,"
                + " version = version + 1 WHERE id = ?", "credit_balance, credit_entries"), signed, accountId);
        tx.execute("INSERT INTO credit_balance_entry (account_id, seq, adjustment_id, kind, history_type, amount,"
                + " balance_after, entry_date, created_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                accountId, account.get(1, Integer.class), adjustmentId, kind, type.code(), signed,
                account.get(0, BigDecimal.class), date, userId, now);
    }

    public Optional<CreditBalanceAdjustmentRecord> lockByNumber(DSLContext tx, String number) {
        return tx.selectFrom(CREDIT_BALANCE_ADJUSTMENT).where(CREDIT_BALANCE_ADJUSTMENT.NUMBER.eq(number))
                .forUpdate().fetchOptional();
    }

    /** Several adjustments' splits over document items, in one statement. */
    public void insertItems(DSLContext tx, Map<Long, Map<Long, BigDecimal>> byAdjustment) {
        var i = CREDIT_BALANCE_ADJUSTMENT_ITEM;
        var insert = tx.insertInto(i, i.ADJUSTMENT_ID, i.DOCUMENT_ITEM_ID, i.AMOUNT);
        boolean any = false;
        for (var a : byAdjustment.entrySet()) {
            for (var e : a.getValue().entrySet()) {
                insert = insert.values(a.getKey(), e.getKey(), e.getValue());
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    /** An adjustment's split over document items, in one statement. */
    public void insertItems(DSLContext tx, long adjustmentId, Map<Long, BigDecimal> byItem) {
        if (byItem.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(CREDIT_BALANCE_ADJUSTMENT_ITEM, CREDIT_BALANCE_ADJUSTMENT_ITEM.ADJUSTMENT_ID,
                CREDIT_BALANCE_ADJUSTMENT_ITEM.DOCUMENT_ITEM_ID, CREDIT_BALANCE_ADJUSTMENT_ITEM.AMOUNT);
        for (var e : byItem.entrySet()) {
            insert = insert.values(adjustmentId, e.getKey(), e.getValue());
        }
        insert.execute();
    }

    public List<CreditBalanceAdjustmentItemRecord> items(DSLContext tx, long adjustmentId) {
        return tx.selectFrom(CREDIT_BALANCE_ADJUSTMENT_ITEM)
                .where(CREDIT_BALANCE_ADJUSTMENT_ITEM.ADJUSTMENT_ID.eq(adjustmentId)).fetch();
    }

    /** The only other change the seed allows after creation: reason code and TransferredToAccounting. */
    public void update(DSLContext tx, long id, String reasonCode, AccountingTransfer transferredToAccounting, long userId,
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
        HistoryChain.note(ChainKind.ADJUSTMENT_CANCELED, id);
        tx.update(CREDIT_BALANCE_ADJUSTMENT)
                .set(CREDIT_BALANCE_ADJUSTMENT.STATUS, AdjustmentStatus.CANCELED)
                .set(CREDIT_BALANCE_ADJUSTMENT.CANCELLED_ON, now)
                .set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_BY_ID, userId)
                .set(CREDIT_BALANCE_ADJUSTMENT.UPDATED_DATE, now)
                .where(CREDIT_BALANCE_ADJUSTMENT.ID.eq(id))
                .execute();
    }
}
