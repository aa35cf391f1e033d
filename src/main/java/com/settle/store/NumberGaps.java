package com.settle.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Verify books' check of the gapless numbers {@link Numbers} hands out: every number from 1 to the
 * counter exists once. A hole is a record deleted outside Settle (Settle never deletes a numbered record).
 */
public final class NumberGaps {

    /** A numbering and the rows that carry it. */
    private record Series(String prefix, String table, String condition) {
    }

    private static final List<Series> SERIES = List.of(
            new Series("A", "account", null),
            new Series("INV", "document", "doc_type = 'Invoice'"),
            new Series("DM", "document", "doc_type = 'DebitMemo'"),
            new Series("P", "payment", null),
            new Series("R", "refund", null),
            new Series("CBA", "credit_balance_adjustment", null),
            new Series("IB", "import_batch", null));

    /** Reports at most this many missing numbers per series. */
    private static final int SHOWN = 5;

    private NumberGaps() {
    }

    /** The numbers missing from each series (at most a few each), and numbers beyond the counter. */
    public static List<String> missing(DSLContext tx) {
        List<String> out = new ArrayList<>();
        Map<String, Long> counters = new HashMap<>();
        tx.fetch("SELECT prefix, last_value FROM number_counter").forEach(r -> counters.put(
                r.get(0, String.class).strip(), r.get(1, Long.class)));
        for (Series s : SERIES) {
            long last = counters.getOrDefault(s.prefix(), 0L);
            // Only numbers of Settle's own form (PREFIX-00000042): an imported or hand-made number is not in the series.
            String where = " WHERE REGEXP_LIKE(number, '^" + s.prefix() + "-[0-9]{8}$')" + (s.condition() == null
                    ? "" : " AND " + s.condition());
            Record r = tx.fetchOne("SELECT COUNT(*), MAX(number) FROM " + s.table() + where);
            long count = r.get(0, Long.class);
            String max = r.get(1, String.class);
            if (count == last && (last == 0 || Numbers.format(s.prefix(), last).equals(max))) {
                continue;
            }
            long expected = 1;
            int shown = 0;
            try (var numbers = tx.resultQuery("SELECT number FROM " + s.table() + where + " ORDER BY number")
                    .fetchSize(1000).fetchLazy()) {
                for (Record n : numbers) {
                    String number = n.get(0, String.class);
                    while (!Numbers.format(s.prefix(), expected).equals(number) && expected <= last
                            && Numbers.format(s.prefix(), expected).compareTo(number) < 0 && shown < SHOWN) {
                        out.add(Numbers.format(s.prefix(), expected++));
                        shown++;
                    }
                    expected++;
                }
            }
            while (expected <= last && shown++ < SHOWN) {
                out.add(Numbers.format(s.prefix(), expected++));
            }
        }
        return out;
    }
}
