package com.settle.bench;

import com.settle.service.AccountService;
import com.settle.service.ImportService;
import com.settle.service.ImportService.Report;
import com.settle.service.Services;
import com.settle.store.Database;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One large payments file (a bank's year of receipts): Settle's import, once, against raw JDBC batches
 * writing the same payment rows (numbers, parts, reference) into the same table of a second, equally
 * prepared file, with one commit. Prints both times and their ratio, the peak heap of the import (the
 * largest used heap the collector saw; run with {@code -Xmx512m} to hold it to the goal) and how much each
 * database file grew.
 */
final class PaymentImportFigure {

    private static final int ACCOUNTS = 100;

    private final PrintWriter out;
    private final int rows;

    PaymentImportFigure(PrintWriter out, int rows) {
        this.out = out;
        this.rows = rows;
    }

    void run() throws Exception {
        Path dir = Files.createTempDirectory("settle-payment-import");
        try {
            Path csv = dir.resolve("payments.csv");
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("Account,Amount,EffectiveDate,Method,Reference\n");
                for (int i = 0; i < rows; i++) {
                    w.write(account(i % ACCOUNTS) + "," + amount(i) + "," + date(i) + ",Bank transfer,BANK-" + i
                            + "\n");
                }
            }
            out.printf("%nimport %,d payments from one file (%,.1f MB), one run each; max heap %,d MB%n", rows,
                    Files.size(csv) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
            Path settleFile = dir.resolve("settle.mv.db");
            Path rawFile = dir.resolve("raw.mv.db");
            long settleBefore = prepare(settleFile);
            long rawBefore = prepare(rawFile);
            resetPeaks();
            long t0 = System.nanoTime();
            Report report;
            try (Database db = FreshResults.of(Database.open(settleFile, Database.Mode.EXISTING))) {
                report = Services.singlePerson(db.dsl(), "admin", Clock.systemDefaultZone()).imports().payments(csv,
                        ImportService.Options.STORE);
            }
            double settle = (System.nanoTime() - t0) / 1e6;
            long peak = peakHeap();
            long t1 = System.nanoTime();
            try (Database db = FreshResults.of(Database.open(rawFile, Database.Mode.EXISTING))) {
                raw(db);
            }
            double raw = (System.nanoTime() - t1) / 1e6;
            out.printf("%-52s %12s %12s %8s %8s%n", "figure", "settle ms", "raw ms", "ratio", "goal");
            out.printf("%-52s %12.1f %12.1f %7.2fx %8s%n", String.format("import %,d payments", rows), settle, raw,
                    settle / raw, "1.5x");
            out.printf("payments created: %,d (%s); peak heap during the import: %,d MB (goal <= 512 MB)%n",
                    report.createdCount(), report.batch(), peak >> 20);
            out.printf("file growth: settle %,.1f MB -> %,.1f MB, raw %,.1f MB -> %,.1f MB%n", settleBefore / 1e6,
                    Files.size(settleFile) / 1e6, rawBefore / 1e6, Files.size(rawFile) / 1e6);
            try (Database db = FreshResults.of(Database.open(settleFile, Database.Mode.EXISTING))) {
                Services admin = Services.singlePerson(db.dsl(), "admin", Clock.systemDefaultZone());
                out.println("verify books: " + (admin.verify().verify().balanced() ? "balanced" : "differences"));
            }
        } finally {
            ImportBenchmark.delete(dir);
        }
        out.flush();
    }

    /** A new company file with the accounts the file names; returns its size. */
    private static long prepare(Path file) throws Exception {
        try (Database db = FreshResults.of(Database.open(file, Database.Mode.NEW))) {
            Services admin = Services.singlePerson(db.dsl(), "admin", Clock.systemDefaultZone());
            for (int a = 0; a < ACCOUNTS; a++) {
                admin.accounts().create(new AccountService.NewAccountCommand("Customer " + a, "USD", null, null,
                        null, null));
            }
        }
        return Files.size(file);
    }

    private void raw(Database db) {
        long userId = db.dsl().fetchSingle("SELECT id FROM app_user WHERE username = 'admin'").get(0, Long.class);
        List<Long> accountIds = new ArrayList<>();
        db.dsl().fetch("SELECT id FROM account ORDER BY id").forEach(r -> accountIds.add(r.get(0, Long.class)));
        // The same write setting as Settle's import uses for its one large transaction (Transactions.inBulkTransaction).
        db.dsl().execute("SET WRITE_DELAY 500");
        db.dsl().connection(c -> {
            c.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO payment (number, account_id, currency,"
                    + " amount, effective_date, method, reference, status, applied_amount, unapplied_amount,"
                    + " refunded_amount, transferred_amount, created_by_id, created_at, source_reference)"
                    + " VALUES (?, ?, 'USD', ?, ?, 'BankTransfer', ?, 'Processed', 0, ?, 0, 0, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    BigDecimal amount = new BigDecimal(amount(i));
                    ps.setString(1, String.format("P-%08d", i + 1));
                    ps.setLong(2, accountIds.get(i % ACCOUNTS));
                    ps.setBigDecimal(3, amount);
                    ps.setObject(4, LocalDate.parse(date(i)));
                    ps.setString(5, "BANK-" + i);
                    ps.setBigDecimal(6, amount);
                    ps.setLong(7, userId);
                    ps.setObject(8, now);
                    ps.setString(9, "BANK-" + i);
                    ps.addBatch();
                    if (i % 2_000 == 1_999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        });
        db.dsl().execute("SET WRITE_DELAY 0");
        db.dsl().execute("CHECKPOINT");
    }

    private static String account(int a) {
        return String.format("A-%08d", a + 1);
    }

    private static String amount(int i) {
        return (10 + i % 5000) + "." + String.format("%02d", i % 100);
    }

    private static String date(int i) {
        return LocalDate.of(2026, 1, 1).plusDays(i % 300).toString();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the used heap at any one moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
