package com.settle.bench;

import com.settle.domain.listing.PaymentListQuery;
import com.settle.service.Services;
import com.settle.store.Backups;
import com.settle.store.Database;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ten-year company figures (issue 19), on a file made by {@code settle demo --size large}: every list's first
 * page sorted by each column and searched, every page a clerk opens, the Payments list read top to bottom (and
 * dragged in the window, {@link ScrollFigure}), Verify books, a backup; each against a raw baseline from the same run, and the peak heap over the whole run. When the
 * file is of an older schema version, opening it migrates it and that is timed too.
 */
public final class ScaleBenchmark {

    private final PrintWriter out;
    private final int rounds;
    private final Path file;

    public ScaleBenchmark(PrintWriter out, int rounds, Path file) {
        this.out = out;
        this.rounds = rounds;
        this.file = file;
    }

    public void run() throws Exception {
        FigureTable table = new FigureTable(out);
        int version = Database.schemaVersion(file);
        long t0 = System.nanoTime();
        try (Database db = FreshResults.of(Database.open(file, Database.Mode.EXISTING))) {
            if (version < Database.SCHEMA_VERSION) {
                table.note(String.format("migrated the file from schema version %d to %d in %.1f s", version,
                        Database.SCHEMA_VERSION, (System.nanoTime() - t0) / 1e9));
            }
            Services admin = Services.singlePerson(db.dsl(), "admin", Clock.systemDefaultZone());
            Samples samples = Samples.of(db);
            table.note(String.format("scale benchmark on %s (%,d bytes; median of %d rounds after a warm-up,"
                    + " Settle and raw in turns; a list's first page per call, each round as many calls of each"
                    + " as last %.0f ms; heap at most %,d MB)", db.file(), Files.size(db.file()), rounds,
                    Timing.ROUND_MS, Runtime.getRuntime().maxMemory() >> 20));
            table.note("samples: " + samples);
            table.header();
            new ListFigures(table, db, rounds).run(admin, samples);
            new PageFigures(table, db, rounds).run(admin, samples);
            scroll(table, db, admin);
            verify(table, db, admin);
            backup(table, db);
        }
        new ScrollFigure(table).run(file);
        table.note(String.format("heap in use, the most seen after a figure or a collection: %,d MB of at most %,d MB"
                + " (goal 512 MB)", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20));
    }

    /**
     * Pages of the Payments list from its top to its end (every tenth), as a clerk dragging the scroll bar reads
     * them; the slowest is the longest a row stays blank.
     */
    private void scroll(FigureTable table, Database db, Services s) {
        PaymentListQuery q = PaymentListQuery.all();
        int rows = s.payments().count(q);
        double[] slowest = new double[2];
        double settle = Timing.once(() -> {
            for (int offset = 0; offset < rows; offset += 10 * ListFigures.PAGE) {
                long t = System.nanoTime();
                s.payments().page(q, offset, ListFigures.PAGE);
                slowest[0] = Math.max(slowest[0], (System.nanoTime() - t) / 1e6);
            }
        });
        RawList raw = RawList.payments();
        double plain = Timing.once(() -> db.dsl().connection(c -> {
            for (int offset = 0; offset < rows; offset += 10 * ListFigures.PAGE) {
                long t = System.nanoTime();
                raw.page(c, offset, ListFigures.PAGE);
                slowest[1] = Math.max(slowest[1], (System.nanoTime() - t) / 1e6);
            }
        }));
        table.row(String.format("Payments, every tenth of %,d pages, top to bottom", (rows + ListFigures.PAGE - 1)
                / ListFigures.PAGE), settle, plain, "-");
        table.row("  the slowest of those pages", slowest[0], slowest[1], "100 ms");
    }

    /** Timed runs of Verify books and of its raw scans, in turns, after the first run of each. */
    private static final int VERIFY_ROUNDS = 3;

    /**
     * Verify books against its raw scans as every other figure here: the median of runs made in turns once both
     * have run (one run of Verify is long enough that three say more than one). The first runs in the process,
     * which also compile their code, are shown beside it.
     */
    private void verify(FigureTable table, Database db, Services s) {
        Timing.Work verify = () -> {
            if (!s.verify().verify().balanced()) {
                throw new IllegalStateException("the large company's books do not balance");
            }
        };
        Timing.Work scans = () -> VerifyFigure.streamed(db, c -> VerifyFigure.readAll(c, VerifyFigure.SCANS));
        double firstSettle = Timing.once(verify);
        double firstRaw = Timing.once(scans);
        double[] settleRuns = new double[VERIFY_ROUNDS];
        double[] rawRuns = new double[VERIFY_ROUNDS];
        for (int i = 0; i < VERIFY_ROUNDS; i++) {
            settleRuns[i] = Timing.once(verify);
            rawRuns[i] = Timing.once(scans);
        }
        Arrays.sort(settleRuns);
        Arrays.sort(rawRuns);
        double settle = settleRuns[VERIFY_ROUNDS / 2];
        double raw = rawRuns[VERIFY_ROUNDS / 2];
        table.row(String.format("Verify books, whole file (median of %d after the first)", VERIFY_ROUNDS), settle,
                raw, "1.5x");
        table.note("  Verify's runs " + runs(settleRuns) + " ms; the scans' " + runs(rawRuns) + " ms");
        table.row("  the first run of each in the process", firstSettle, firstRaw, "-");
        double history = Timing.once(() -> VerifyFigure.streamed(db, VerifyFigure::hashHistory));
        table.row("  against raw scans + reading and hashing history", settle, raw + history, "-");
    }

    /** Times in milliseconds, fastest first: "12 / 15 / 20". */
    private static String runs(double[] sorted) {
        return String.join(" / ", Arrays.stream(sorted).mapToObj(v -> String.format("%.0f", v)).toList());
    }

    private void backup(FigureTable table, Database db) throws Exception {
        Path dir = Files.createTempDirectory(db.file().toAbsolutePath().getParent(), "settle-scale-bench");
        try {
            double settle = Timing.once(() -> Backups.backup(db, dir.resolve("backup.zip")));
            double copy = Timing.once(() -> Files.copy(db.file(), dir.resolve("copy.mv.db")));
            double onDisk = copy + Timing.once(() -> {
                try (FileChannel written = FileChannel.open(dir.resolve("copy.mv.db"), StandardOpenOption.WRITE)) {
                    written.force(true);
                }
            });
            table.row(String.format("backup (%,d bytes) against a file copy", Files.size(dir.resolve("backup.zip"))),
                    settle, copy, "2x");
            // A backup is forced to the disk before it is moved into place; a plain copy stays in the page cache.
            table.row("  against a file copy forced to the disk, as a backup is", settle, onDisk, "2x");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The most heap in use at once, as the collector last saw it after each collection (the pools' own peaks
     * happen at different moments and overstate it when added up).
     */
    private static long peakHeap() {
        long most = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                most += pool.getCollectionUsage().getUsed();
            }
        }
        return Math.max(most, HEAP_SEEN.get());
    }

    /** The heap in use, sampled after each figure. */
    static final AtomicLong HEAP_SEEN = new AtomicLong();
}
