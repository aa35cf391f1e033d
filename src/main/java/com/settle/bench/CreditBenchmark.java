package com.settle.bench;

import com.settle.domain.model.HistoryFilter;
import com.settle.service.AccountService;
import com.settle.service.Services;
import com.settle.service.Transactions;
import com.settle.store.Database;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * The credit balance figures: the first page of an account's history of 1,000,000 lines (against the
 * same page read by raw JDBC), and {@code credit apply-all} over 10,000 accounts. The data is written
 * by set-based SQL, then read and changed through the services as the window and the command do. The
 * raw baselines are the same page's SQL through plain JDBC and the batch's rows written by JDBC batches
 * ({@link ApplyAllFigures}).
 */
public final class CreditBenchmark {

    private static final int LINES = 1_000_000;
    static final int ACCOUNTS = 10_000;

    private final PrintWriter out;
    private final int rounds;
    private BenchBooks.Place place = BenchBooks.files();

    public CreditBenchmark(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    /** Runs the figures on books made at {@code place} (a file by default). */
    public CreditBenchmark on(BenchBooks.Place place) {
        this.place = place;
        return this;
    }

    public void run() throws Exception {
        try (BenchBooks books = place.open()) {
            Database db = books.db();
            Services admin = Services.singlePerson(db.dsl(), "admin", Clock.systemDefaultZone());
            admin.codes().addReasonCode("Bench", "Benchmark", "CreditBalanceAdjustment", true);
            out.println("credit benchmark on " + books.where() + " (median of " + rounds + " rounds after warm-up)");
            long t0 = System.nanoTime();
            String big = admin.accounts().create(new AccountService.NewAccountCommand("Long history", "USD", null,
                    null, null, null));
            seedHistory(books, big);
            out.printf("seeded a history of %,d lines in %.1f s%n", LINES, (System.nanoTime() - t0) / 1e9);
            out.printf("%-52s %12s %12s %8s %8s%n", "figure", "settle ms", "raw ms", "ratio", "goal");
            var history = admin.creditHistory();
            double settle = median(() -> {
                var head = history.head(big);
                int[] seqs = history.lineNumbers(head, HistoryFilter.ALL);
                history.lines(head, seqs[Math.min(seqs.length, 100) - 1], seqs[0], HistoryFilter.ALL);
            });
            double raw = median(() -> rawPage(db, big));
            out.printf("%-52s %12.1f %12.1f %7.2fx %8s%n", "history first page (100 of 1,000,000 lines)", settle, raw,
                    settle / raw, "50 ms");
            double last = median(() -> {
                var head = history.head(big);
                history.lines(head, 1, 100, HistoryFilter.ALL);
            });
            out.printf("%-52s %12.1f %12s %8s %8s%n", "history last page (scrolled to the end)", last, "-", "-", "-");
            // A clerk scrolling through the history: pages loaded along its whole length, then what stays.
            var head = history.head(big);
            int[] numbers = history.lineNumbers(head, HistoryFilter.ALL);
            for (int at = 0; at < numbers.length; at += numbers.length / 200) {
                history.lines(head, numbers[Math.min(numbers.length - 1, at + 99)], numbers[at], HistoryFilter.ALL);
            }
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.printf("%-52s %12.0f %12s %8s %8s%n", "heap after opening the history and scrolling it, MB",
                    used / 1048576.0, "-", "-", "256 MB");
            out.flush();
            new ApplyAllFigures(out, books, admin).run(big);
        }
        out.flush();
    }

    /**
     * One account with LINES alternating Increases (1.00) and Decreases (0.50), each with its history line.
     * Written in chunks: one transaction of a million rows makes H2 keep a huge undo log and takes minutes.
     */
    private static void seedHistory(BenchBooks books, String account) {
        Database db = books.db();
        long id = db.dsl().fetchSingle("SELECT id FROM account WHERE number = ?", account).get(0, Long.class);
        long user = db.dsl().fetchSingle("SELECT id FROM app_user WHERE username = 'admin'").get(0, Long.class);
        int chunk = 50_000;
        for (int from = 1; from <= LINES; from += chunk) {
            int first = from;
            int last = Math.min(LINES, from + chunk - 1);
            new Transactions(db.dsl()).inBulkTransaction(t -> {
                t.execute("""
                        INSERT INTO credit_balance_adjustment (number, type, amount, account_id,
                          source_transaction_type, history_type, reason_code, adjustment_date, status, created_by_id,
                          created_date, updated_by_id, updated_date)
                        SELECT 'CBA-B' || x, CASE WHEN MOD(x, 2) = 1 THEN 'Increase' ELSE 'Decrease' END,
                          CASE WHEN MOD(x, 2) = 1 THEN 1.00 ELSE 0.50 END, ?, 'Adjustment', 'adjustment', 'Bench',
                          DATE '2020-01-01' + CAST(x / 500 AS INT), 'Processed', ?, CURRENT_TIMESTAMP, ?,
                          CURRENT_TIMESTAMP
                        FROM %s""".formatted(books.range("?", "?", "r")), id, user, user, first, last);
                t.execute("""
                        INSERT INTO credit_balance_entry (account_id, seq, adjustment_id, kind, history_type, amount,
                          balance_after, entry_date, created_by_id, created_at)
                        SELECT c.account_id, x, c.id, 'Adjustment', 'adjustment',
                          CASE WHEN c.type = 'Increase' THEN c.amount ELSE -c.amount END,
                          x / 2 * 0.50 + MOD(x, 2), c.adjustment_date, ?, CURRENT_TIMESTAMP
                        FROM %s JOIN credit_balance_adjustment c ON c.number = 'CBA-B' || x""".formatted(
                        books.range("?", "?", "r")),
                        user, first, last);
                return null;
            });
        }
        db.dsl().execute("UPDATE account SET credit_balance = ? * 0.50, credit_entries = ? WHERE id = ?", LINES / 2,
                LINES, id);
    }

    /**
     * {@code count} accounts numbered {@code <prefix>-n}, each with a credit of 30.00 and one posted invoice of two items
     * (10.00 + 15.00). In the SQL, {@code PREFIX} stands for the prefix and {@code ACCOUNTS} / {@code ITEMS} for the
     * engine's table of numbers.
     */
    static void seedQueue(BenchBooks books, String prefix, int count) {
        UnaryOperator<String> sql = text -> text.replace("PREFIX", prefix)
                .replace("ACCOUNTS", books.range("1", String.valueOf(count), "r"))
                .replace("ITEMS", books.range("1", "2", "o"));
        new Transactions(books.db().dsl()).inBulkTransaction(t -> {
            long user = t.fetchSingle("SELECT id FROM app_user WHERE username = 'admin'").get(0, Long.class);
            t.execute(sql.apply("""
                    INSERT INTO account (number, name, currency, credit_balance, credit_entries, created_at)
                    SELECT 'PREFIX-' || x, 'Queue ' || x, 'USD', 30.00, 1, CURRENT_TIMESTAMP FROM ACCOUNTS"""));
            t.execute(sql.apply("""
                    INSERT INTO credit_balance_adjustment (number, type, amount, account_id, source_transaction_type,
                      history_type, reason_code, adjustment_date, status, created_by_id, created_date, updated_by_id,
                      updated_date)
                    SELECT 'CBA-PREFIX' || a.id, 'Increase', 30.00, a.id, 'Adjustment', 'adjustment', 'Bench',
                      DATE '2026-01-01', 'Processed', ?, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP
                    FROM account a WHERE a.number LIKE 'PREFIX-%'"""), user, user);
            t.execute(sql.apply("""
                    INSERT INTO credit_balance_entry (account_id, seq, adjustment_id, kind, history_type, amount,
                      balance_after, entry_date, created_by_id, created_at)
                    SELECT c.account_id, 1, c.id, 'Adjustment', 'adjustment', 30.00, 30.00, c.adjustment_date, ?,
                      CURRENT_TIMESTAMP FROM credit_balance_adjustment c WHERE c.number LIKE 'CBA-PREFIX%'"""), user);
            t.execute(sql.apply("""
                    INSERT INTO document (doc_type, number, account_id, currency, document_date, due_date, status,
                      amount, balance, posted_at, created_at)
                    SELECT 'Invoice', 'INV-PREFIX' || a.id, a.id, 'USD', DATE '2026-01-01', DATE '2026-01-31', 'Draft',
                      25.00, 25.00, NULL, CURRENT_TIMESTAMP FROM account a WHERE a.number LIKE 'PREFIX-%'"""));
            t.execute(sql.apply("""
                    INSERT INTO document_item (document_id, ordinal, charge_name, unit_price, amount)
                    SELECT d.id, o.x, 'Charge ' || o.x, CASE o.x WHEN 1 THEN 10.00 ELSE 15.00 END,
                      CASE o.x WHEN 1 THEN 10.00 ELSE 15.00 END
                    FROM document d CROSS JOIN ITEMS WHERE d.number LIKE 'INV-PREFIX%'"""));
            t.execute(sql.apply("""
                    INSERT INTO document_item_balance (item_id, amount, balance)
                    SELECT i.id, i.amount, i.amount FROM document_item i JOIN document d ON d.id = i.document_id
                    WHERE d.number LIKE 'INV-PREFIX%'"""));
            // Posted after their items: the database refuses items on a posted document.
            t.execute(sql.apply("UPDATE document SET status = 'Posted', posted_at = CURRENT_TIMESTAMP"
                    + " WHERE number LIKE 'INV-PREFIX%'"));
            HistoryChain.note(ChainKind.DOCUMENT_POSTED, t.fetch(sql.apply("SELECT id FROM document"
                    + " WHERE number LIKE 'INV-PREFIX%'")).getValues(0, Long.class));
            return null;
        });
    }

    private static int rawPage(Database db, String account) {
        return db.dsl().connectionResult(c -> {
            int rows = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.seq, e.entry_date, c.number, e.kind, e.history_type, c.source_transaction_type,
                      c.source_transaction_number, e.amount, e.balance_after, c.reason_code, c.accounting_code,
                      c.comment, c.status, c.transferred_to_accounting, u.display_name, e.created_at
                    FROM credit_balance_entry e
                    JOIN credit_balance_adjustment c ON c.id = e.adjustment_id
                    JOIN app_user u ON u.id = e.created_by_id
                    WHERE e.account_id = (SELECT id FROM account WHERE number = ?)
                      AND e.seq BETWEEN ? AND ? ORDER BY e.seq DESC""")) {
                ps.setString(1, account);
                ps.setInt(2, LINES - 99);
                ps.setInt(3, LINES);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 1; i <= 16; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
            }
            return rows;
        });
    }

    private double median(Timing.Work work) {
        return Timing.median(rounds, work);
    }
}
