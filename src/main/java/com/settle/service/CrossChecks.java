package com.settle.service;

import static com.settle.service.RecordChecks.plain;
import static com.settle.service.RecordChecks.same;

import com.settle.service.VerifyService.Difference;
import com.settle.store.BooksQueries;
import com.settle.store.BooksQueries.AccountFigures;
import com.settle.store.ClosedPeriodQueries;
import com.settle.store.NumberGaps;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;

/**
 * The checks of Verify books that look across tables rather than along one: accounts and their histories, lines
 * against their records, lines across accounts, decimals, guards, numbers and closed periods. They need nothing
 * from the passes over payments, documents and items, so Verify runs them on a connection of their own beside
 * those passes.
 */
final class CrossChecks {

    /** What was found: before and after the one check that needs the passes (the accounts' kept sums). */
    record Found(List<AccountFigures> accounts, List<Difference> before, List<Difference> after) {
    }

    private final BooksQueries queries;

    CrossChecks(BooksQueries queries) {
        this.queries = queries;
    }

    /** Every check, in the order Verify lists them; stops with {@link VerifyService.Canceled} between checks. */
    Found run(DSLContext t, Map<String, Integer> scales, BooleanSupplier canceled) {
        List<Difference> before = new ArrayList<>();
        List<AccountFigures> accounts = queries.accounts(t);
        accounts.forEach(a -> RecordChecks.checkAccount(a, before));
        stopIf(canceled);
        checkRunningBalances(t, before);
        stopIf(canceled);
        queries.lineMismatches(t).forEach(m -> before.add(new Difference("1 payments", m.record(),
                "stored amount " + plain(m.stored()) + " to equal its lines", "lines sum to "
                + plain(m.sumOfParts()))));
        queries.openTotalDifferences(t).forEach(m -> before.add(new Difference("2 documents", m.record(),
                "Home's total " + plain(m.sumOfParts()) + " (the open documents)", "stored " + plain(m.stored()))));
        stopIf(canceled);
        List<Difference> after = new ArrayList<>();
        queries.crossedLines(t).forEach(r -> after.add(new Difference("2 documents", r,
                "a line on a document of the same account", "a line across accounts or documents")));
        stopIf(canceled);
        queries.tooManyDecimals(t, scales).forEach(e -> after.add(new Difference("4 money", e.record(),
                "at most " + e.scale() + " decimals for " + e.currency(), "more")));
        queries.missingGuards(t).forEach(g -> after.add(new Difference("6 history", "guard " + g,
                "the trigger that keeps saved history as it was written", "missing (removed with SQL)")));
        queries.applicationsBeforePayment(t).forEach(r -> after.add(new Difference("1 payments", r,
                "applied on or after the payment's date", "applied before it")));
        stopIf(canceled);
        NumberGaps.missing(t).forEach(n -> after.add(new Difference("6 history", n, "every number up to the"
                + " last one handed out", "missing (deleted outside Settle)")));
        new ClosedPeriodQueries().datedInClosedPeriods(t).forEach(r -> after.add(new Difference("8 closed periods",
                r, "nothing dated on or before the closing date in force", "a record dated inside it")));
        return new Found(accounts, before, after);
    }

    private static void stopIf(BooleanSupplier canceled) {
        if (canceled.getAsBoolean()) {
            throw new VerifyService.Canceled();
        }
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
