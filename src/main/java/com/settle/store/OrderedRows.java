package com.settle.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rows of a query in ascending order of their first column (an id), read alongside a pass over those ids in
 * the same order: asking for an id skips the rows before it. Sums grouped by an indexed id come out of H2 in
 * that order as it reads the index, so a table's lines can be summed per record without holding the sums.
 */
final class OrderedRows implements AutoCloseable {

    private final PreparedStatement statement;
    private final ResultSet rows;
    private final int width;
    private long key = Long.MIN_VALUE;
    private BigDecimal[] values;
    private boolean done;

    /** {@code sql} selects an id, then {@code width} numbers, ordered by the id. */
    OrderedRows(Connection c, String sql, int width) throws SQLException {
        this.statement = c.prepareStatement(sql);
        this.rows = statement.executeQuery();
        this.width = width;
    }

    /** The numbers of the row for {@code id}, or null when there is none; ids must come in ascending order. */
    BigDecimal[] at(long id) throws SQLException {
        while (!done && key < id) {
            if (rows.next()) {
                key = rows.getLong(1);
                values = new BigDecimal[width];
                for (int i = 0; i < width; i++) {
                    values[i] = rows.getBigDecimal(i + 2);
                }
            } else {
                done = true;
            }
        }
        return !done && key == id ? values : null;
    }

    /** The first number of the row for {@code id}, zero when there is none. */
    BigDecimal sum(long id) throws SQLException {
        BigDecimal[] row = at(id);
        return row == null || row[0] == null ? BigDecimal.ZERO : row[0];
    }

    @Override
    public void close() throws SQLException {
        try {
            rows.close();
        } finally {
            statement.close();
        }
    }
}
