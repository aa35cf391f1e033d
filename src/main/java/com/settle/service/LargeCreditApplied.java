package com.settle.service;

import com.settle.store.Numbers;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/**
 * The large company's credit put to use: on every other account that has a credit balance and an open invoice,
 * the clerk applies the credit to the oldest open invoice today, as much as the invoice still owes, spread over
 * its items in order (the first item first) like a FIFO application. The items and the invoice lose what the
 * credit paid; the adjustment comes after every other line of the account's history, so its balance stays at or
 * above zero. Each statement reads only the batch's own rows.
 */
final class LargeCreditApplied {

    /** The accounts and their oldest open invoice, with the credit the account holds from this batch. */
    private static final String CHOSEN = """
            SELECT c.account_id, d.id AS document_id, d.number, LEAST(c.credit, d.balance) AS amount
            FROM (SELECT account_id, SUM(CASE WHEN type = 'Increase' THEN amount ELSE -amount END) AS credit
                  FROM credit_balance_adjustment WHERE id > ? AND status = 'Processed' GROUP BY account_id) c
            JOIN document d ON d.id = (SELECT MIN(o.id) FROM document o WHERE o.account_id = c.account_id
                  AND o.doc_type = 'Invoice' AND o.balance > 0)
            WHERE c.credit > 0 AND MOD(c.account_id, 2) = 1""";

    private LargeCreditApplied() {
    }

    /**
     * Applies the credit of the adjustments after {@code adjustmentsBefore} (all of this batch's accounts'),
     * dated {@code today}; returns how many adjustments it wrote.
     */
    static int write(DSLContext t, long adjustmentsBefore, LocalDate today, long userId, OffsetDateTime written) {
        int count = (int) LargeCompany.value(t, "SELECT COUNT(*) FROM (" + CHOSEN + ") x", adjustmentsBefore);
        if (count == 0) {
            return 0;
        }
        long before = LargeCompany.value(t, "SELECT COALESCE(MAX(id), 0) FROM credit_balance_adjustment");
        t.execute("""
                INSERT INTO credit_balance_adjustment (number, type, amount, account_id, source_transaction_type,
                  source_transaction_id, source_transaction_number, reference_id, history_type, reason_code, comment,
                  adjustment_date, status, created_by_id, created_date, updated_by_id, updated_date)
                SELECT 'CBA-' || LPAD(CAST(? + ROW_NUMBER() OVER (ORDER BY x.account_id) - 1 AS VARCHAR), 8, '0'),
                  'Decrease', x.amount, x.account_id, 'Invoice', x.document_id, x.number, x.number,
                  'applied_to_invoice', ?, 'Credit applied to the oldest open invoice', ?, 'Processed', ?, WRITTEN,
                  ?, WRITTEN
                FROM (CHOSEN) x ORDER BY x.account_id""".replace("CHOSEN", CHOSEN)
                .replace("WRITTEN", LargeCompany.WRITTEN), Numbers.nextBlock(t, "CBA", count),
                LargeCompany.reasonCode(t, CreditBalanceService.REASON_TYPE), today, userId, written, userId, written,
                adjustmentsBefore);
        // First item first: each item takes what is left of the amount after the items before it, up to its balance.
        t.execute("""
                INSERT INTO credit_balance_adjustment_item (adjustment_id, document_item_id, amount)
                SELECT s.adjustment_id, s.item_id, LEAST(s.balance, s.amount - s.before)
                FROM (SELECT c.id AS adjustment_id, c.amount, i.id AS item_id, i.ordinal, b.balance,
                        SUM(b.balance) OVER (PARTITION BY c.id ORDER BY i.ordinal) - b.balance AS before
                      FROM credit_balance_adjustment c JOIN document_item i ON i.document_id = c.source_transaction_id
                      JOIN document_item_balance b ON b.item_id = i.id
                      WHERE c.id > ? AND b.balance > 0) s
                WHERE s.amount > s.before ORDER BY s.adjustment_id, s.ordinal""", before);
        String paid = """
                SELECT ci.document_item_id AS item_id, ci.amount FROM credit_balance_adjustment_item ci
                JOIN credit_balance_adjustment c ON c.id = ci.adjustment_id WHERE c.id > ?""";
        t.execute("""
                UPDATE document_item_balance b SET balance = balance - (SELECT SUM(r.amount) FROM (PAID) r
                  WHERE r.item_id = b.item_id)
                WHERE b.item_id IN (SELECT r.item_id FROM (PAID) r)""".replace("PAID", paid), before, before);
        t.execute("""
                UPDATE document d SET balance = balance - (SELECT SUM(c.amount) FROM credit_balance_adjustment c
                  WHERE c.id > ? AND c.source_transaction_id = d.id)
                WHERE d.id IN (SELECT c.source_transaction_id FROM credit_balance_adjustment c WHERE c.id > ?)""",
                before, before);
        return count;
    }
}
