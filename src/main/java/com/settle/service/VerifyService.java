package com.settle.service;

import static com.settle.service.RecordChecks.plain;

import com.settle.domain.Currencies;
import com.settle.domain.model.ChainHead;
import com.settle.service.RecordChecks.ItemDifference;
import com.settle.store.AccountTotals;
import com.settle.store.AppliedToItems;
import com.settle.store.BooksQueries;
import com.settle.store.ClosedPeriods;
import com.settle.store.DocumentPass;
import com.settle.store.Futures;
import com.settle.store.ItemBalances;
import com.settle.store.LinePass;
import com.settle.store.LineQueries;
import com.settle.store.NumberGaps;
import com.settle.store.RecordPasses;
import com.settle.store.RowWalk;
import com.settle.store.Streaming;
import com.settle.store.chain.ChainCheck;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * "Verify books": recomputes every invariant of design.md from the stored rows and lists each
 * difference. Read-only; safe to run at any time.
 */
public final class VerifyService {

    /** One broken rule: which book, which record, what was expected and what was found. */
    public record Difference(String book, String record, String expected, String found) {
        @Override
        public String toString() {
            return book + ": " + record + ": expected " + expected + ", found " + found;
        }
    }

    /** The outcome, with how much was checked. */
    public record Report(List<Difference> differences, int payments, int documents, long items, int accounts,
                         ChainHead chainHead) {
        public boolean balanced() {
            return differences.isEmpty();
        }
    }

    /** Payments or documents read between two looks at progress and Cancel (items: five times as many). */
    static final int ROWS_PER_STEP = 20_000;

    private final int rowsPerStep;
    private final Transactions tx;
    private final BooksQueries queries;
    private final RecordPasses passes = new RecordPasses();

    VerifyService(Transactions tx, BooksQueries queries) {
        this(tx, queries, ROWS_PER_STEP);
    }

    /** With another step: tests see progress and Cancel on a small file. */
    VerifyService(Transactions tx, BooksQueries queries, int rowsPerStep) {
        this.tx = tx;
        this.queries = queries;
        this.rowsPerStep = rowsPerStep;
    }

    /** The history chain's head as stored: what Settings &gt; Security shows and backups carry. */
    public ChainHead chainHead() {
        return tx.read(VerifyService::head);
    }

    private static ChainHead head(DSLContext t) {
        HistoryChain.Head h = HistoryChain.head(t);
        return new ChainHead(h.entries(), h.hash());
    }

    /**
     * The quick check run when a database opens: a few grand totals that must agree (applied amounts
     * against applications net of reversals, document balances against their items, credit balances
     * against the ledger). A fraction of {@link #verify}'s work; a difference means: run Verify books.
     */
    public List<Difference> quickCheck() {
        return tx.read(t -> {
            List<Difference> out = new ArrayList<>();
            total(t, out, "payments applied", "SELECT COALESCE(SUM(applied_amount), 0) FROM payment",
                    "SELECT (SELECT COALESCE(SUM(amount), 0) FROM application)"
                            + " - (SELECT COALESCE(SUM(amount), 0) FROM unapplication)");
            // Posted documents are nearly all of them: the posted sums are all the rows less the few others (every
            // balance row has its item, every item its document), read without joining three million items.
            total(t, out, "posted document balances", "SELECT (SELECT COALESCE(SUM(balance), 0) FROM document)"
                            + " - (SELECT COALESCE(SUM(balance), 0) FROM document WHERE status <> 'Posted')",
                    "SELECT (SELECT COALESCE(SUM(balance), 0) FROM document_item_balance) - (SELECT"
                            + " COALESCE(SUM(b.balance), 0) FROM document_item_balance b JOIN document_item i"
                            + " ON i.id = b.item_id JOIN document d ON d.id = i.document_id WHERE d.status <> 'Posted')");
            total(t, out, "credit balances", "SELECT COALESCE(SUM(credit_balance), 0) FROM account",
                    "SELECT COALESCE(SUM(CASE WHEN type = 'Increase' THEN amount ELSE -amount END), 0)"
                            + " FROM credit_balance_adjustment WHERE status = 'Processed'");
            return List.copyOf(out);
        });
    }

    private static void total(DSLContext t, List<Difference> out, String what, String storedSql,
                              String recordsSql) {
        BigDecimal stored = t.fetchOne(storedSql).get(0, BigDecimal.class);
        BigDecimal records = t.fetchOne(recordsSql).get(0, BigDecimal.class);
        if (stored.compareTo(records) != 0) {
            out.add(new Difference("totals", what, "stored total " + plain(stored) + " to equal the records'",
                    plain(records)));
        }
    }

    /**
     * Every check of the books. The history chain is recomputed on a connection and thread of its own beside the
     * other checks, but for the posted documents' rows, which the pass over the items hashes as it reads them; no
     * write can commit meanwhile, so all see the same books.
     */
    public Report verify() {
        return verify(p -> { }, () -> false);
    }

    /**
     * The same, telling {@code progress} how far it is (0 to 1) after each range of payments or documents, and
     * stopping with {@link Canceled} at the next range once {@code canceled} says so (nothing is written either
     * way).
     */
    public Report verify(DoubleConsumer progress, BooleanSupplier canceled) {
        return tx.whileNoWrites(() -> {
            ChainCheck chain = streamed(ChainCheck::start);
            // The passes over the largest dated kinds look for records inside closed periods as they read them.
            ClosedPeriods periods = streamed(ClosedPeriods::read);
            CrossChecks cross = new CrossChecks(queries, canceled, chain.walk(ChainKind.ADJUSTMENT),
                    chain.walk(ChainKind.CREDIT_ENTRY), periods);
            // A second thread sums the application lines per item (for the documents' pass, which reads the
            // documents meanwhile), then reads the items' balance rows as that pass takes them ({@link
            // ItemBalances}), then takes the payments, then the rest of the history chain's rows. The largest
            // tables are read once for both: the chain's payments ride along the payments' pass, its application item
            // lines along their sums per item, its adjustments and credit history lines along the credit balances'
            // check ({@link ChainCheck#walk}), its posted documents
            // with their items along the documents' pass ({@link ChainCheck#posted}), which runs here with the lines'
            // pass: the longer part.
            RowWalk paymentsChained = chain.walk(ChainKind.PAYMENT);
            RowWalk itemLinesChained = chain.walk(ChainKind.APPLICATION_ITEM);
            CompletableFuture<AppliedToItems> applied = CompletableFuture.supplyAsync(
                    () -> streamed(t -> AppliedToItems.read(t, itemLinesChained)), VerifyService::onItsOwnThread);
            CompletableFuture<Void> balances = applied.thenAcceptAsync(lines -> {
                try {
                    streamed(t -> {
                        lines.balances().read(t);
                        return null;
                    });
                } catch (RuntimeException | Error e) {
                    lines.balances().failed(e);
                    throw e;
                }
            }, VerifyService::onItsOwnThread);
            CompletableFuture<PaymentsFound> payments = balances.handle((read, failure) -> null).thenApplyAsync(
                    x -> streamed(t -> payments(t, paymentsChained, periods)), VerifyService::onItsOwnThread);
            CompletableFuture<Void> others = payments.handle((found, failure) -> null).thenAcceptAsync(
                    x -> streamed(t -> {
                        chain.others(t);
                        return null;
                    }), VerifyService::onItsOwnThread);
            // Once its part of the chain is checked, that core is free: it takes checks across tables, as the passes do
            // after.
            CompletableFuture<Void> crossBeside = others.handle((done, failure) -> null).thenAcceptAsync(
                    x -> streamed(t -> {
                        cross.work(t);
                        return null;
                    }), VerifyService::onItsOwnThread);
            return streamed(t -> verify(t, applied, payments, chain, others, cross, crossBeside, periods, progress,
                    canceled));
        });
    }

    /** A read whose queries hand over their rows as found: Verify's passes read millions. */
    private <T> T streamed(Function<DSLContext, T> work) {
        return tx.read(t -> Streaming.reads(t, () -> work.apply(t)));
    }

    /** Verify books stopped before its end because the clerk asked: nothing was found either way. */
    public static final class Canceled extends ServiceException {
        Canceled() {
            super("Verify books was canceled before it finished; nothing was changed. Run it again to check the books.");
        }
    }

    private static void step(DoubleConsumer progress, BooleanSupplier canceled, double fraction) {
        if (canceled.getAsBoolean()) {
            throw new Canceled();
        }
        progress.accept(fraction);
    }

    /** How much of Verify's time the documents take (the payments and the history chain run beside them). */
    private static final double DOCUMENTS_SHARE = 0.65;
    /** The application lines' share, after the documents'; the checks across tables end at 0.95. */
    private static final double LINES_SHARE = 0.15;

    private static int scale(Map<String, Integer> scales, String currency) {
        return scales.getOrDefault(currency, Integer.MAX_VALUE);
    }

    /** A pass's rows counted, with a look at progress and Cancel every so many. */
    private static final class Steps {
        private final DoubleConsumer progress;
        private final BooleanSupplier canceled;
        private final double from;
        private final double share;
        private final long total;
        private final long every;
        private long rows;

        Steps(DoubleConsumer progress, BooleanSupplier canceled, double from, double share, long total, long every) {
            this.progress = progress;
            this.canceled = canceled;
            this.from = from;
            this.share = share;
            this.total = total;
            this.every = every;
        }

        void row() {
            if (++rows % every == 0) {
                step(progress, canceled, from + share * Math.min(1.0, (double) rows / Math.max(1, total)));
            }
        }

        long rows() {
            return rows;
        }
    }

    private static void onItsOwnThread(Runnable work) {
        Thread thread = new Thread(work, "settle-verify-chain");
        thread.setDaemon(true);
        thread.start();
    }

    /** Each currency in use with its decimals. */
    static Map<String, Integer> scales(BooksQueries queries, DSLContext t) {
        Map<String, Integer> scales = new HashMap<>();
        for (String code : queries.currencies(t)) {
            scales.put(code, Currencies.scale(Currency.getInstance(code)));
        }
        return scales;
    }

    /** What the pass over the payments found: differences by record, each account's sums, how many payments. */
    private record PaymentsFound(List<Difference> differences, Map<Long, AccountTotals.Sums> sums, int payments,
                                 RecordPasses.PaymentPlaces places, NumberGaps.Tally numbers) {
    }

    /**
     * Every payment against its lines and the kept sums of its account. On the second thread: it tells no progress,
     * and Cancel stops the pass over the documents beside it.
     */
    private PaymentsFound payments(DSLContext t, RowWalk chained, ClosedPeriods periods) {
        Map<String, Integer> scales = scales(queries, t);
        List<Difference> differences = new ArrayList<>();
        Map<Long, AccountTotals.Sums> sums = new HashMap<>();
        int[] payments = {0};
        NumberGaps.Tally numbers = new NumberGaps.Tally();
        Map<Long, BigDecimal> transferred = queries.transfersFromPayments(t);
        RecordPasses.PaymentPlaces places = passes.payments(t, passes.accountCurrencies(t), transferred, p -> {
            payments[0]++;
            numbers.payment(p.number());
            sums.merge(p.accountId(), AccountTotals.ofPayment(p.status().code(), p.unapplied()),
                    AccountTotals.Sums::plus);
            RecordChecks.checkPayment(p, scale(scales, p.currency()), differences);
        }, chained, periods);
        differences.sort(Comparator.comparing(Difference::record));
        return new PaymentsFound(differences, sums, payments[0], places, numbers);
    }

    private Report verify(DSLContext t, CompletableFuture<AppliedToItems> applied,
                          CompletableFuture<PaymentsFound> paymentsFound, ChainCheck chain,
                          CompletableFuture<Void> chainOthers, CrossChecks crossChecks,
                          CompletableFuture<Void> crossBeside, ClosedPeriods periods, DoubleConsumer progress,
                          BooleanSupplier canceled) {
        List<Difference> out = new ArrayList<>();
        Map<String, Integer> scales = scales(queries, t);
        // One pass over each table in id order; the few differences are sorted by record afterwards.
        step(progress, canceled, 0);
        Map<Long, AccountTotals.Sums> sums = new HashMap<>();
        Map<Long, String> currencies = passes.accountCurrencies(t);
        // Items first: each document's items are summed on the way, then its own row is checked against them.
        Steps itemSteps = new Steps(progress, canceled, 0, DOCUMENTS_SHARE * 2 / 3,
                passes.count(t, "document_item"), rowsPerStep * 5L);
        Steps documents = new Steps(progress, canceled, DOCUMENTS_SHARE * 2 / 3, DOCUMENTS_SHARE / 3,
                passes.count(t, "document"), rowsPerStep);
        List<ItemDifference> itemDifferences = new ArrayList<>();
        List<Difference> documentDifferences = new ArrayList<>();
        DocumentPass documentPass = new DocumentPass();
        NumberGaps.Tally documentNumbers = new NumberGaps.Tally();
        DocumentPass.Places places = documentPass.run(t, currencies, scales, () -> Futures.join(applied), i -> {
            itemSteps.row();
            RecordChecks.checkItem(i, scale(scales, i.currency()), itemDifferences);
        }, d -> {
            documents.row();
            documentNumbers.document(d.type(), d.number());
            sums.merge(d.accountId(), AccountTotals.ofDocument(d.status().code(), d.type(), d.balance()),
                    AccountTotals.Sums::plus);
            RecordChecks.checkDocument(d, scale(scales, d.currency()), documentDifferences);
        }, chain.posted(), periods);
        PaymentsFound payments = Futures.join(paymentsFound);
        out.addAll(payments.differences());
        payments.sums().forEach((account, paid) -> sums.merge(account, paid, AccountTotals.Sums::plus));
        documentDifferences.sort(Comparator.comparing(Difference::record));
        out.addAll(documentDifferences);
        itemDifferences.sort(Comparator.comparing(ItemDifference::documentNumber)
                .thenComparingInt(ItemDifference::ordinal));
        itemDifferences.forEach(d -> out.add(d.difference()));
        step(progress, canceled, DOCUMENTS_SHARE);
        Steps lineSteps = new Steps(progress, canceled, DOCUMENTS_SHARE, LINES_SHARE,
                passes.count(t, "application") + passes.count(t, "application_document")
                        + passes.count(t, "application_item"), rowsPerStep * 5L);
        LinePass.Found lines = new LinePass().run(t, places, payments.places(), periods, lineSteps::row);
        LineQueries named = new LineQueries();
        List<Difference> lineMismatches = named.mismatches(t, lines).stream().map(CrossChecks::lineMismatch).toList();
        List<Difference> crossedLines = named.crossed(t, lines).stream().map(CrossChecks::crossedLine).toList();
        crossChecks.work(t);
        Futures.join(crossBeside);
        List<Difference> openTotals = documentPass.openTotals().differences(t).stream().map(CrossChecks::openTotal)
                .toList();
        List<Difference> appliedBefore = lines.appliedBeforePayment().isEmpty() ? List.of()
                : queries.applicationsBeforePayment(t).stream().map(CrossChecks::appliedBeforePayment).toList();
        List<Difference> numbers = crossChecks.numbers(t, payments.numbers().plus(documentNumbers));
        CrossChecks.Found cross = crossChecks.found(new CrossChecks.FromPasses(lineMismatches, crossedLines,
                openTotals, appliedBefore, numbers, crossChecks.closedPeriods(t)));
        out.addAll(cross.before());
        RecordChecks.checkKeptSums(queries.accountTotals(t), sums, out);
        out.addAll(cross.after());
        step(progress, canceled, 0.95);
        Futures.join(chainOthers);
        chain.breaks(t).forEach(b -> out.add(new Difference("6 history", b.record(), b.expected(), b.found())));
        return new Report(List.copyOf(out), payments.payments(), (int) documents.rows(), itemSteps.rows(),
                cross.accounts().size(), head(t));
    }
}
