package com.settle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Book 8 of Verify books: nothing is dated inside a period that was closed when it was recorded
 * ({@link ClosedPeriods}). The kinds of record a pass of Verify reads anyway were handed to their watches as it read
 * them; the others are read here, and what was found is named.
 */
public final class ClosedPeriodQueries {

    /** Records named per statement when some are found. */
    private static final int NAMED_PER_READ = 500;

    /**
     * One dated kind of record in table {@code from} (aliased {@code x}): its label, the date it takes effect and
     * when it was written. A label that needs another row's number is read for the few records found only.
     */
    private record Source(String label, String date, String written, String from) {
        /**
         * The records dated up to a date and written from a moment on. On H2 the table is read whole, in order:
         * through the index on the date H2 would fetch nearly every row one by one, twice as slow.
         */
        String sql(SQLDialect dialect) {
            return "SELECT x.id, " + date + ", " + written + " FROM " + from + " x"
                    + (dialect.family() == SQLDialect.H2 ? " USE INDEX ()" : "")
                    + " WHERE " + date + " <= ? AND " + written + " >= ?";
        }

        String labels(String ids) {
            return "SELECT x.id, " + label + " FROM " + from + " x WHERE x.id IN (" + ids + ")";
        }
    }

    /** Every dated kind of record. */
    private static final List<Source> SOURCES = List.of(
            new Source("'payment ' || x.number", "x.effective_date", "x.created_at", "payment"),
            new Source("'application of ' || (SELECT p.number FROM payment p WHERE p.id = x.payment_id)",
                    "x.effective_date", "x.created_at", "application"),
            new Source("'unapplication of ' || (SELECT p.number FROM application a JOIN payment p ON p.id = a.payment_id"
                    + " WHERE a.id = x.application_id)", "x.effective_date", "x.created_at", "unapplication"),
            new Source("'refund ' || x.number", "x.refund_date", "x.created_at", "refund"),
            new Source("'adjustment ' || x.number", "x.adjustment_date", "x.created_date", "credit_balance_adjustment"),
            new Source("'posting of ' || x.number", "x.document_date", "x.posted_at", "document"),
            new Source("'write-off ' || x.number", "x.effective_date", "x.created_at", "write_off"),
            new Source("'reversal of ' || (SELECT w.number FROM write_off w WHERE w.id = x.write_off_id)",
                    "x.effective_date", "x.created_at", "write_off_reversal"));

    /**
     * The records dated on or before the closing date that was in force when they were written, kind by kind: of a
     * table a pass watched, what its watch found; of the others, what reading them finds.
     */
    public List<String> datedInClosedPeriods(DSLContext t, ClosedPeriods periods) {
        List<String> out = new ArrayList<>();
        if (periods.neverClosed()) {
            return out;
        }
        for (Source source : SOURCES) {
            ClosedPeriods.Watch watch = periods.watched(source.from());
            Map<Long, String> found = new TreeMap<>();
            if (watch != null) {
                found.putAll(watch.found());
            } else {
                t.connection(c -> found(c, source.sql(t.dialect()), periods, found));
            }
            Map<Long, String> labels = labels(t, source, new ArrayList<>(found.keySet()));
            found.forEach((id, finding) -> out.add(labels.get(id) + finding));
        }
        return out;
    }

    /** Reads one kind's records, keeping what is found of each dated inside the period closed when written. */
    private static void found(Connection c, String sql, ClosedPeriods periods, Map<Long, String> found)
            throws SQLException {
        ClosedPeriods.Watch watch = periods.reading();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, periods.latest());
            ps.setObject(2, periods.first());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    watch.row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs, 3);
                }
            }
        }
        found.putAll(watch.found());
    }

    /** The labels of the records found, by id. The ids are numbers the database gave. */
    private static Map<Long, String> labels(DSLContext t, Source source, List<Long> ids) {
        Map<Long, String> labels = new HashMap<>();
        for (int from = 0; from < ids.size(); from += NAMED_PER_READ) {
            String list = ids.subList(from, Math.min(ids.size(), from + NAMED_PER_READ)).stream()
                    .map(String::valueOf).collect(Collectors.joining(","));
            t.fetch(source.labels(list)).forEach(r -> labels.put(r.get(0, Long.class), r.get(1, String.class)));
        }
        return labels;
    }
}
