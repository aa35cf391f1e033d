package com.settle.bench;

import com.settle.service.AccountService;
import com.settle.service.Services;
import com.settle.store.Database;
import com.settle.service.ImportService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Importing 100,000 invoice items (10,000 invoices of 10 items) from a CSV file, against raw JDBC
 * batches writing the same rows (documents, items, item balances) into the same tables of the same file;
 * then 1,000,000 payments from one CSV file against raw JDBC batches writing the same payment rows, with
 * the peak heap and the growth of the database file.
 */
public final class ImportBenchmark {

    private static final int DOCUMENTS = 10_000;
    private static final int ITEMS = 10;

    private final PrintWriter out;
    private final int rounds;
    private int payments;

    public ImportBenchmark(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    public void run() throws Exception {
        Path dir = Files.createTempDirectory("settle-import-bench");
        try (Database db = FreshResults.of(Database.open(dir.resolve("bench.mv.db")))) {
            Services admin = Services.singlePerson(db.dsl(), "admin", Clock.systemDefaultZone());
            String account = admin.accounts().create(new AccountService.NewAccountCommand("Importer", "USD", null,
                    null, null, null));
            // A file per round: the same file twice is refused (and its rows too), as a clerk would want.
            Path[] files = new Path[rounds + 1];
            for (int f = 0; f < files.length; f++) {
                files[f] = dir.resolve("items-" + f + ".csv");
                try (BufferedWriter w = Files.newBufferedWriter(files[f], StandardCharsets.UTF_8)) {
                    w.write("DocumentNumber,Account,DocumentDate,Charge,Quantity,UnitPrice\n");
                    for (int d = 0; d < DOCUMENTS; d++) {
                        for (int i = 1; i <= ITEMS; i++) {
                            w.write("X" + f + "-" + d + "," + account + ",2026-10-01,Charge " + i + ",1," + (i + 0.25)
                                    + "\n");
                        }
                    }
                }
            }
            int[] next = {0};
            long accountId = db.dsl().fetchSingle("SELECT id FROM account WHERE number = ?", account)
                    .get(0, Long.class);
            out.printf("import benchmark on %s (median of %d rounds after warm-up; each round imports a file of new rows)%n",
                    db.file(), rounds);
            double settle = Timing.median(rounds, () -> admin.imports().documents(files[next[0]++],
                    ImportService.Options.STORE));
            double raw = Timing.median(rounds, () -> rawInsert(db, accountId));
            out.printf("%-52s %12s %12s %8s %8s%n", "figure", "settle ms", "raw ms", "ratio", "goal");
            out.printf("%-52s %12.1f %12.1f %7.2fx %8s%n", "import 100,000 invoice items (10,000 invoices)", settle,
                    raw, settle / raw, "2x");
            out.println("verify books: " + (admin.verify().verify().balanced() ? "balanced" : "differences"));
            out.flush();
        } finally {
            delete(dir);
        }
        if (payments > 0) {
            new PaymentImportFigure(out, payments).run();
        }
        out.flush();
    }

    /** Also times importing this many payments from one file (0: not). */
    public ImportBenchmark withPayments(int rows) {
        this.payments = rows;
        return this;
    }

    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The same rows by raw JDBC batches: documents (ids read back), items, balances, one commit. */
    private static void rawInsert(Database db, long accountId) {
        db.dsl().execute("SET WRITE_DELAY 500"); // as Settle's import does for its one large transaction
        db.dsl().connection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long first;
                try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT COALESCE(MAX(id), 0) FROM document")) {
                    rs.next();
                    first = rs.getLong(1) + 1;
                }
                String tag = "R" + System.nanoTime() % 1_000_000 + "-";
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO document (doc_type, number, account_id,"
                        + " currency, document_date, due_date, status, amount, balance, created_at) VALUES"
                        + " ('Invoice', ?, ?, 'USD', ?, ?, 'Draft', ?, ?, CURRENT_TIMESTAMP)")) {
                    for (int d = 0; d < DOCUMENTS; d++) {
                        ps.setString(1, tag + d);
                        ps.setLong(2, accountId);
                        ps.setObject(3, LocalDate.of(2026, 10, 1));
                        ps.setObject(4, LocalDate.of(2026, 10, 31));
                        ps.setBigDecimal(5, new BigDecimal("57.50"));
                        ps.setBigDecimal(6, new BigDecimal("57.50"));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_item (document_id, ordinal,"
                        + " charge_name, quantity, unit_price, amount) VALUES (?, ?, ?, 1, ?, ?)")) {
                    for (long d = first; d < first + DOCUMENTS; d++) {
                        for (int i = 1; i <= ITEMS; i++) {
                            BigDecimal price = new BigDecimal(i + ".25");
                            ps.setLong(1, d);
                            ps.setInt(2, i);
                            ps.setString(3, "Charge " + i);
                            ps.setBigDecimal(4, price);
                            ps.setBigDecimal(5, price);
                            ps.addBatch();
                        }
                    }
                    ps.executeBatch();
                }
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO document_item_balance (item_id, amount, balance) SELECT id, amount,"
                            + " amount FROM document_item WHERE document_id >= " + first);
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
        });
        db.dsl().execute("SET WRITE_DELAY 0");
        db.dsl().execute("CHECKPOINT");
    }
}
