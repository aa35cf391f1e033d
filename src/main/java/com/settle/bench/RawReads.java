package com.settle.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC reads for the baselines: each query run with its parameters, every value of every row read. */
final class RawReads {

    /** A count that makes each statement's text new: see {@link #fresh}. */
    private static long statements;

    private RawReads() {
    }

    /**
     * The statement with a comment that makes its text new: H2 keeps the result of a statement run again with the
     * same text on unchanged tables and answers from it, which a clerk's first look at a page never gets (Settle's
     * reads run in transactions of their own, which end that reuse).
     */
    static synchronized String fresh(String sql) {
        return sql + " /* " + (++statements) + " */";
    }

    /** @return the rows read */
    static int read(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(fresh(sql))) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    /** The first value of the first row, as text (null when there is no row). */
    static String first(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
