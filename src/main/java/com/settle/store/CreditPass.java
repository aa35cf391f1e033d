package com.settle.store;

import com.settle.store.BooksQueries.AccountFigures;
import com.settle.store.BooksQueries.LedgerEvent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * Verify books' read of the credit balances: the accounts, their adjustments and their history lines, each table
 * read once, plainly, and joined in arrays. H2 joined the history lines to their adjustments and accounts in account
 * order, summed the adjustments per account and counted the lines per adjustment in three statements (3.3 s at ten
 * years' size, 225,000 lines); read once each, the same tables take well under a second.
 */
public final class CreditPass {

    /** One account: its number, currency, stored credit balance and count of history lines. */
    private record Account(String number, String currency, BigDecimal creditBalance, int entries) {
    }

    private final Map<Long, Account> accounts = new HashMap<>();
    private final IdPositions adjustments;
    private final String[] numbers;
    private final boolean[] increases;
    private final String[] statuses;
    private final BigDecimal[] amounts;
    private final long[] accountOfAdjustment;
    /** The history lines in the order read. */
    private final List<Line> lines = new ArrayList<>();

    /** One stored history line. */
    private record Line(long accountId, int seq, long adjustmentId, String kind, BigDecimal amount,
                        BigDecimal balanceAfter) {
    }

    private CreditPass(Connection c, RowWalk adjustmentsAlong, RowWalk linesAlong, ClosedPeriods.Watch dated)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, number, currency, credit_balance, credit_entries"
                + " FROM account"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                accounts.put(rs.getLong(1), new Account(rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getInt(5)));
            }
        }
        adjustments = IdPositions.of(c, "credit_balance_adjustment");
        int n = adjustments.size();
        numbers = new String[n];
        increases = new boolean[n];
        statuses = new String[n];
        amounts = new BigDecimal[n];
        accountOfAdjustment = new long[n];
        try (RowWalk along = adjustmentsAlong; PreparedStatement ps = c.prepareStatement("SELECT id, number, type,"
                + " amount, status, account_id, adjustment_date, created_date" + RowWalk.after(along)
                + " FROM credit_balance_adjustment ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            along.open(c);
            while (rs.next()) {
                along.row(rs, 9);
                int at = adjustments.of(rs.getLong(1));
                numbers[at] = rs.getString(2);
                increases[at] = "Increase".equals(rs.getString(3));
                amounts[at] = rs.getBigDecimal(4);
                statuses[at] = rs.getString(5).intern();
                accountOfAdjustment[at] = rs.getLong(6);
                dated.row(rs.getLong(1), rs.getObject(7, LocalDate.class), rs, 8);
            }
            along.finish();
        }
        try (RowWalk along = linesAlong; PreparedStatement ps = c.prepareStatement("SELECT account_id, seq,"
                + " adjustment_id, kind, amount, balance_after" + RowWalk.after(along) + " FROM credit_balance_entry"
                + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            along.open(c);
            while (rs.next()) {
                along.row(rs, 7);
                lines.add(new Line(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6)));
            }
            along.finish();
        }
    }

    /** Reads the three tables. */
    public static CreditPass read(DSLContext t) {
        return read(t, RowWalk.NONE, RowWalk.NONE, ClosedPeriods.none());
    }

    /**
     * The same, each adjustment and each history line handed to its walk as it is read, in id order; each
     * adjustment's date and moment of writing to its watch in {@code periods}.
     */
    public static CreditPass read(DSLContext t, RowWalk adjustmentsAlong, RowWalk linesAlong, ClosedPeriods periods) {
        ClosedPeriods.Watch dated = periods.watch("credit_balance_adjustment");
        return t.connectionResult(c -> new CreditPass(c, adjustmentsAlong, linesAlong, dated));
    }

    /**
     * Every account by number: its stored credit balance and the sum of its processed adjustments (increases less
     * decreases).
     */
    public List<AccountFigures> accounts() {
        Map<Long, BigDecimal> sums = new HashMap<>();
        for (int at = 0; at < adjustments.size(); at++) {
            if (numbers[at] != null && "Processed".equals(statuses[at])) {
                sums.merge(accountOfAdjustment[at], increases[at] ? amounts[at] : amounts[at].negate(),
                        BigDecimal::add);
            }
        }
        List<AccountFigures> out = new ArrayList<>();
        accounts.forEach((id, a) -> out.add(new AccountFigures(a.number(), a.currency(), a.creditBalance(),
                sums.getOrDefault(id, BigDecimal.ZERO))));
        out.sort(Comparator.comparing(AccountFigures::number));
        return out;
    }

    /**
     * Every history line of an existing account and adjustment, per account in line order, with the amount its
     * adjustment implies (its amount, negated for a decrease, and again for a cancellation).
     */
    public void ledgerEvents(Consumer<LedgerEvent> each) {
        Line[] sorted = lines.toArray(Line[]::new);
        Arrays.sort(sorted, Comparator.comparingLong(Line::accountId).thenComparingInt(Line::seq));
        for (Line line : sorted) {
            Account account = accounts.get(line.accountId());
            int adjustment = adjustments.of(line.adjustmentId());
            if (account == null || adjustment < 0 || numbers[adjustment] == null) {
                continue;
            }
            BigDecimal amount = amounts[adjustment];
            boolean plus = increases[adjustment] == "Adjustment".equals(line.kind());
            each.accept(new LedgerEvent(line.accountId(), account.number(), line.seq(), numbers[adjustment],
                    line.kind(), plus ? amount : amount.negate(), line.amount(), line.balanceAfter()));
        }
    }

    /** Adds every account's and every adjustment's number to {@code tally}. */
    public void numbers(NumberGaps.Tally tally) {
        accounts.values().forEach(a -> tally.account(a.number()));
        for (String number : numbers) {
            if (number != null) {
                tally.adjustment(number);
            }
        }
    }

    /** Each account's stored number, credit balance and count of history lines, by id. */
    public Map<Long, Object[]> accountLedgerHeads() {
        Map<Long, Object[]> out = new HashMap<>();
        accounts.forEach((id, a) -> out.put(id, new Object[] {a.number(), a.creditBalance(), a.entries()}));
        return out;
    }

    /**
     * Adjustments whose history lines on their own account do not match their status (one line, plus one more once
     * canceled), by number: "CBA-00000042 (Canceled) has 1 history lines".
     */
    public List<String> adjustmentsWithoutTheirLines() {
        int[] counts = new int[adjustments.size()];
        for (Line line : lines) {
            int adjustment = adjustments.of(line.adjustmentId());
            if (adjustment >= 0 && numbers[adjustment] != null && accountOfAdjustment[adjustment] == line.accountId()) {
                counts[adjustment]++;
            }
        }
        List<String[]> found = new ArrayList<>();
        for (int at = 0; at < counts.length; at++) {
            if (numbers[at] != null && counts[at] != ("Canceled".equals(statuses[at]) ? 2 : 1)) {
                found.add(new String[] {numbers[at], numbers[at] + " (" + statuses[at] + ") has " + counts[at]
                        + " history lines"});
            }
        }
        found.sort(Comparator.comparing(f -> f[0]));
        return found.stream().map(f -> f[1]).toList();
    }
}
