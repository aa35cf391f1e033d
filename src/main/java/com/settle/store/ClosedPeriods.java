package com.settle.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/**
 * Book 8's rule, read once: nothing is dated on or before the closing date that was in force when it was written (a
 * later reopening does not excuse it: it would have had to come first; a record written at the very instant of a
 * change counts as before it). Verify books' passes that read a dated kind of record anyway hand each one to that
 * kind's {@link Watch} as they go; {@link ClosedPeriodQueries} reads the other kinds and names what was found.
 */
public final class ClosedPeriods {

    /** A closing date and when it took effect, in microseconds since the epoch. */
    private record Change(LocalDate through, long at) {
    }

    private final List<Change> changes;
    /** When the first change was made: only a record written after it can be inside a closed period. */
    private final OffsetDateTime first;
    /** The latest closing date there ever was: nothing dated after it can be inside a closed period. */
    private final LocalDate latest;
    /** The table of each kind watched by a pass, with what its watch found. */
    private final Map<String, Watch> watched = new HashMap<>();

    private ClosedPeriods(List<Change> changes, OffsetDateTime first) {
        this.changes = changes;
        this.first = first;
        this.latest = changes.stream().map(Change::through).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(null);
    }

    /** No period ever closed: for a read of records that looks for none. */
    public static ClosedPeriods none() {
        return new ClosedPeriods(List.of(), null);
    }

    /** The closing dates as they changed, in order. */
    public static ClosedPeriods read(DSLContext t) {
        Result<Record> made = t.fetch("SELECT through_date, changed_at FROM closing_date_change ORDER BY id");
        List<Change> changes = made.map(r -> new Change(r.get(0, LocalDate.class),
                micros(r.get(1, OffsetDateTime.class))));
        return new ClosedPeriods(changes, made.isEmpty() ? null : made.get(0).get(1, OffsetDateTime.class));
    }

    /** Whether no period was ever closed: nothing to look for. */
    boolean neverClosed() {
        return latest == null;
    }

    /** The records dated up to this date may be inside a closed period. */
    LocalDate latest() {
        return latest;
    }

    /** When the first change was made: only a record written after it can be inside a closed period. */
    OffsetDateTime first() {
        return first;
    }

    /**
     * The watch for the records of {@code table}, taken by the pass that reads them as it starts; the pass hands it
     * each record, on one thread. Every kind of record of that table is then left to it.
     */
    public synchronized Watch watch(String table) {
        return watched.computeIfAbsent(table, x -> new Watch());
    }

    /** A watch for records read to look for them alone, kept by whoever reads them. */
    Watch reading() {
        return new Watch();
    }

    /** The watch of {@code table}, or null when a pass reads none of its records. */
    synchronized Watch watched(String table) {
        return watched.get(table);
    }

    /** What is wrong with a record dated {@code date} written at {@code written}, or null when nothing is. */
    private String finding(LocalDate date, long written) {
        LocalDate inForce = null;
        for (Change c : changes) {
            if (c.at() < written) {
                inForce = c.through();
            }
        }
        return inForce != null && !date.isAfter(inForce)
                ? " dated " + date + ", written while the books were closed through " + inForce : null;
    }

    private static long micros(OffsetDateTime at) {
        return Math.addExact(Math.multiplyExact(at.toEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    /** The records of one table found dated inside a closed period, as a pass reads them. */
    public final class Watch {

        private final SortedMap<Long, String> found = new TreeMap<>();

        private Watch() {
        }

        /**
         * Record {@code id} dated {@code date}, of the row {@code rs} is on, whose column {@code written} says when
         * it was written (null: not yet, for a draft's posting). The moment is read only when the date could be inside.
         */
        public void row(long id, LocalDate date, ResultSet rs, int written) throws SQLException {
            if (latest == null || date.isAfter(latest)) {
                return;
            }
            OffsetDateTime at = rs.getObject(written, OffsetDateTime.class);
            String finding = at == null ? null : finding(date, micros(at));
            if (finding != null) {
                found.put(id, finding);
            }
        }

        /** What was found, by id. */
        SortedMap<Long, String> found() {
            return found;
        }
    }
}
