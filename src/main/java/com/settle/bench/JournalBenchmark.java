package com.settle.bench;

import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.service.Services;
import com.settle.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The journal figure (issue 18): the summary journal of a year of a 10,000-account company, against a raw
 * GROUP BY of the same rows (each table's amounts summed per day and currency by plain JDBC) in the same run. The year is
 * written by set-based SQL: 120,000 posted invoices of 2 items, 100,000 payments each applied once, 10,000
 * unapplications, 10,000 refunds, 30,000 credit balance adjustments (2,000 of them canceled) and 5,000
 * write-offs, in USD, EUR and JPY.
 */
public final class JournalBenchmark {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    /**
     * The same rows the journal reads, summed by plain SQL per day and currency (and per item's code, payment
     * method or adjustment type, the columns a ledger's summary keeps apart), joined only where a table has no
     * currency of its own.
     */
    static final String[] RAW = {
        "SELECT d.document_date, d.currency, i.accounting_code, SUM(i.amount), COUNT(DISTINCT d.id) FROM"
                + " document_item i JOIN document d ON d.id = i.document_id WHERE d.document_date BETWEEN ? AND ?"
                + " GROUP BY d.document_date, d.currency, i.accounting_code",
        "SELECT effective_date, currency, method, SUM(amount), COUNT(*) FROM payment WHERE effective_date"
                + " BETWEEN ? AND ? GROUP BY effective_date, currency, method",
        "SELECT a.effective_date, p.currency, SUM(a.amount), COUNT(*) FROM application a JOIN payment p ON p.id ="
                + " a.payment_id WHERE a.effective_date BETWEEN ? AND ? GROUP BY a.effective_date, p.currency",
        "SELECT u.effective_date, p.currency, SUM(u.amount), COUNT(*) FROM unapplication u JOIN application a"
                + " ON a.id = u.application_id JOIN payment p ON p.id = a.payment_id WHERE u.effective_date"
                + " BETWEEN ? AND ? GROUP BY u.effective_date, p.currency",
        "SELECT r.refund_date, ac.currency, SUM(r.amount), COUNT(*) FROM refund r JOIN account ac ON ac.id ="
                + " r.account_id WHERE r.refund_date BETWEEN ? AND ? GROUP BY r.refund_date, ac.currency",
        "SELECT c.adjustment_date, ac.currency, c.history_type, c.type, SUM(c.amount), COUNT(*) FROM"
                + " credit_balance_adjustment c JOIN account ac ON ac.id = c.account_id WHERE c.adjustment_date"
                + " BETWEEN ? AND ? GROUP BY c.adjustment_date, ac.currency, c.history_type, c.type",
        "SELECT e.entry_date, ac.currency, SUM(e.amount), COUNT(*) FROM credit_balance_entry e JOIN account ac"
                + " ON ac.id = e.account_id WHERE e.kind = 'Cancellation' AND e.entry_date BETWEEN ? AND ?"
                + " GROUP BY e.entry_date, ac.currency",
        "SELECT effective_date, currency, SUM(amount), COUNT(*) FROM write_off WHERE effective_date BETWEEN ?"
                + " AND ? GROUP BY effective_date, currency"};

    /** The barest form: each table's amounts per day, no currency (information beside the figure). */
    private static final String[] BARE = {
        "SELECT d.document_date, SUM(i.amount), COUNT(*) FROM document_item i JOIN document d ON d.id ="
                + " i.document_id WHERE d.document_date BETWEEN ? AND ? GROUP BY d.document_date",
        "SELECT effective_date, SUM(amount), COUNT(*) FROM payment WHERE effective_date BETWEEN ? AND ?"
                + " GROUP BY effective_date",
        "SELECT effective_date, SUM(amount), COUNT(*) FROM application WHERE effective_date BETWEEN ? AND ?"
                + " GROUP BY effective_date",
        "SELECT effective_date, SUM(amount), COUNT(*) FROM unapplication WHERE effective_date BETWEEN ? AND ?"
                + " GROUP BY effective_date",
        "SELECT refund_date, SUM(amount), COUNT(*) FROM refund WHERE refund_date BETWEEN ? AND ? GROUP BY refund_date",
        "SELECT adjustment_date, SUM(amount), COUNT(*) FROM credit_balance_adjustment WHERE adjustment_date"
                + " BETWEEN ? AND ? GROUP BY adjustment_date",
        "SELECT entry_date, SUM(amount), COUNT(*) FROM credit_balance_entry WHERE entry_date BETWEEN ? AND ?"
                + " GROUP BY entry_date",
        "SELECT effective_date, SUM(amount), COUNT(*) FROM write_off WHERE effective_date BETWEEN ? AND ?"
                + " GROUP BY effective_date"};

    private final PrintWriter out;
    private final int rounds;

    public JournalBenchmark(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    public void run() throws Exception {
        Path dir = Files.createTempDirectory("settle-journal-bench");
        try (Database db = FreshResults.of(Database.open(dir.resolve("bench.mv.db")))) {
            Services admin = Services.singlePerson(db.dsl(), "admin", Clock.systemDefaultZone());
            out.println("journal benchmark on " + db.file() + " (median of " + rounds + " rounds after warm-up)");
            long t0 = System.nanoTime();
            seed(db);
            out.printf("seeded a year of 10,000 accounts in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            out.printf("%-52s %12s %12s %8s %8s%n", "figure", "settle ms", "raw ms", "ratio", "goal");
            List<JournalEntry> entries = admin.journal().entries(FROM, TO, Grouping.DAY);
            long records = entries.stream().mapToLong(JournalEntry::records).sum();
            double settle = Timing.median(rounds, () -> admin.journal().entries(FROM, TO, Grouping.DAY));
            double raw = Timing.median(rounds, () -> db.dsl().connection(c -> read(c, RAW)));
            double bare = Timing.median(rounds, () -> db.dsl().connection(c -> read(c, BARE)));
            row(String.format("journal per day, a year (%,d entries, %,d records)", entries.size(), records), settle,
                    raw, "1.5x");
            double period = Timing.median(rounds, () -> admin.journal().entries(FROM, TO, Grouping.PERIOD));
            row("journal per period, the same year", period, raw, "1.5x");
            row("  per day against the barest scans (per day only)", settle, bare, "-");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
    }

    private void row(String figure, double settle, double raw, String goal) {
        out.printf("%-52s %12.1f %12.1f %7.2fx %8s%n", figure, settle, raw, settle / raw, goal);
        out.flush();
    }

    private static void read(Connection c, String[] queries) throws Exception {
        for (String sql : queries) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setDate(1, Date.valueOf(FROM));
                ps.setDate(2, Date.valueOf(TO));
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        }
    }

    private static void seed(Database db) {
        var dsl = db.dsl();
        long user = dsl.fetchSingle("SELECT MIN(id) FROM app_user").get(0, Long.class);
        String[] sql = {
            "INSERT INTO account (number, name, currency, created_at) SELECT 'J-' || x, 'Account ' || x,"
                    + " CASE MOD(x, 3) WHEN 0 THEN 'USD' WHEN 1 THEN 'EUR' ELSE 'JPY' END, CURRENT_TIMESTAMP"
                    + " FROM SYSTEM_RANGE(1, 10000)",
            "INSERT INTO document (doc_type, number, account_id, currency, document_date, due_date, status, amount,"
                    + " balance, created_at) SELECT 'Invoice', 'JI-' || x, a.id, a.currency, DATE '2025-01-01' +"
                    + " CAST(MOD(x, 365) AS INT), DATE '2025-01-01' + CAST(MOD(x, 365) AS INT) + 30, 'Draft', 300,"
                    + " 300, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 120000) JOIN account a ON a.number = 'J-' ||"
                    + " (MOD(x, 10000) + 1)",
            "INSERT INTO document_item (document_id, ordinal, charge_name, quantity, unit_price, amount,"
                    + " accounting_code) SELECT d.id, o.x, 'Service', 1, 150, 150, CASE o.x WHEN 1 THEN NULL ELSE"
                    + " '4000-REVENUE' END FROM document d CROSS JOIN SYSTEM_RANGE(1, 2) o WHERE d.number LIKE 'JI-%'",
            "UPDATE document SET status = 'Posted', posted_at = created_at WHERE number LIKE 'JI-%'",
            "INSERT INTO payment (number, account_id, currency, amount, effective_date, method, status,"
                    + " unapplied_amount, created_by_id, created_at) SELECT 'JP-' || x, a.id, a.currency, 200,"
                    + " DATE '2025-01-01' + CAST(MOD(x, 365) AS INT), CASE MOD(x, 4) WHEN 0 THEN 'Check' WHEN 1"
                    + " THEN 'Card' WHEN 2 THEN 'BankTransfer' ELSE 'Cash' END, 'Processed', 200, " + user + ","
                    + " CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 100000) JOIN account a ON a.number = 'J-' ||"
                    + " (MOD(x, 10000) + 1)",
            "INSERT INTO application (payment_id, effective_date, rule, amount, created_by_id, created_at)"
                    + " SELECT id, effective_date, 'FIFO', 150, created_by_id, created_at FROM payment"
                    + " WHERE number LIKE 'JP-%'",
            "INSERT INTO unapplication (application_id, effective_date, amount, created_by_id, created_at)"
                    + " SELECT id, effective_date, 50, created_by_id, created_at FROM application WHERE MOD(id, 10) = 0",
            "INSERT INTO refund (number, account_id, source, payment_id, amount, refund_date, method, created_by_id,"
                    + " created_at) SELECT 'JR-' || p.id, p.account_id, 'Payment', p.id, 10, p.effective_date,"
                    + " 'Check', p.created_by_id, p.created_at FROM payment p WHERE MOD(p.id, 10) = 1",
            "INSERT INTO credit_balance_adjustment (number, type, amount, account_id, source_transaction_type,"
                    + " history_type, reason_code, adjustment_date, status, created_by_id, created_date,"
                    + " updated_by_id, updated_date) SELECT 'JC-' || x, CASE WHEN MOD(x, 3) = 2 THEN 'Decrease'"
                    + " ELSE 'Increase' END, 5, a.id, CASE WHEN MOD(x, 3) = 1 THEN 'Payment' ELSE 'Adjustment' END,"
                    + " CASE MOD(x, 3) WHEN 1 THEN 'from_payment' ELSE 'adjustment' END, 'Standard Adjustment',"
                    + " DATE '2025-01-01' + CAST(MOD(x, 365) AS INT), 'Processed', " + user + ", CURRENT_TIMESTAMP, "
                    + user + ", CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 30000) JOIN account a ON a.number = 'J-' ||"
                    + " (MOD(x, 10000) + 1)",
            "INSERT INTO credit_balance_entry (account_id, seq, adjustment_id, kind, history_type, amount,"
                    + " balance_after, entry_date, created_by_id, created_at) SELECT c.account_id, c.id, c.id,"
                    + " 'Cancellation', c.history_type, -c.amount, 0, c.adjustment_date + 1, c.created_by_id,"
                    + " c.created_date FROM credit_balance_adjustment c WHERE MOD(c.id, 15) = 0",
            "INSERT INTO write_off (number, kind, account_id, document_id, currency, amount, effective_date,"
                    + " reason_code, created_by_id, created_at) SELECT 'JW-' || d.id, 'WriteOff', d.account_id,"
                    + " d.id, d.currency, 1, d.document_date, 'Standard Write-off', " + user + ", CURRENT_TIMESTAMP"
                    + " FROM document d WHERE MOD(d.id, 24) = 0 AND d.number LIKE 'JI-%'"};
        for (String s : sql) {
            db.dsl().connection(c -> {
                try (var st = c.createStatement()) {
                    st.execute(s);
                }
            });
        }
    }
}
