package com.settle.reliability;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * How far the books have come, as counts that only grow while one process writes: rows of every
 * append-only table, and cancellations. An operation reported committed is present when the books'
 * signature is at least the one reported with it, count by count.
 */
public record Signature(Map<String, Long> counts) {

    private static final String SQL = "SELECT"
            + " (SELECT COUNT(*) FROM document) AS documents,"
            + " (SELECT COUNT(*) FROM payment) AS payments,"
            + " (SELECT COUNT(*) FROM payment WHERE status = 'Canceled') AS canceled_payments,"
            + " (SELECT COUNT(*) FROM application) AS applications,"
            + " (SELECT COUNT(*) FROM application_item) AS application_items,"
            + " (SELECT COUNT(*) FROM unapplication) AS unapplications,"
            + " (SELECT COUNT(*) FROM refund) AS refunds,"
            + " (SELECT COUNT(*) FROM credit_balance_adjustment) AS adjustments,"
            + " (SELECT COUNT(*) FROM credit_balance_adjustment WHERE status = 'Canceled') AS canceled_adjustments,"
            + " (SELECT COUNT(*) FROM credit_balance_entry) AS history_lines,"
            + " (SELECT COUNT(*) FROM import_batch) AS import_batches,"
            + " (SELECT COUNT(*) FROM import_batch WHERE status = 'Undone') AS undone_batches";

    /** The books' signature now. */
    public static Signature of(DSLContext dsl) {
        Record r = dsl.fetchOne(SQL);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < r.size(); i++) {
            counts.put(r.field(i).getName().toLowerCase(Locale.ROOT), r.get(i, Long.class));
        }
        return new Signature(counts);
    }

    /** {@code documents=3 payments=5 …}: one journal field. */
    public String text() {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return b.toString();
    }

    public static Signature parse(String text) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String part : text.trim().split(" ")) {
            int eq = part.indexOf('=');
            counts.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
        }
        return new Signature(counts);
    }

    /** Whether these books hold everything {@code reported} says was committed. */
    public boolean covers(Signature reported) {
        return reported.counts.entrySet().stream()
                .allMatch(e -> counts.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }
}
