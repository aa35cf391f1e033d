package com.settle.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A reader that rides along one of Verify books' passes over a table in id order, so that a table of millions of
 * rows is read once for both: the history chain's check of those rows (the payments, the application item lines,
 * the posted documents with their items). The pass adds {@link #columns} to what it selects, in this order, and
 * hands over each row as it reads it.
 */
public interface RowWalk extends AutoCloseable {

    /** Nothing rides along. */
    RowWalk NONE = new RowWalk() {
        @Override
        public List<String> columns() {
            return List.of();
        }

        @Override
        public void row(ResultSet row, int from) {
        }
    };

    /** The columns to select, in this order. */
    List<String> columns();

    /** Starts, on the pass's connection, before the first row (nothing, unless the walk reads beside the pass). */
    default void open(Connection c) throws SQLException {
    }

    /** One row: {@code row} stands on it, with {@link #columns} from column {@code from} on. */
    void row(ResultSet row, int from) throws SQLException;

    /** After the last row, once the pass read them all. */
    default void finish() throws SQLException {
    }

    /** Lets go of what {@link #open} started, whether or not the pass read every row. */
    @Override
    default void close() throws SQLException {
    }

    /** The columns as a select list after others (", a, b"), or nothing when there are none. */
    static String after(RowWalk walk) {
        return walk.columns().isEmpty() ? "" : ", " + String.join(", ", walk.columns());
    }
}
