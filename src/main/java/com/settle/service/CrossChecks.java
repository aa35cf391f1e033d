package com.settle.service;

import static com.settle.service.RecordChecks.plain;

import com.settle.service.VerifyService.Difference;
import com.settle.store.BooksQueries;
import com.settle.store.BooksQueries.AccountFigures;
import com.settle.store.ClosedPeriodQueries;
import com.settle.store.ClosedPeriods;
import com.settle.store.LinePass;
import com.settle.store.CreditPass;
import com.settle.store.NumberGaps;
import com.settle.store.OpenTotalSums;
import com.settle.store.RowWalk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jooq.DSLContext;

/**
 * The checks of Verify books that look across tables rather than along one: accounts and their histories, lines
 * against their records, lines across accounts, decimals, guards, numbers and closed periods. Most need nothing
 * from the passes over payments, documents and items, so each thread of Verify that is done with its own pass
 * (the passes, the history chain) takes the next check not yet taken ({@link #work}), on its own connection,
 * until none is left; the differences are listed in the checks' order whoever ran them. The others are found by
 * the passes as they read (the application lines, Home's open totals, applications dated before their payment,
 * gapless numbers, records dated inside closed periods) and take their checks' places from what the passes found
 * ({@link #found}).
 */
final class CrossChecks {

    /** What was found: before and after the one check that needs the passes (the accounts' kept sums). */
    record Found(List<AccountFigures> accounts, List<Difference> before, List<Difference> after) {
    }

    /** What the passes found that is listed among these checks, each at its check's place. */
    record FromPasses(List<Difference> applicationLines, List<Difference> crossedPaymentLines,
                      List<Difference> openTotals, List<Difference> applicationDates, List<Difference> numbers,
                      List<Difference> closedPeriods) {
    }

    /** One check: whether it is listed before the accounts' kept sums, and about how long it takes (ms at full size). */
    private record Check(boolean before, int cost, Function<DSLContext, List<Difference>> run) {
    }

    private final BooksQueries queries;
    private final BooleanSupplier canceled;
    private final List<Check> checks;
    /** The checks of lines against their records and of lines across accounts, which the lines' pass joins. */
    private final Check unapplicationLines = new Check(true, 250, this::unapplicationLines);
    private final Check creditLines = new Check(false, 100, this::creditLines);
    /** Home's open totals against the documents, which the documents' pass adds up. */
    private final Check openTotals = new Check(true, 0, t -> List.of());
    /** Applications dated before their payment, which the lines' pass finds. */
    private final Check applicationDates = new Check(false, 0, t -> List.of());
    /** Gapless numbers, counted by the passes that read the numbered records. */
    private final Check numbers = new Check(false, 0, t -> List.of());
    /** Records dated inside closed periods, which the passes watch for as they read the largest kinds. */
    private final Check closedPeriods = new Check(false, 0, t -> List.of());

    /** The checks' positions, longest first: two threads taking them in turn end close together. */
    private final int[] takeOrder;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicReferenceArray<List<Difference>> found;
    private volatile List<AccountFigures> accounts = List.of();
    /** The accounts' and adjustments' numbers, counted as their check reads them. */
    private final NumberGaps.Tally numbersRead = new NumberGaps.Tally();
    /** The history chain's adjustments and credit history lines, which ride along the credit balances' read. */
    private final RowWalk adjustmentsChained;
    private final RowWalk creditLinesChained;
    private final ClosedPeriods periods;

    /**
     * The checks; the credit balances' read carries the history chain's adjustments and credit history lines
     * ({@code adjustmentsChained}, {@code creditLinesChained}) and hands the adjustments' dates to their watch in
     * {@code periods}.
     */
    CrossChecks(BooksQueries queries, BooleanSupplier canceled, RowWalk adjustmentsChained,
                RowWalk creditLinesChained, ClosedPeriods periods) {
        this.queries = queries;
        this.canceled = canceled;
        this.adjustmentsChained = adjustmentsChained;
        this.creditLinesChained = creditLinesChained;
        this.periods = periods;
        this.checks = List.of(
                new Check(true, 1_000, this::creditBalances),
                unapplicationLines,
                openTotals,
                creditLines,
                new Check(false, 700, this::decimals),
                new Check(false, 0, this::guards),
                applicationDates,
                numbers,
                closedPeriods);
        this.takeOrder = IntStream.range(0, checks.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> checks.get(i).cost()).reversed())
                .mapToInt(Integer::intValue).toArray();
        this.found = new AtomicReferenceArray<>(checks.size());
    }

    /**
     * Runs the next check not yet taken on {@code t}, then the next, until none is left; stops with
     * {@link VerifyService.Canceled} before a check once the clerk asked.
     */
    void work(DSLContext t) {
        for (int next = taken.getAndIncrement(); next < takeOrder.length; next = taken.getAndIncrement()) {
            if (canceled.getAsBoolean()) {
                throw new VerifyService.Canceled();
            }
            int check = takeOrder[next];
            found.set(check, checks.get(check).run().apply(t));
        }
    }

    /**
     * Every check's differences in the order Verify lists them, once each thread's {@link #work} has returned; what
     * the passes found ({@link LinePass}, {@link OpenTotalSums}) listed first at their checks' places.
     */
    Found found(FromPasses passes) {
        List<Difference> before = new ArrayList<>();
        List<Difference> after = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            List<Difference> into = checks.get(i).before() ? before : after;
            if (checks.get(i) == unapplicationLines) {
                into.addAll(passes.applicationLines());
            } else if (checks.get(i) == creditLines) {
                into.addAll(passes.crossedPaymentLines());
            } else if (checks.get(i) == openTotals) {
                into.addAll(passes.openTotals());
            } else if (checks.get(i) == applicationDates) {
                into.addAll(passes.applicationDates());
            } else if (checks.get(i) == numbers) {
                into.addAll(passes.numbers());
            } else if (checks.get(i) == closedPeriods) {
                into.addAll(passes.closedPeriods());
            }
            into.addAll(found.get(i));
        }
        return new Found(accounts, before, after);
    }

    /** A record whose stored amount differs from the sum of its lines. */
    static Difference lineMismatch(BooksQueries.Mismatch m) {
        return new Difference("1 payments", m.record(), "stored amount " + plain(m.stored()) + " to equal its lines",
                "lines sum to " + plain(m.sumOfParts()));
    }

    /** A line on another account's or document's record. */
    static Difference crossedLine(String record) {
        return new Difference("2 documents", record, "a line on a document of the same account",
                "a line across accounts or documents");
    }

    /** Every account's credit balance against its adjustments, then every account's history ({@link CreditPass}). */
    private List<Difference> creditBalances(DSLContext t) {
        List<Difference> out = new ArrayList<>();
        CreditPass credit = CreditPass.read(t, adjustmentsChained, creditLinesChained, periods);
        credit.numbers(numbersRead);
        accounts = credit.accounts();
        accounts.forEach(a -> RecordChecks.checkAccount(a, out));
        out.addAll(CreditBookChecks.runningBalances(credit));
        return out;
    }

    private List<Difference> unapplicationLines(DSLContext t) {
        return queries.unapplicationMismatches(t).stream().map(CrossChecks::lineMismatch).toList();
    }

    /** Where Home's open totals differ from what the open documents leave open ({@link OpenTotalSums}). */
    static Difference openTotal(BooksQueries.Mismatch m) {
        return new Difference("2 documents", m.record(), "Home's total " + plain(m.sumOfParts())
                + " (the open documents)", "stored " + plain(m.stored()));
    }

    private List<Difference> creditLines(DSLContext t) {
        return queries.creditLinesCrossed(t).stream().map(CrossChecks::crossedLine).toList();
    }

    private List<Difference> decimals(DSLContext t) {
        return queries.tooManyDecimals(t, VerifyService.scales(queries, t)).stream().map(e -> new Difference(
                "4 money", e.record(), RecordChecks.decimalsRule(e.scale(), e.currency()), "more")).toList();
    }

    private List<Difference> guards(DSLContext t) {
        return queries.missingGuards(t).stream().map(g -> new Difference("6 history", "guard " + g,
                "the trigger that keeps saved history as it was written", "missing (removed with SQL)")).toList();
    }

    /** An application dated before its payment, named ({@link BooksQueries#applicationsBeforePayment}). */
    static Difference appliedBeforePayment(String named) {
        return new Difference("1 payments", named, "applied on or after the payment's date", "applied before it");
    }

    /** The numbers missing from their series, given what the passes counted ({@link NumberGaps.Tally}). */
    List<Difference> numbers(DSLContext t, NumberGaps.Tally read) {
        return NumberGaps.missing(t, read.plus(numbersRead)).stream().map(n -> new Difference("6 history", n,
                "every number up to the last one handed out", "missing (deleted outside Settle)")).toList();
    }

    /**
     * The records dated inside closed periods, once the passes that watch for them are done
     * ({@link ClosedPeriodQueries}).
     */
    List<Difference> closedPeriods(DSLContext t) {
        return new ClosedPeriodQueries().datedInClosedPeriods(t, periods).stream().map(r -> new Difference(
                "8 closed periods", r, "nothing dated on or before the closing date in force",
                "a record dated inside it")).toList();
    }
}
