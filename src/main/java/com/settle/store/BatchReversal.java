package com.settle.store;

import com.settle.domain.model.AdjustmentStatus;
import static com.settle.store.jooq.Tables.CREDIT_BALANCE_ADJUSTMENT;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import com.settle.store.jooq.tables.records.CreditBalanceAdjustmentRecord;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What undoing an import batch reads and writes: for each kind, the records of the batch that something
 * has used since (they block the undo), and the set-based cancellation of the rest. Nothing is deleted:
 * payments and documents are canceled, accounts deactivated, adjustments canceled with their reversing line.
 */
public final class BatchReversal {

    /** A record that blocks an undo, and what was done with it (in the clerk's words, amounts with currency). */
    public record Blocker(String number, String what) {
    }

    private static final int SHOWN = 10;

    /** Payments of the batch with money applied, refunded or transferred. */
    public List<Blocker> paymentBlockers(DSLContext tx, long batchId) {
        return tx.resultQuery("SELECT number, currency, applied_amount, refunded_amount, transferred_amount"
                + " FROM payment WHERE import_batch_id = ? AND status = 'Processed' AND (applied_amount > 0"
                + " OR refunded_amount > 0 OR transferred_amount > 0) ORDER BY id LIMIT " + SHOWN, batchId)
                .fetch(r -> new Blocker(r.get(0, String.class), parts(r.get(1, String.class),
                        new String[] {"applied", "refunded", "transferred to credit"},
                        r.get(2, BigDecimal.class), r.get(3, BigDecimal.class),
                        r.get(4, BigDecimal.class))));
    }

    public int cancelPayments(DSLContext tx, long batchId, OffsetDateTime now) {
        HistoryChain.note(ChainKind.PAYMENT_CANCELED, tx.fetch("SELECT id FROM payment WHERE import_batch_id = ?"
                + " AND status = 'Processed'", batchId).getValues(0, Long.class));
        return tx.execute("UPDATE payment SET status = 'Canceled', canceled_at = ?, version = version + 1"
                + " WHERE import_batch_id = ? AND status = 'Processed'", now, batchId);
    }

    /** Documents of the batch with something applied to them or to one of their items. */
    public List<Blocker> documentBlockers(DSLContext tx, long batchId) {
        return tx.resultQuery("SELECT d.number, d.currency, d.amount - d.balance FROM document d"
                + " WHERE d.import_batch_id = ? AND d.status <> 'Canceled' AND (d.balance <> d.amount OR EXISTS"
                + " (SELECT 1 FROM document_item i JOIN document_item_balance b ON b.item_id = i.id"
                + " WHERE i.document_id = d.id AND b.balance <> b.amount)) ORDER BY d.id LIMIT " + SHOWN, batchId)
                .fetch(r -> new Blocker(r.get(0, String.class), parts(r.get(1, String.class),
                        new String[] {"paid or credited"}, r.get(2, BigDecimal.class))));
    }

    public int cancelDocuments(DSLContext tx, long batchId, OffsetDateTime now) {
        HistoryChain.note(ChainKind.DOCUMENT_CANCELED, tx.fetch("SELECT id FROM document WHERE import_batch_id = ?"
                + " AND status <> 'Canceled'", batchId).getValues(0, Long.class));
        return tx.execute("UPDATE document SET status = 'Canceled', canceled_at = ?, version = version + 1"
                + " WHERE import_batch_id = ? AND status <> 'Canceled'", now, batchId);
    }

    /** Accounts whose credit balance is now less than what the batch's processed adjustments added to it. */
    public List<Blocker> creditBlockers(DSLContext tx, long batchId) {
        return tx.resultQuery("SELECT a.number, a.currency, a.credit_balance, SUM(c.amount) FROM account a"
                + " JOIN credit_balance_adjustment c ON c.account_id = a.id WHERE c.import_batch_id = ?"
                + " AND c.status = 'Processed' GROUP BY a.id, a.number, a.currency, a.credit_balance"
                + " HAVING a.credit_balance < SUM(c.amount) ORDER BY a.id LIMIT " + SHOWN, batchId)
                .fetch(r -> new Blocker(r.get(0, String.class), "credit balance " + amount(r.get(2,
                        BigDecimal.class), r.get(1, String.class)) + ", less than the "
                        + amount(r.get(3, BigDecimal.class), r.get(1, String.class))
                        + " this batch added: credit was applied or refunded since"));
    }

    /** The batch's processed adjustments, locked, in the order they were made. */
    public List<CreditBalanceAdjustmentRecord> adjustments(DSLContext tx, long batchId) {
        return tx.selectFrom(CREDIT_BALANCE_ADJUSTMENT).where(CREDIT_BALANCE_ADJUSTMENT.IMPORT_BATCH_ID.eq(batchId))
                .and(CREDIT_BALANCE_ADJUSTMENT.STATUS.eq(AdjustmentStatus.PROCESSED)).orderBy(CREDIT_BALANCE_ADJUSTMENT.ID)
                .forUpdate().fetch();
    }

    /** Accounts of the batch that anything has been recorded on since. */
    public List<Blocker> accountBlockers(DSLContext tx, long batchId) {
        return tx.resultQuery("SELECT a.number FROM account a WHERE a.import_batch_id = ? AND a.status = 'Active'"
                + " AND (EXISTS (SELECT 1 FROM document d WHERE d.account_id = a.id)"
                + " OR EXISTS (SELECT 1 FROM payment p WHERE p.account_id = a.id)"
                + " OR EXISTS (SELECT 1 FROM credit_balance_adjustment c WHERE c.account_id = a.id)"
                + " OR EXISTS (SELECT 1 FROM refund f WHERE f.account_id = a.id)) ORDER BY a.id LIMIT " + SHOWN,
                batchId).fetch(r -> new Blocker(r.get(0, String.class),
                "has invoices, payments or credit recorded since"));
    }

    public int deactivateAccounts(DSLContext tx, long batchId) {
        return tx.execute("UPDATE account SET status = 'Inactive', version = version + 1"
                + " WHERE import_batch_id = ? AND status = 'Active'", batchId);
    }

    private static String parts(String currency, String[] names, BigDecimal... amounts) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (amounts[i] != null && amounts[i].signum() != 0) {
                s.append(s.length() == 0 ? "has " : ", ").append(amount(amounts[i], currency)).append(' ')
                        .append(names[i]);
            }
        }
        return s.toString();
    }

    private static String amount(BigDecimal value, String currency) {
        return TEXT.display(Money.of(value, Currency.getInstance(currency)));
    }

    private static final MoneyText TEXT = MoneyText.ofDefaultLocale();
}
