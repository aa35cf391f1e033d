package com.settle.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

/**
 * A list page's rows read straight from the JDBC result into the screen's records. jOOQ's own records (a
 * record per row, each value set through its binding and converter, then mapped) were a fifth of a page's time,
 * more than the database's work for it; the statement is still written and bound by jOOQ.
 */
final class PlainRows {

    /** One row of the result into a value: the columns by position, as the query selects them. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private PlainRows() {
    }

    static <T> List<T> read(ResultQuery<?> query, RowReader<T> reader) {
        try (ResultSet rs = query.fetchResultSet()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(reader.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("Reading a list page: " + e.getMessage(), e);
        }
    }
}
