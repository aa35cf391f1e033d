package com.settle.bench;

import com.settle.domain.Money;
import com.settle.domain.allocation.AllocationTarget;
import com.settle.domain.allocation.Allocator;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.OpenDocument;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.AccountService;
import com.settle.service.PaymentService;
import com.settle.service.Services;
import com.settle.service.Transactions;
import com.settle.store.AccountRepository;
import com.settle.store.ApplicationRepository;
import com.settle.store.ApplicationRepository.DocumentLine;
import com.settle.store.ApplicationRepository.ItemLine;
import com.settle.store.Database;
import com.settle.store.DocumentRepository;
import com.settle.store.OpenDocumentsQuery;
import com.settle.store.PaymentQueries;
import com.settle.store.PaymentRepository;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The payment figures of the issue, each next to a raw baseline measured in the same run on the same
 * H2 file: persisting an application of 15,000 and of 150,000 item amounts against a raw JDBC batch
 * insert of as many rows; computing a Proration split over 10,000 documents / 150,000 items; the
 * Apply dialog's query for 1,000 documents / 15,000 items against the same SQL through raw JDBC.
 */
public final class PaymentBenchmark {

    private final PrintWriter out;
    private final int rounds;
    private boolean verifyOnly;

    private ScreenProbe screens;

    public PaymentBenchmark(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    /** Seeds the data and measures only the Verify books figure. */
    /** The Apply dialog's part, from the application; without it those two figures are left out. */
    public PaymentBenchmark withScreens(ScreenProbe screens) {
        this.screens = screens;
        return this;
    }

    public PaymentBenchmark verifyOnly() {
        verifyOnly = true;
        return this;
    }

    public void run() throws Exception {
        Path dir = Files.createTempDirectory("settle-bench");
        try (Database db = FreshResults.of(Database.open(dir.resolve("bench.mv.db")))) {
            Services admin = Services.singlePerson(db.dsl(), "admin", Clock.systemDefaultZone());
            out.println("payment benchmark on " + db.file() + " (median of " + rounds + " rounds after warm-up)");
            long t0 = System.nanoTime();
            String big = seed(db, admin, "Big Co", 10_000);
            String small = seed(db, admin, "Small Co", 1_000);
            out.printf("seeded 11,000 documents / 165,000 items in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            db.dsl().execute("CREATE TABLE bench_raw (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " application_document_id BIGINT, document_item_id BIGINT, amount DECIMAL(19, 4))");
            out.printf("%-52s %12s %12s %8s %8s%n", "figure", "settle ms", "raw ms", "ratio", "goal");
            // First, while the books are whole: the persist figures below write raw rows that no use case made.
            new VerifyFigure(out, rounds).run(db, admin);
            if (verifyOnly) {
                return;
            }
            persist(db, admin, small, 15_000);
            compute(db, big);
            persist(db, admin, big, 150_000);
            query(db, small);
            dialogLoad(db, big, "10,000 docs / 150,000 items");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
    }

    /** An account with {@code docs} posted invoices of 15 items each, written in batches, and a large payment. */
    private String seed(Database db, Services admin, String name, int docs) {
        String account = admin.accounts().create(new AccountService.NewAccountCommand(name, "USD", null, null, null,
                null));
        long accountId = new AccountRepository().findByNumber(db.dsl(), account).orElseThrow().getId();
        DocumentRepository documents = new DocumentRepository();
        LocalDate start = LocalDate.of(2025, 1, 1);
        // Through Transactions, as every use case: the postings join the history chain before the figures start.
        new Transactions(db.dsl()).inBulkTransaction(t -> {
            for (int d = 0; d < docs; d++) {
                List<DocumentRepository.NewItem> items = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    BigDecimal amount = BigDecimal.valueOf(1_000 + (d * 31L + i * 17L) % 90_000, 2);
                    items.add(new DocumentRepository.NewItem("Charge " + i, null, null, null, BigDecimal.ONE, amount,
                            amount, null));
                }
                LocalDate date = start.plusDays(d % 500);
                documents.insert(t, new DocumentRepository.NewDocument(
                        DocumentType.INVOICE, accountId, "USD", date, date.plusDays(30), null,
                        true, items), OffsetDateTime.now());
            }
            return null;
        });
        admin.payments().record(new PaymentService.NewPaymentCommand(account, new BigDecimal("900000000.00"),
                start, PaymentMethod.BANK_TRANSFER, null, null));
        return account;
    }

    private long accountId(Database db, String account) {
        return new AccountRepository().findByNumber(db.dsl(), account).orElseThrow().getId();
    }

    /** The application's save step (as ApplicationService does it) for {@code count} item lines of 0.01 each. */
    private void persist(Database db, Services admin, String account, int count) {
        long accountId = accountId(db, account);
        List<OpenDocument> open = db.dsl().transactionResult(cfg -> new PaymentQueries().openDocuments(cfg.dsl(),
                accountId));
        Map<Long, List<ItemLine>> byDoc = new LinkedHashMap<>();
        int taken = 0;
        for (OpenDocument d : open) {
            for (OpenDocument.Item i : d.items()) {
                if (taken++ < count) {
                    byDoc.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(new ItemLine(i.id(),
                            new BigDecimal("0.01")));
                }
            }
        }
        List<DocumentLine> lines = new ArrayList<>();
        byDoc.forEach((d, l) -> lines.add(new DocumentLine(d, l)));
        var payment = new PaymentRepository().findByNumber(db.dsl(), paymentOf(db, accountId)).orElseThrow();
        // One use case's transaction, history chain included (what ApplicationService pays for it).
        double settle = median(() -> new Transactions(db.dsl()).inTransaction(t -> {
            save(t, payment.getId(), lines, count, admin.user().userId());
            return null;
        }));
        double raw = median(() -> rawInsert(db, count));
        double same = median(() -> rawLines(db, payment.getId(), lines, admin.user().userId()));
        // The goal compares saving with raw JDBC writing the same 15,000 rows into the same file: the
        // application's header, document lines and item lines into the real tables. Against a bare table
        // without keys it is shown too; foreign keys alone make the real rows cost about five times that.
        String figure = "persist one application of " + String.format("%,d", count) + " item amounts";
        row(figure, settle, same, "1.5x");
        row("  same, against rows into a bare table (no keys)", settle, raw, "-");
    }

    private static String paymentOf(Database db, long accountId) {
        return db.dsl().fetchValue("SELECT number FROM payment WHERE account_id = ?", accountId).toString();
    }

    private static void save(DSLContext tx, long paymentId, List<DocumentLine> lines, int count, long userId) {
        // ApplicationService's save step: the lines and the balances (in the repository), then the payment.
        new ApplicationRepository().insert(tx, paymentId, LocalDate.of(2026, 1, 1), "Manual", lines, userId,
                OffsetDateTime.now());
        new PaymentRepository().addToParts(tx, paymentId, BigDecimal.valueOf(count, 2), BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    private static void rawInsert(Database db, int count) {
        db.dsl().connection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO bench_raw (application_document_id, document_item_id, amount) VALUES (?, ?, ?)")) {
                BigDecimal cent = new BigDecimal("0.01");
                for (int i = 0; i < count; i++) {
                    ps.setLong(1, i / 15);
                    ps.setLong(2, i);
                    ps.setBigDecimal(3, cent);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    /**
     * The application's own rows (header, document lines, item lines) written by raw JDBC batches into
     * the real tables with their keys and indexes, without moving any balance: the floor for saving.
     */
    private static void rawLines(Database db, long paymentId, List<DocumentLine> lines, long userId) {
        db.dsl().connection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long applicationId;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO application (payment_id, effective_date,"
                        + " rule, amount, created_by_id, created_at) VALUES (?, DATE '2026-01-01', 'Manual', 1, ?,"
                        + " CURRENT_TIMESTAMP)", new String[] {"ID"})) {
                    ps.setLong(1, paymentId);
                    ps.setLong(2, userId);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        applicationId = keys.getLong(1);
                    }
                }
                // Ids read back as the repository does (H2's generated keys for a batch cost more than this).
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_document (application_id,"
                        + " document_id, amount) VALUES (?, ?, ?)")) {
                    for (DocumentLine line : lines) {
                        ps.setLong(1, applicationId);
                        ps.setLong(2, line.documentId());
                        ps.setBigDecimal(3, line.amount());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                Map<Long, Long> lineOf = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT document_id, id FROM application_document WHERE application_id = ?")) {
                    ps.setLong(1, applicationId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            lineOf.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                }
                long[] lineIds = new long[lines.size()];
                for (int d = 0; d < lines.size(); d++) {
                    lineIds[d] = lineOf.get(lines.get(d).documentId());
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_item (application_document_id,"
                        + " document_item_id, amount) VALUES (?, ?, ?)")) {
                    for (int d = 0; d < lines.size(); d++) {
                        for (ItemLine item : lines.get(d).items()) {
                            ps.setLong(1, lineIds[d]);
                            ps.setLong(2, item.itemId());
                            ps.setBigDecimal(3, item.amount());
                            ps.addBatch();
                        }
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    private void compute(Database db, String account) {
        long accountId = accountId(db, account);
        List<OpenDocument> open = db.dsl().transactionResult(cfg -> new PaymentQueries().openDocuments(cfg.dsl(),
                accountId));
        List<AllocationTarget> targets = new ArrayList<>();
        for (OpenDocument d : open) {
            targets.addAll(d.targets());
        }
        BigDecimal sum = targets.stream().map(AllocationTarget::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        Money amount = Money.of(sum.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN),
                Currency.getInstance("USD"));
        double ms = median(() -> Allocator.allocate("Amount", ApplicationRule.PRORATION, amount, targets));
        out.printf("%-52s %12.1f %12s %8s %8s%n", "compute Proration over " + String.format("%,d", targets.size())
                + " items", ms, "-", "-", "100 ms");
    }

    private void query(Database db, String account) {
        long accountId = accountId(db, account);
        PaymentQueries queries = new PaymentQueries();
        double settle = median(() -> db.dsl().transactionResult(cfg -> queries.openDocuments(cfg.dsl(), accountId)));
        double raw = median(() -> db.dsl().connectionResult(c -> rawQuery(c, accountId)));
        row("Apply dialog query, 1,000 documents / 15,000 items", settle, raw, "1.5x");
        dialogLoad(db, account, "1,000 docs / 15,000 items");
    }

    /** Opening the Apply dialog off screen: the payment's figures, the open documents, a row per item. */
    private void dialogLoad(Database db, String account, String size) {
        var applications = Services.singlePerson(db.dsl(), "admin", Clock.systemDefaultZone()).applications();
        String payment = paymentOf(db, accountId(db, account));
        if (screens == null) {
            out.printf("%-52s %12s%n", "Apply dialog load + rows, " + size, "(needs the application's screens)");
            return;
        }
        double open = median(() -> screens.openApplyDialog(applications.context(payment)));
        // The 500 ms goal is for 1,000 documents; the larger dialog loads in the background with progress.
        out.printf("%-52s %12.1f %12s %8s %8s%n", "Apply dialog load + rows, " + size, open, "-", "-",
                size.startsWith("1,000 ") ? "500 ms" : "-");
        Runnable autoApply = screens.openApplyDialog(applications.context(payment));
        double auto = median(autoApply::run);
        out.printf("%-52s %12.1f %12s %8s %8s%n", "Apply dialog Auto-apply (FIFO), " + size, auto, "-", "-", "-");
        out.flush();
    }

    private static int rawQuery(Connection c, long accountId) throws SQLException {
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(OpenDocumentsQuery.SQL)) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                Object[] row = new Object[16];
                while (rs.next()) {
                    for (int i = 0; i < 16; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    private void row(String figure, double settle, double raw, String goal) {
        out.printf("%-52s %12.1f %12.1f %7.2fx %8s%n", figure, settle, raw, settle / raw, goal);
        out.flush();
    }

    private double median(Timing.Work work) {
        return Timing.median(rounds, work);
    }
}
