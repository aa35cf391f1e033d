package com.settle.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Book 8 of Verify books: nothing is dated inside a period that was closed when it was recorded. Each dated
 * record is compared with the closing date in force at the moment it was written (a later reopening does not
 * excuse it: it would have had to come first). A record written at the very instant of a change counts as before it.
 */
public final class ClosedPeriodQueries {

    /** A record's label, the date it takes effect and when it was written. */
    private record Dated(String label, LocalDate date, OffsetDateTime writtenAt) {
    }

    private record Change(LocalDate through, OffsetDateTime at) {
    }

    /**
     * One dated kind of record: its label, the date it takes effect, when it was written, and its table. A label
     * that needs another row's number reads it for the few rows found, not for every row.
     */
    private record Source(String label, String date, String written, String from) {
        /** The rows dated up to a date and written from a moment on: one statement, both conditions on the table. */
        String sql() {
            return "SELECT " + label + ", " + date + ", " + written + " FROM " + from + " WHERE " + date + " <= ? AND "
                    + written + " >= ?";
        }
    }

    /** Every dated kind of record. */
    private static final List<Source> SOURCES = List.of(
            new Source("'payment ' || number", "effective_date", "created_at", "payment"),
            new Source("'application of ' || (SELECT p.number FROM payment p WHERE p.id = a.payment_id)",
                    "a.effective_date", "a.created_at", "application a"),
            new Source("'unapplication of ' || (SELECT p.number FROM application a JOIN payment p ON p.id = a.payment_id"
                    + " WHERE a.id = u.application_id)", "u.effective_date", "u.created_at", "unapplication u"),
            new Source("'refund ' || number", "refund_date", "created_at", "refund"),
            new Source("'adjustment ' || number", "adjustment_date", "created_date", "credit_balance_adjustment"),
            new Source("'posting of ' || number", "document_date", "posted_at", "document"),
            new Source("'write-off ' || number", "effective_date", "created_at", "write_off"),
            new Source("'reversal of ' || (SELECT w.number FROM write_off w WHERE w.id = x.write_off_id)",
                    "x.effective_date", "x.created_at", "write_off_reversal x"));

    /** The records dated on or before the closing date that was in force when they were written. */
    public List<String> datedInClosedPeriods(DSLContext t) {
        List<Change> changes = t.fetch("SELECT through_date, changed_at FROM closing_date_change ORDER BY id")
                .map(r -> new Change(r.get(0, LocalDate.class), r.get(1, OffsetDateTime.class)));
        LocalDate latest = changes.stream().map(Change::through).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(null);
        List<String> out = new ArrayList<>();
        if (latest == null) {
            return out;
        }
        OffsetDateTime first = changes.get(0).at();
        for (Source source : SOURCES) {
            for (Record r : t.fetch(source.sql(), latest, first)) {
                Dated rec = new Dated(r.get(0, String.class), r.get(1, LocalDate.class),
                        r.get(2, OffsetDateTime.class));
                LocalDate inForce = null;
                for (Change c : changes) {
                    if (c.at().isBefore(rec.writtenAt())) {
                        inForce = c.through();
                    }
                }
                if (inForce != null && !rec.date().isAfter(inForce)) {
                    out.add(rec.label() + " dated " + rec.date() + ", written while the books were closed through "
                            + inForce);
                }
            }
        }
        return out;
    }
}
