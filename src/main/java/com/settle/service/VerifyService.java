package com.settle.service;

import static com.settle.service.RecordChecks.plain;
import static com.settle.service.RecordChecks.same;

import com.settle.domain.Currencies;
import com.settle.domain.model.ChainHead;
import com.settle.service.RecordChecks.ItemDifference;
import com.settle.store.AccountTotals;
import com.settle.store.BooksQueries;
import com.settle.store.BooksQueries.AccountFigures;
import com.settle.store.ClosedPeriodQueries;
import com.settle.store.Futures;
import com.settle.store.NumberGaps;
import com.settle.store.RecordPasses;
import com.settle.store.chain.ChainCheck;
import com.settle.store.chain.HistoryChain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
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
            total(t, out, "posted document balances", "SELECT COALESCE(SUM(balance), 0) FROM document"
                            + " WHERE status = 'Posted'",
                    "SELECT COALESCE(SUM(b.balance), 0) FROM document_item_balance b JOIN document_item i"
                            + " ON i.id = b.item_id JOIN document d ON d.id = i.document_id WHERE d.status = 'Posted'");
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
     * Every check of the books. The history chain is recomputed on connections and threads of their own
     * beside the other checks (it rereads every history row: about as long as all the rest); no write can
     * commit meanwhile, so all see the same books.
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
            CompletableFuture<List<ChainCheck.Break>> chain = CompletableFuture.supplyAsync(
                    () -> ChainCheck.check(tx::read, VerifyService::onItsOwnThread), VerifyService::onItsOwnThread);
            return tx.read(t -> verify(t, chain, progress, canceled));
        });
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

    /** How much of Verify's time the payments and the documents take (the history chain runs beside them). */
    private static final double PAYMENTS_SHARE = 0.15;
    private static final double DOCUMENTS_SHARE = 0.5;

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

    private Report verify(DSLContext t, CompletableFuture<List<ChainCheck.Break>> chain, DoubleConsumer progress,
                          BooleanSupplier canceled) {
        List<Difference> out = new ArrayList<>();
        Map<String, Integer> scales = new HashMap<>();
        for (String code : queries.currencies(t)) {
            scales.put(code, Currencies.scale(Currency.getInstance(code)));
        }
        // One pass over each table in id order; the few differences are sorted by record afterwards.
        Steps payments = new Steps(progress, canceled, 0, PAYMENTS_SHARE, passes.count(t, "payment"), rowsPerStep);
        List<Difference> paymentDifferences = new ArrayList<>();
        step(progress, canceled, 0);
        Map<Long, AccountTotals.Sums> sums = new HashMap<>();
        Map<Long, String> currencies = passes.accountCurrencies(t);
        passes.payments(t, currencies, queries.transfersFromPayments(t), p -> {
            payments.row();
            sums.merge(p.accountId(), AccountTotals.ofPayment(p.status().code(), p.unapplied()),
                    AccountTotals.Sums::plus);
            RecordChecks.checkPayment(p, scale(scales, p.currency()), paymentDifferences);
        });
        paymentDifferences.sort(Comparator.comparing(Difference::record));
        out.addAll(paymentDifferences);
        long documentCount = passes.count(t, "document");
        Steps documents = new Steps(progress, canceled, PAYMENTS_SHARE, DOCUMENTS_SHARE / 3, documentCount,
                rowsPerStep);
        List<Difference> documentDifferences = new ArrayList<>();
        passes.documents(t, currencies, d -> {
            documents.row();
            sums.merge(d.accountId(), AccountTotals.ofDocument(d.status().code(), d.type(), d.balance()),
                    AccountTotals.Sums::plus);
            RecordChecks.checkDocument(d, scale(scales, d.currency()), documentDifferences);
        });
        Steps itemSteps = new Steps(progress, canceled, PAYMENTS_SHARE + DOCUMENTS_SHARE / 3, DOCUMENTS_SHARE * 2 / 3,
                passes.count(t, "document_item"), rowsPerStep * 5L);
        List<ItemDifference> itemDifferences = new ArrayList<>();
        passes.items(t, scales, i -> {
            itemSteps.row();
            RecordChecks.checkItem(i, scale(scales, i.currency()), itemDifferences);
        });
        documentDifferences.sort(Comparator.comparing(Difference::record));
        out.addAll(documentDifferences);
        itemDifferences.sort(Comparator.comparing(ItemDifference::documentNumber)
                .thenComparingInt(ItemDifference::ordinal));
        itemDifferences.forEach(d -> out.add(d.difference()));
        step(progress, canceled, PAYMENTS_SHARE + DOCUMENTS_SHARE);
        List<AccountFigures> accounts = queries.accounts(t);
        accounts.forEach(a -> RecordChecks.checkAccount(a, out));
        checkRunningBalances(t, out);
        queries.lineMismatches(t).forEach(m -> out.add(new Difference("1 payments", m.record(),
                "stored amount " + plain(m.stored()) + " to equal its lines", "lines sum to "
                + plain(m.sumOfParts()))));
        queries.openTotalDifferences(t).forEach(m -> out.add(new Difference("2 documents", m.record(),
                "Home's total " + plain(m.sumOfParts()) + " (the open documents)", "stored " + plain(m.stored()))));
        RecordChecks.checkKeptSums(queries.accountTotals(t), sums, out);
        queries.crossedLines(t).forEach(r -> out.add(new Difference("2 documents", r,
                "a line on a document of the same account", "a line across accounts or documents")));
        queries.tooManyDecimals(t, scales).forEach(e -> out.add(new Difference("4 money", e.record(),
                "at most " + e.scale() + " decimals for " + e.currency(), "more")));
        queries.missingGuards(t).forEach(g -> out.add(new Difference("6 history", "guard " + g,
                "the trigger that keeps saved history as it was written", "missing (removed with SQL)")));
        queries.applicationsBeforePayment(t).forEach(r -> out.add(new Difference("1 payments", r,
                "applied on or after the payment's date", "applied before it")));
        NumberGaps.missing(t).forEach(n -> out.add(new Difference("6 history", n, "every number up to the"
                + " last one handed out", "missing (deleted outside Settle)")));
        new ClosedPeriodQueries().datedInClosedPeriods(t).forEach(r -> out.add(new Difference("8 closed periods",
                r, "nothing dated on or before the closing date in force", "a record dated inside it")));
        step(progress, canceled, 0.95);
        Futures.join(chain).forEach(b -> out.add(new Difference("6 history", b.record(), b.expected(), b.found())));
        return new Report(List.copyOf(out), (int) payments.rows(), (int) documents.rows(), itemSteps.rows(),
                accounts.size(), head(t));
    }


    /**
     * Every account's history: lines numbered 1, 2, 3 … without gaps, each amount the one its
     * adjustment implies, each running balance the previous one plus the amount and never negative,
     * the last one the account's credit balance; every adjustment with one line, plus one once canceled.
     */
    private void checkRunningBalances(DSLContext t, List<Difference> out) {
        String book = "3 credit balance";
        Map<Long, Object[]> heads = queries.accountLedgerHeads(t);
        Map<Long, Object[]> lasts = new HashMap<>();
        long[] account = {-1};
        int[] seq = {0};
        BigDecimal[] running = {BigDecimal.ZERO};
        queries.ledgerEvents(t, e -> {
            if (e.accountId() != account[0]) {
                account[0] = e.accountId();
                seq[0] = 0;
                running[0] = BigDecimal.ZERO;
            }
            String rec = "account " + e.accountNumber() + " history line " + e.seq() + " (" + e.number() + ")";
            seq[0]++;
            if (e.seq() != seq[0]) {
                out.add(new Difference(book, rec, "line number " + seq[0], String.valueOf(e.seq())));
                seq[0] = e.seq();
            }
            same(out, book, rec, e.kind().toLowerCase(Locale.ROOT) + " amount", e.expectedAmount(),
                    e.amount());
            running[0] = running[0].add(e.amount());
            same(out, book, rec, "running balance", running[0], e.balanceAfter());
            if (e.balanceAfter().signum() < 0) {
                out.add(new Difference(book, rec, "running balance ≥ 0", plain(e.balanceAfter())));
            }
            running[0] = e.balanceAfter();
            lasts.put(e.accountId(), new Object[] {e.seq(), e.balanceAfter()});
        });
        heads.forEach((id, head) -> {
            Object[] last = lasts.getOrDefault(id, new Object[] {0, BigDecimal.ZERO});
            String rec = "account " + head[0];
            same(out, book, rec, "credit balance = last running balance", (BigDecimal) last[1], (BigDecimal) head[1]);
            if (!last[0].equals(head[2])) {
                out.add(new Difference(book, rec, "history lines " + last[0], String.valueOf(head[2])));
            }
        });
        for (String s : queries.adjustmentsWithoutTheirLines(t)) {
            out.add(new Difference(book, s, "one history line, two once canceled", s));
        }
    }
}
