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

    /** Every dated kind of record: label, date and the moment it was written. */
    private static final String[] SOURCES = {
        "SELECT 'payment ' || number, effective_date, created_at FROM payment",
        "SELECT 'application of ' || p.number, a.effective_date, a.created_at FROM application a JOIN payment p"
                + " ON p.id = a.payment_id",
        "SELECT 'unapplication of ' || p.number, u.effective_date, u.created_at FROM unapplication u JOIN"
                + " application a ON a.id = u.application_id JOIN payment p ON p.id = a.payment_id",
        "SELECT 'refund ' || number, refund_date, created_at FROM refund",
        "SELECT 'adjustment ' || number, adjustment_date, created_date FROM credit_balance_adjustment",
        "SELECT 'posting of ' || number, document_date, posted_at FROM document WHERE posted_at IS NOT NULL",
        "SELECT 'write-off ' || number, effective_date, created_at FROM write_off",
        "SELECT 'reversal of ' || w.number, x.effective_date, x.created_at FROM write_off_reversal x JOIN write_off w"
                + " ON w.id = x.write_off_id"};

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
        for (String source : SOURCES) {
            String sql = "SELECT * FROM (" + source + ") q (label, d, written) WHERE d <= ? AND written >= ?";
            for (Record r : t.fetch(sql, latest, first)) {
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
