package com.settle.service;

import com.settle.store.Numbers;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A batch of the large company's credit balances, set-based: goodwill credit on every fourth account; a service
 * credit every other quarter on every account, one in ten canceled a week later, each of the others half used the
 * next quarter (refunded to the customer or corrected); overpayments not refunded and half the payments taken off
 * their invoice moved to the credit balance (the payments' parts follow); on every other account, what is left applied
 * to its oldest open invoice ({@link LargeCreditApplied}). Then each account's history lines in order with their
 * running balance, and the account's balance. Every decrease follows the increase it halves, so no
 * balance goes below zero.
 */
final class LargeCredit {

    /** A quarter's service credit on an account: 10 to 90 (1,000 to 9,000 yen); {@code k} is the quarter. */
    private static final String QUARTERS = """
            SELECT a.id AS account_id, k.x AS k,
              DATEADD(DAY, MOD(a.id, 20), DATEADD(MONTH, 3 * (k.x - 1), DATE 'START')) AS on_day,
              CASE a.currency WHEN 'JPY' THEN 1000 ELSE 10 END * (1 + MOD(a.id + k.x - MOD(k.x + 1, 2), 9)) AS credit,
              MOD(a.id + k.x - MOD(k.x + 1, 2), 10) = 1 AS canceled
            FROM account a CROSS JOIN SYSTEM_RANGE(1, QUARTERS) k WHERE a.id > ACCOUNTS""";
    /** Quarters with an even number halve the credit of the quarter before, unless it was canceled. */
    private static final String USED = "MOD(q.k, 2) = 0 AND NOT q.canceled";
    /** Every other such decrease is paid back to the customer. */
    private static final String REFUNDED = USED + " AND MOD(q.k / 2, 2) = 0";
    /** Payments whose money reached the credit balance, with the amount and the day. */
    private static final String TRANSFERS = """
            SELECT p.id AS payment_id, p.number, p.account_id,
              CASE WHEN TAKEN_OFF THEN p.amount ELSE p.amount - d.amount END AS amount,
              DATEADD(DAY, CASE WHEN TAKEN_OFF THEN 25 ELSE 3 END, p.effective_date) AS on_day
            FROM payment p JOIN document d ON d.number = p.reference
            WHERE p.id > PAYMENTS AND (TAKEN_OFF AND MOD(d.id / 20, 6) = 0
              OR MOD(d.id * 31, 20) = 16 AND MOD(d.id / 20, 2) = 1)""".replace("TAKEN_OFF", LargeCompany.TAKEN_OFF);

    /** The adjustments' order, to the last column, so that the numbers are the same each time. */
    private static final String SEQUENCE = "c.account_id, c.on_day, c.type, c.source, c.comment, c.source_id, c.amount";

    private final long userId;
    private final LocalDate today;
    private final OffsetDateTime written;

    LargeCredit(long userId, LocalDate today, OffsetDateTime written) {
        this.userId = userId;
        this.today = today;
        this.written = written;
    }

    /** Writes the credit of the accounts after {@code accountsBefore}; returns how many adjustments. */
    int write(DSLContext t, long accountsBefore, long paymentsBefore, LocalDate start, int years) {
        String quarters = QUARTERS.replace("START", start.toString()).replace("QUARTERS", String.valueOf(4 * years))
                .replace("ACCOUNTS", String.valueOf(accountsBefore));
        String transfers = TRANSFERS.replace("PAYMENTS", String.valueOf(paymentsBefore));
        long refundsBefore = LargeCompany.value(t, "SELECT COALESCE(MAX(id), 0) FROM refund");
        int refunds = (int) LargeCompany.value(t, "SELECT COUNT(*) FROM (" + quarters + ") q WHERE " + REFUNDED);
        if (refunds > 0) {
            t.execute("""
                    INSERT INTO refund (number, account_id, source, amount, refund_date, method, reference,
                      created_by_id, created_at)
                    SELECT 'R-' || LPAD(CAST(? + ROW_NUMBER() OVER (ORDER BY q.account_id, q.k) - 1 AS VARCHAR), 8, '0'),
                      q.account_id, 'CreditBalance', q.credit / 2, q.on_day,
                      CASE MOD(q.account_id, 2) WHEN 0 THEN 'Check' ELSE 'BankTransfer' END, 'Credit returned', ?,
                      WRITTEN
                    FROM (QUARTERS) q WHERE REFUNDED ORDER BY q.account_id, q.k"""
                    .replace("QUARTERS", quarters).replace("REFUNDED", REFUNDED)
                    .replace("WRITTEN", LargeCompany.WRITTEN), Numbers.nextBlock(t, "R", refunds), userId, written);
        }
        String adjustments = """
                SELECT a.id AS account_id, 'Increase' AS type, CASE a.currency WHEN 'JPY' THEN 1000 * k.x
                  ELSE 25 * k.x END AS amount, 'Adjustment' AS source, CAST(NULL AS BIGINT) AS source_id,
                  CAST(NULL AS VARCHAR) AS source_number, 'adjustment' AS history, 'Goodwill credit' AS comment,
                  DATEADD(MONTH, -k.x * 5, DATE 'TODAY') AS on_day, FALSE AS canceled
                FROM account a CROSS JOIN SYSTEM_RANGE(1, 3) k WHERE a.id > ACCOUNTS AND MOD(a.id, 4) = 0
                UNION ALL
                SELECT q.account_id, 'Increase', q.credit, 'Adjustment', NULL, NULL, 'adjustment', 'Service credit',
                  q.on_day, q.canceled
                FROM (QUARTERS) q WHERE MOD(q.k, 2) = 1
                UNION ALL
                SELECT q.account_id, 'Decrease', q.credit / 2, CASE WHEN r.id IS NULL THEN 'Adjustment' ELSE 'Refund'
                  END, r.id, r.number, CASE WHEN r.id IS NULL THEN 'adjustment' ELSE 'refund' END,
                  CASE WHEN r.id IS NULL THEN 'Service credit corrected' ELSE 'Service credit returned' END,
                  q.on_day, FALSE
                FROM (QUARTERS) q LEFT JOIN refund r ON r.id > REFUNDS AND r.account_id = q.account_id
                  AND r.refund_date = q.on_day AND r.source = 'CreditBalance'
                WHERE USED
                UNION ALL
                SELECT x.account_id, 'Increase', x.amount, 'Payment', x.payment_id, x.number, 'from_payment',
                  'Unapplied payment moved to credit', x.on_day, FALSE
                FROM (TRANSFERS) x"""
                .replace("QUARTERS", quarters).replace("TRANSFERS", transfers).replace("USED", USED)
                .replace("TODAY", today.toString()).replace("ACCOUNTS", String.valueOf(accountsBefore))
                .replace("REFUNDS", String.valueOf(refundsBefore));
        int count = (int) LargeCompany.value(t, "SELECT COUNT(*) FROM (" + adjustments + ") c");
        if (count == 0) {
            return 0;
        }
        long adjustmentsBefore = LargeCompany.value(t, "SELECT COALESCE(MAX(id), 0) FROM credit_balance_adjustment");
        t.execute("""
                INSERT INTO credit_balance_adjustment (number, type, amount, account_id, source_transaction_type,
                  source_transaction_id, source_transaction_number, reference_id, history_type, reason_code, comment,
                  adjustment_date, status, cancelled_on, created_by_id, created_date, updated_by_id, updated_date)
                SELECT 'CBA-' || LPAD(CAST(? + ROW_NUMBER() OVER (ORDER BY SEQUENCE)
                  - 1 AS VARCHAR), 8, '0'), c.type, c.amount, c.account_id, c.source, c.source_id, c.source_number,
                  c.source_number, c.history, ?, c.comment, c.on_day, CASE WHEN c.canceled THEN 'Canceled'
                  ELSE 'Processed' END, CASE WHEN c.canceled THEN WRITTEN END, ?, WRITTEN, ?, WRITTEN
                FROM (ADJUSTMENTS) c ORDER BY SEQUENCE"""
                .replace("ADJUSTMENTS", adjustments).replace("SEQUENCE", SEQUENCE)
                .replace("WRITTEN", LargeCompany.WRITTEN), Numbers.nextBlock(t, "CBA", count), LargeCompany.reasonCode(t, CreditBalanceService.REASON_TYPE), written,
                userId, written, userId, written);
        String moved = "SELECT c.source_transaction_id AS payment_id, c.amount FROM credit_balance_adjustment c"
                + " WHERE c.id > ? AND c.source_transaction_type = 'Payment'";
        t.execute("""
                UPDATE payment p SET transferred_amount = transferred_amount + MOVED,
                  unapplied_amount = unapplied_amount - MOVED
                WHERE p.id IN (SELECT m.payment_id FROM (PAYMENTS) m)"""
                .replace("MOVED", "(SELECT SUM(m.amount) FROM (PAYMENTS) m WHERE m.payment_id = p.id)")
                .replace("PAYMENTS", moved), adjustmentsBefore, adjustmentsBefore, adjustmentsBefore);
        count += LargeCreditApplied.write(t, adjustmentsBefore, today, userId, written);
        List<Long> canceled = t.fetch("SELECT id FROM credit_balance_adjustment WHERE id > ? AND status = 'Canceled'"
                + " ORDER BY id", adjustmentsBefore).getValues(0, Long.class);
        HistoryChain.note(ChainKind.ADJUSTMENT_CANCELED, canceled);
        // A cancellation's line comes a week after its adjustment's: the day the clerk found the mistake.
        t.execute("""
                INSERT INTO credit_balance_entry (account_id, seq, adjustment_id, kind, history_type, amount,
                  balance_after, entry_date, created_by_id, created_at)
                SELECT e.account_id, ROW_NUMBER() OVER (PARTITION BY e.account_id ORDER BY e.on_day, e.adjustment_id,
                  e.kind), e.adjustment_id, e.kind, e.history, e.amount,
                  SUM(e.amount) OVER (PARTITION BY e.account_id ORDER BY e.on_day, e.adjustment_id, e.kind),
                  e.on_day, e.by_id, e.made_at
                FROM (SELECT c.account_id, c.id AS adjustment_id, 'Adjustment' AS kind, c.history_type AS history,
                    CASE WHEN c.type = 'Increase' THEN c.amount ELSE -c.amount END AS amount, c.adjustment_date AS on_day,
                    c.created_by_id AS by_id, c.created_date AS made_at
                  FROM credit_balance_adjustment c WHERE c.id > ?
                  UNION ALL
                  SELECT c.account_id, c.id, 'Cancellation', 'adjustment', -c.amount, DATEADD(DAY, 7, c.adjustment_date),
                    c.updated_by_id, c.cancelled_on
                  FROM credit_balance_adjustment c WHERE c.id > ? AND c.status = 'Canceled') e
                ORDER BY e.account_id, e.on_day, e.adjustment_id, e.kind""", adjustmentsBefore, adjustmentsBefore);
        t.execute("""
                UPDATE account a SET credit_balance = (SELECT COALESCE(SUM(CASE WHEN c.type = 'Increase' THEN c.amount
                  ELSE -c.amount END), 0) FROM credit_balance_adjustment c WHERE c.account_id = a.id
                  AND c.status = 'Processed'), credit_entries = (SELECT COUNT(*) FROM credit_balance_entry e
                  WHERE e.account_id = a.id) WHERE a.id > ?""", accountsBefore);
        return count;
    }
}
