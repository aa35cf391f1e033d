package com.settle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A table's ids as positions 0, 1, 2 … in an array, so that a pass can sum lines per record in plain arrays
 * instead of asking the database to join or group them. Ids handed out by a sequence are nearly gapless: the
 * position is then the id less the smallest one; otherwise the ids are read once, in order, and looked up.
 */
final class IdPositions {

    /** Gaps allowed before the ids are read: a quarter of the rows, and a little for small tables. */
    private static final long SLACK = 1_024;

    private final long first;
    private final int size;
    private final long[] ids;

    private IdPositions(long first, int size, long[] ids) {
        this.first = first;
        this.size = size;
        this.ids = ids;
    }

    /** The ids of {@code table} (its column {@code id}) as they are now. */
    static IdPositions of(Connection c, String table) throws SQLException {
        long min;
        long max;
        long count;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id), MAX(id), COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
            count = rs.getLong(3);
        }
        if (count == 0) {
            return new IdPositions(0, 0, null);
        }
        long span = max - min + 1;
        if (span > 0 && span <= count + count / 4 + SLACK) {
            return new IdPositions(min, Math.toIntExact(span), null);
        }
        long[] ids = new long[Math.toIntExact(count)];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next() && n < ids.length) {
                ids[n++] = rs.getLong(1);
            }
        }
        return sorted(Arrays.copyOf(ids, n));
    }

    /** Positions of ids already read, in ascending order. */
    static IdPositions sorted(long[] ids) {
        return new IdPositions(0, ids.length, ids);
    }

    /** Positions for every id from {@code first} to {@code first + size - 1}. */
    static IdPositions range(long first, int size) {
        return new IdPositions(first, size, null);
    }

    /** How many positions there are: the size of an array that holds one value per id. */
    int size() {
        return size;
    }

    /** The id at {@code position} (for a table with gaps in its ids, also the ids that were not there). */
    long id(int position) {
        return ids != null ? ids[position] : first + position;
    }

    /** The position of {@code id}, or -1 when the table had no such id. */
    int of(long id) {
        if (ids != null) {
            int at = Arrays.binarySearch(ids, id);
            return at < 0 ? -1 : at;
        }
        long at = id - first;
        return at < 0 || at >= size ? -1 : (int) at;
    }
}
