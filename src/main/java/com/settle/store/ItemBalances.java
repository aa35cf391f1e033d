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
 * Verify. Held as whole cents in two ints per item (24 MB at that size; Verify's time grows with what it holds, as
 * the collector has less room); a row with a finer amount, or one beyond 21 million, is kept as it was read.
 */
public final class ItemBalances {

    /** No balance row for the item (a value a row's amount never takes: it is kept as read). */
    private static final int NONE = Integer.MIN_VALUE;
    /** The columns' decimals, as the database hands the values over. */
    private static final int STORED_SCALE = 4;
    /** Rows read between two hand-overs to the pass. */
    private static final int HAND_OVER_EVERY = 4_096;

    private final IdPositions items;
    private final int[] amounts;
    private final int[] balances;
    /** Rows whose amounts are not whole cents that fit in an int, kept as read. */
    private final Map<Integer, BigDecimal[]> kept = new ConcurrentHashMap<>();
    /** The positions below this one are read: their rows, or their lack of one, are final. */
    private volatile int read;
    private volatile Throwable failure;

    ItemBalances(IdPositions items) {
        this.items = items;
        this.amounts = new int[items.size()];
        this.balances = new int[items.size()];
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
                    int amountCents = cents(amount);
                    int balanceCents = cents(balance);
                    if (amountCents != NONE && balanceCents != NONE) {
                        amounts[at] = amountCents;
                        balances[at] = balanceCents;
                    } else {
                        kept.put(at, new BigDecimal[] {amount, balance});
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
        if (!kept.isEmpty() && kept.containsKey(position)) {
            return kept.get(position);
        }
        int amount = amounts[position];
        return amount == NONE ? null
                : new BigDecimal[] {stored(amount), stored(balances[position])};
    }

    /** Cents as the database hands the value over, with four decimals. */
    private static BigDecimal stored(int cents) {
        return BigDecimal.valueOf(cents * 100L, STORED_SCALE);
    }

    /**
     * {@code value} in whole cents, or {@link #NONE} when it is not a whole number of cents that fits in an int
     * (other than NONE itself). The database hands the values over with four decimals.
     */
    private static int cents(BigDecimal value) {
        if (value.scale() != STORED_SCALE || value.precision() > 18) {
            return NONE;
        }
        long units = value.unscaledValue().longValue();
        long cents = units / 100;
        return units % 100 == 0 && cents > Integer.MIN_VALUE && cents <= Integer.MAX_VALUE ? (int) cents : NONE;
    }
}
