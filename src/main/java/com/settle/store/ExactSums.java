package com.settle.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A running sum per position ({@link IdPositions}) of stored amounts, exact: held as whole ten-thousandths (the
 * columns' four decimals) in a {@code long} each, and as a {@link BigDecimal} for any sum that does not fit (more
 * decimals than the columns hold, or beyond a long). Also the most decimals any added amount needed, so that a
 * check can judge lines against the currency of a record it meets later.
 */
final class ExactSums {

    private static final int SCALE = 4;

    private final long[] sums;
    private final byte[] decimals;
    private final Map<Integer, BigDecimal> large = new HashMap<>();

    ExactSums(int size) {
        this.sums = new long[size];
        this.decimals = new byte[size];
    }

    /**
     * The amounts of {@code sql} (an id, then an amount, per row) summed per position of the id; a plain read, where
     * H2's GROUP BY of the same lines took three to five times as long. Rows whose id has no position are left out.
     */
    static ExactSums read(Connection c, String sql, IdPositions positions) throws SQLException {
        ExactSums sums = new ExactSums(positions.size());
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int at = positions.of(rs.getLong(1));
                if (at >= 0) {
                    sums.add(at, rs.getBigDecimal(2));
                }
            }
        }
        return sums;
    }

    void add(int at, BigDecimal amount) {
        BigDecimal exact = large.get(at);
        if (exact == null && amount.scale() <= SCALE && amount.precision() - amount.scale() < 14) {
            long units = amount.movePointRight(SCALE).longValue();
            long sum = sums[at] + units;
            if (((sums[at] ^ sum) & (units ^ sum)) >= 0) {
                sums[at] = sum;
                decimals[at] = (byte) Math.max(decimals[at], decimalsOf(units));
                return;
            }
        }
        large.put(at, (exact == null ? of(at) : exact).add(amount));
        decimals[at] = (byte) Math.max(decimals[at], Math.min(Byte.MAX_VALUE,
                Math.max(0, amount.stripTrailingZeros().scale())));
    }

    /** The sum at {@code at}: zero when nothing was added. */
    BigDecimal of(int at) {
        BigDecimal exact = large.get(at);
        return exact != null ? exact : BigDecimal.valueOf(sums[at], SCALE);
    }

    /** The most decimals any amount added at {@code at} needed (0 when none). */
    int decimals(int at) {
        return decimals[at];
    }

    private static int decimalsOf(long units) {
        int d = SCALE;
        while (d > 0 && units % 10 == 0) {
            units /= 10;
            d--;
        }
        return d;
    }
}
