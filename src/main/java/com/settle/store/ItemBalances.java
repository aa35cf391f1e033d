package com.settle.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.jooq.DSLContext;

/**
 * Each document item's balance row (the amount it was written with and its balance), by the item's position
 * ({@link IdPositions}). Verify books' second thread reads the rows in item order ({@link #read}) while the
 * documents' pass on the first thread reads the items in the same order, and the pass takes each row as soon as it
 * is there ({@link #at}): reading the 3,000,000 rows of ten years was a fifth of that pass, the longer part of
 * Verify. Held as whole ten-thousandths (the columns' four decimals), two longs per item: 48 MB at that size.
 */
public final class ItemBalances {

    /** No balance row for the item (a value a row's amount never takes: those beyond a long are kept as they are). */
    private static final long NONE = Long.MIN_VALUE;
    private static final int SCALE = 4;
    /** Rows read between two hand-overs to the pass. */
    private static final int HAND_OVER_EVERY = 4_096;

    private final IdPositions items;
    private final long[] amounts;
    private final long[] balances;
    /** Rows whose amounts do not fit in a long as ten-thousandths: none that Settle wrote; kept as read. */
    private final Map<Integer, BigDecimal[]> large = new ConcurrentHashMap<>();
    /** The positions below this one are read: their rows, or their lack of one, are final. */
    private volatile int read;
    private volatile Throwable failure;

    ItemBalances(IdPositions items) {
        this.items = items;
        this.amounts = new long[items.size()];
        this.balances = new long[items.size()];
        Arrays.fill(amounts, NONE);
    }

    /** Reads every balance row in item order, handing them to {@link #at} as it goes. Once, on its own thread. */
    public void read(DSLContext t) {
        t.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT item_id, amount, balance FROM document_item_balance"
                    + " ORDER BY item_id");
                 ResultSet rs = ps.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    int at = items.of(rs.getLong(1));
                    if (at < 0) {
                        continue;
                    }
                    BigDecimal amount = rs.getBigDecimal(2);
                    BigDecimal balance = rs.getBigDecimal(3);
                    if (fits(amount) && fits(balance)) {
                        amounts[at] = amount.movePointRight(SCALE).longValueExact();
                        balances[at] = balance.movePointRight(SCALE).longValueExact();
                    } else {
                        large.put(at, new BigDecimal[] {amount, balance});
                    }
                    if (++rows % HAND_OVER_EVERY == 0) {
                        read = at + 1;
                    }
                }
            }
        });
        read = items.size();
    }

    /** The read failed: the pass waiting for a row stops with {@code cause} rather than wait for ever. */
    public void failed(Throwable cause) {
        failure = cause;
    }

    /**
     * The balance row of the item at {@code position}: its amount, then its balance; null when the item has none.
     * Waits until the read has passed the item.
     */
    BigDecimal[] at(int position) {
        while (position >= read) {
            Throwable cause = failure;
            if (cause != null) {
                throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
            }
            LockSupport.parkNanos(100_000);
        }
        if (!large.isEmpty() && large.containsKey(position)) {
            return large.get(position);
        }
        long amount = amounts[position];
        return amount == NONE ? null
                : new BigDecimal[] {BigDecimal.valueOf(amount, SCALE), BigDecimal.valueOf(balances[position], SCALE)};
    }

    /** Whether {@code value} is a whole number of ten-thousandths that fits in a long, other than {@link #NONE}. */
    private static boolean fits(BigDecimal value) {
        return value.scale() <= SCALE && value.precision() - value.scale() < 15;
    }
}
