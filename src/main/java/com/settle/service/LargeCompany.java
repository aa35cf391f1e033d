package com.settle.service;

import com.settle.domain.ValidationException;
import com.settle.store.Numbers;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.jooq.DSLContext;

/**
 * A large, believable company written by set-based SQL, seeded and repeatable: accounts in USD, EUR and JPY, a
 * monthly invoice (every tenth a debit memo) per account over the years with one to nine items, payments that pay
 * in full by items (FIFO, Manual or Proration), in part, or too much (the rest refunded or moved to the credit
 * balance), payments taken off the wrong invoice ({@link LargeUnapplications}), credit balances with their
 * adjustments, refunds, cancellations and history lines ({@link LargeCredit}), and, once the batches are written,
 * the journal runs and closing dates of its month ends ({@link LargeMonthEnd}). Every figure is worked out from
 * the lines as the services would keep it, so Verify books finds nothing; each batch of accounts is one
 * transaction, and its rows join the history chain like any other.
 *
 * <p>{@code settle demo --size large} is 5,000 accounts over ten years (about 600,000 documents, 3,000,000 items,
 * 500,000 payments and 200,000 credit balance adjustments); tests use a few dozen accounts.
 */
public final class LargeCompany {

    /** Payments in full taken off their invoice later (one in sixty); half of them then moved to credit. */
    static final String TAKEN_OFF = "(MOD(d.id * 31, 20) = 13 AND MOD(d.id / 20, 3) = 0)";
    /** A statement's time of writing, bound as a parameter. */
    static final String WRITTEN = "CAST(? AS TIMESTAMP WITH TIME ZONE)";
    /** Accounts per transaction. */
    static final int BATCH = 100;
    /** An item's quantity: 1 to 4. */
    private static final String QUANTITY = "CAST(1 + MOD(d.id + o.x * 5, 4) AS DECIMAL(19, 4))";
    /** An item's unit price: 10.00 to 599.99, or 500 to 30,000 yen. */
    private static final String PRICE = "(CASE d.currency WHEN 'JPY' THEN CAST(500 * (1 + MOD(d.id * 13 + o.x * 17,"
            + " 60)) AS DECIMAL(19, 6)) ELSE CAST((1000 + MOD(d.id * 131 + o.x * 977, 59000)) / 100.0 AS"
            + " DECIMAL(19, 6)) END)";

    /** How large: accounts and years of history. */
    public record Size(int accounts, int years) {
        public Size {
            if (accounts < 1 || accounts > 100_000) {
                throw new ValidationException("--accounts", "must be from 1 to 100,000");
            }
            if (years < 1 || years > 30) {
                throw new ValidationException("--years", "must be from 1 to 30");
            }
        }

        public static Size large() {
            return new Size(5_000, 10);
        }
    }

    /** What was written. */
    public record Written(int accounts, int documents, long items, int payments, int adjustments) {
    }

    private final Transactions tx;
    private final Services admin;
    private final long userId;
    private final LocalDate today;
    /** When every row was written: the clock's now, so that a company written on a set clock is the same. */
    private final OffsetDateTime written;

    /** Writes with {@code dsl} as {@code admin}, who also runs the journal and closes the books at the end. */
    public LargeCompany(DSLContext dsl, Services admin, Clock clock) {
        this.tx = new Transactions(dsl);
        this.admin = admin;
        this.userId = admin.user().userId();
        this.today = LocalDate.now(clock);
        this.written = OffsetDateTime.now(clock);
    }

    /**
     * Writes the company, then its month ends ({@link LargeMonthEnd}); {@code progress} receives 0..1 after each
     * batch of accounts (the batches are nine tenths of the work) and each journal run.
     */
    public Written write(Size size, DoubleConsumer progress) {
        int documents = 0;
        long items = 0;
        int payments = 0;
        int adjustments = 0;
        for (int from = 0; from < size.accounts(); from += BATCH) {
            int n = Math.min(BATCH, size.accounts() - from);
            int first = from;
            Written w = tx.inBulkTransaction(t -> batch(t, first, n, size.years()));
            documents += w.documents();
            items += w.items();
            payments += w.payments();
            adjustments += w.adjustments();
            progress.accept(0.9 * (from + n) / size.accounts());
        }
        new LargeMonthEnd(admin, today).close(size.years(), p -> progress.accept(0.9 + 0.1 * p));
        return new Written(size.accounts(), documents, items, payments, adjustments);
    }

    private Written batch(DSLContext t, int index, int n, int years) {
        long firstAccount = Numbers.nextBlock(t, "A", n);
        long before = value(t, "SELECT COALESCE(MAX(id), 0) FROM account");
        t.execute("""
                INSERT INTO account (number, name, currency, contact_name, created_at)
                SELECT 'A-' || LPAD(CAST(? + x - 1 AS VARCHAR), 8, '0'),
                  CASE MOD(x + ?, 8) WHEN 0 THEN 'Northwind' WHEN 1 THEN 'Granite' WHEN 2 THEN 'Meridian'
                    WHEN 3 THEN 'Kestrel' WHEN 4 THEN 'Juniper' WHEN 5 THEN 'Harbor' WHEN 6 THEN 'Cobalt'
                    ELSE 'Summit' END || ' ' ||
                  CASE MOD((x + ?) / 8, 6) WHEN 0 THEN 'Dental' WHEN 1 THEN 'Logistics' WHEN 2 THEN 'Foods'
                    WHEN 3 THEN 'Studios' WHEN 4 THEN 'Clinics' ELSE 'Traders' END || ' ' || (? + x - 1),
                  CASE WHEN MOD(x + ?, 10) IN (3, 7) THEN 'EUR' WHEN MOD(x + ?, 10) = 6 THEN 'JPY' ELSE 'USD' END,
                  'Accounts payable', WRITTEN
                FROM SYSTEM_RANGE(1, ?)""".replace("WRITTEN", WRITTEN), firstAccount, index, index, firstAccount, index,
                index, written, n);
        int months = 12 * years;
        LocalDate start = today.withDayOfMonth(1).minusMonths(months);
        // Documents as drafts (items first, then the amounts), posted at the end of the batch.
        int invoices = n * (months - months / 10);
        int memos = n * (months / 10);
        long firstInvoice = Numbers.nextBlock(t, "INV", invoices);
        long firstMemo = memos == 0 ? 0 : Numbers.nextBlock(t, "DM", memos);
        long docsBefore = value(t, "SELECT COALESCE(MAX(id), 0) FROM document");
        for (boolean memo : new boolean[] {false, true}) {
            t.execute("""
                    INSERT INTO document (doc_type, number, account_id, currency, document_date, due_date, status,
                      amount, balance, created_at)
                    SELECT ?, ? || LPAD(CAST(? + ROW_NUMBER() OVER (ORDER BY a.id, m.x) - 1 AS VARCHAR), 8, '0'),
                      a.id, a.currency, DATEADD(DAY, MOD(a.id * 7 + m.x, 27), DATEADD(MONTH, m.x - 1, CAST(? AS DATE))),
                      DATEADD(DAY, 30 + MOD(a.id * 7 + m.x, 27), DATEADD(MONTH, m.x - 1, CAST(? AS DATE))),
                      'Draft', 0, 0, WRITTEN
                    FROM account a CROSS JOIN SYSTEM_RANGE(1, ?) m
                    WHERE a.id > ? AND (MOD(m.x, 10) = 0) = ?
                    ORDER BY a.id, m.x""".replace("WRITTEN", WRITTEN), memo ? "DebitMemo" : "Invoice",
                    memo ? "DM-" : "INV-", memo ? firstMemo : firstInvoice, start, start, written, months, before, memo);
        }
        t.execute("""
                INSERT INTO document_item (document_id, ordinal, charge_name, quantity, unit_price, amount,
                  accounting_code, service_start, service_end)
                SELECT d.id, o.x,
                  CASE MOD(d.id + o.x, 6) WHEN 0 THEN 'Platform subscription' WHEN 1 THEN 'Support plan'
                    WHEN 2 THEN 'Extra seats' WHEN 3 THEN 'Consulting hours' WHEN 4 THEN 'Storage 100 GB'
                    ELSE 'Usage overage' END,
                  QTY, PRICE, QTY * PRICE, NULL,
                  DATEADD(DAY, -DAY(d.document_date) + 1, d.document_date),
                  DATEADD(DAY, -1, DATEADD(MONTH, 1, DATEADD(DAY, -DAY(d.document_date) + 1, d.document_date)))
                FROM document d JOIN SYSTEM_RANGE(1, 9) o ON o.x <= 1 + MOD(d.id * 7 + 3, 9)
                WHERE d.id > ?""".replace("QTY", QUANTITY).replace("PRICE", PRICE), docsBefore);
        t.execute("""
                UPDATE document d SET amount = (SELECT SUM(i.amount) FROM document_item i WHERE i.document_id = d.id)
                WHERE d.id > ?""", docsBefore);
        long paymentsBefore = value(t, "SELECT COALESCE(MAX(id), 0) FROM payment");
        long applicationsBefore = value(t, "SELECT COALESCE(MAX(id), 0) FROM application");
        long linesBefore = value(t, "SELECT COALESCE(MAX(id), 0) FROM application_document");
        int paid = payments(t, docsBefore);
        applications(t, paymentsBefore, linesBefore);
        t.execute("""
                INSERT INTO document_item_balance (item_id, amount, balance)
                SELECT i.id, i.amount, i.amount - COALESCE((SELECT SUM(ai.amount) FROM application_item ai
                  WHERE ai.document_item_id = i.id), 0)
                FROM document_item i WHERE i.document_id > ?""", docsBefore);
        LargeUnapplications.write(t, applicationsBefore);
        t.execute("""
                UPDATE document d SET balance = (SELECT SUM(b.balance) FROM document_item i
                  JOIN document_item_balance b ON b.item_id = i.id WHERE i.document_id = d.id)
                WHERE d.id > ?""", docsBefore);
        int adjustments = new LargeCredit(userId, today, written).write(t, before, paymentsBefore, start, years);
        t.execute("UPDATE document SET status = 'Posted', posted_at = created_at WHERE id > ?", docsBefore);
        List<Long> posted = t.fetch("SELECT id FROM document WHERE id > ? ORDER BY id", docsBefore)
                .getValues(0, Long.class);
        HistoryChain.note(ChainKind.DOCUMENT_POSTED, posted);
        long itemCount = value(t, "SELECT COUNT(*) FROM document_item WHERE document_id > ?",
                docsBefore);
        return new Written(n, posted.size(), itemCount, paid, adjustments);
    }

    /**
     * The reason code a record of {@code transactionType} takes when none is given: the type's default, or else its
     * first code (a company may have changed the defaults).
     */
    static String reasonCode(DSLContext t, String transactionType) {
        return t.fetchOne("""
                SELECT COALESCE(MAX(CASE WHEN is_default THEN reason_code END), MIN(reason_code))
                FROM reason_code_type WHERE transaction_type = ?""", transactionType).get(0, String.class);
    }

    /** The single number a query gives. */
    static long value(DSLContext t, String sql, Object... args) {
        Long v = t.fetchOne(sql, args).get(0, Long.class);
        return v == null ? 0 : v;
    }

    /**
     * A payment per paid document, its remittance reference the document's number: 70% pay it in full, 10% pay
     * its first item, 5% pay a tenth too much (half of those are refunded the rest, half moved to the credit
     * balance); the rest and the last two months stay open.
     */
    private int payments(DSLContext t, long docsBefore) {
        String chosen = """
                FROM document d
                WHERE d.id > ? AND MOD(d.id * 31, 20) < 17
                  AND d.document_date < DATEADD(MONTH, -2, CAST(? AS DATE))""";
        int count = (int) value(t, "SELECT COUNT(*) " + chosen, docsBefore, today);
        if (count == 0) {
            return 0;
        }
        long first = Numbers.nextBlock(t, "P", count);
        t.execute("""
                INSERT INTO payment (number, account_id, currency, amount, effective_date, method, reference,
                  status, applied_amount, unapplied_amount, created_by_id, created_at)
                SELECT 'P-' || LPAD(CAST(? + ROW_NUMBER() OVER (ORDER BY d.id) - 1 AS VARCHAR), 8, '0'),
                  d.account_id, d.currency,
                  CASE WHEN MOD(d.id * 31, 20) < 14 THEN d.amount
                    WHEN MOD(d.id * 31, 20) < 16 THEN (SELECT i.amount FROM document_item i
                      WHERE i.document_id = d.id AND i.ordinal = 1)
                    ELSE d.amount + ROUND(d.amount / 10, CASE d.currency WHEN 'JPY' THEN 0 ELSE 2 END) END,
                  DATEADD(DAY, 5 + MOD(d.id, 40), d.document_date),
                  CASE MOD(d.id, 4) WHEN 0 THEN 'Check' WHEN 1 THEN 'BankTransfer' WHEN 2 THEN 'Card' ELSE 'Cash' END,
                  d.number, 'Processed', 0, CASE WHEN MOD(d.id * 31, 20) < 14 THEN d.amount
                    WHEN MOD(d.id * 31, 20) < 16 THEN (SELECT i.amount FROM document_item i
                      WHERE i.document_id = d.id AND i.ordinal = 1)
                    ELSE d.amount + ROUND(d.amount / 10, CASE d.currency WHEN 'JPY' THEN 0 ELSE 2 END) END, ?, WRITTEN
                """.replace("WRITTEN", WRITTEN) + chosen + " ORDER BY d.id", first, userId, written, docsBefore, today);
        return count;
    }

    /** Each payment applied to its document the same day, item by item; overpayments partly refunded. */
    private void applications(DSLContext t, long paymentsBefore, long linesBefore) {
        String mine = "FROM payment p JOIN document d ON d.number = p.reference WHERE p.id > " + paymentsBefore;
        t.execute("""
                INSERT INTO application (payment_id, effective_date, rule, amount, created_by_id, created_at)
                SELECT p.id, p.effective_date, CASE MOD(d.id, 3) WHEN 0 THEN 'FIFO' WHEN 1 THEN 'Manual'
                  ELSE 'Proration' END, LEAST(p.amount, d.amount), p.created_by_id, p.created_at
                """ + mine + " ORDER BY p.id");
        t.execute("""
                INSERT INTO application_document (application_id, document_id, amount)
                SELECT x.id, d.id, x.amount FROM application x JOIN payment p ON p.id = x.payment_id
                JOIN document d ON d.number = p.reference WHERE p.id > ? ORDER BY x.id""", paymentsBefore);
        t.execute("""
                INSERT INTO application_item (application_document_id, document_item_id, amount)
                SELECT ad.id, i.id, i.amount FROM application_document ad
                JOIN document_item i ON i.document_id = ad.document_id
                WHERE ad.id > ? AND (MOD(ad.document_id * 31, 20) < 14 OR MOD(ad.document_id * 31, 20) >= 16
                  OR i.ordinal = 1)
                ORDER BY ad.id, i.ordinal""", linesBefore);
        long refunds = value(t, "SELECT COUNT(*) " + mine + " AND MOD(d.id * 31, 20) = 16 AND MOD(d.id / 20, 2) = 0");
        if (refunds > 0) {
            long first = Numbers.nextBlock(t, "R", (int) refunds);
            t.execute("""
                    INSERT INTO refund (number, account_id, source, payment_id, amount, refund_date, method,
                      reference, created_by_id, created_at)
                    SELECT 'R-' || LPAD(CAST(? + ROW_NUMBER() OVER (ORDER BY p.id) - 1 AS VARCHAR), 8, '0'),
                      p.account_id, 'Payment', p.id, p.amount - d.amount, DATEADD(DAY, 3, p.effective_date),
                      p.method, 'Overpayment returned', p.created_by_id, p.created_at
                    """ + mine + " AND MOD(d.id * 31, 20) = 16 AND MOD(d.id / 20, 2) = 0 ORDER BY p.id", first);
        }
        t.execute("""
                UPDATE payment p SET applied_amount = APPLIED, refunded_amount = REFUNDED,
                  unapplied_amount = p.amount - APPLIED - REFUNDED
                WHERE p.id > ?""".replace("APPLIED", "(SELECT COALESCE(SUM(x.amount), 0) FROM application x"
                + " WHERE x.payment_id = p.id)").replace("REFUNDED", "(SELECT COALESCE(SUM(f.amount), 0) FROM refund f"
                + " WHERE f.payment_id = p.id)"), paymentsBefore);
    }
}
