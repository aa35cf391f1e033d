package com.settle.store;

import com.settle.domain.model.DocumentType;
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

    private static final String ACCOUNTS = "A";
    private static final String PAYMENTS = "P";
    private static final String ADJUSTMENTS = "CBA";

    private static final List<Series> SERIES = List.of(
            new Series(ACCOUNTS, "account", null),
            new Series("INV", "document", "doc_type = 'Invoice'"),
            new Series("DM", "document", "doc_type = 'DebitMemo'"),
            new Series(PAYMENTS, "payment", null),
            new Series("R", "refund", null),
            new Series(ADJUSTMENTS, "credit_balance_adjustment", null),
            new Series("IB", "import_batch", null));

    /** The series whose records Verify books' passes read, every one of them ({@link Tally}). */
    private static final List<String> PASSES = List.of(ACCOUNTS, DocumentType.INVOICE.prefix(),
            DocumentType.DEBIT_MEMO.prefix(), PAYMENTS, ADJUSTMENTS);

    /** Reports at most this many missing numbers per series. */
    private static final int SHOWN = 5;

    private NumberGaps() {
    }

    /**
     * The numbers of Settle's own form each series holds, counted as Verify books' passes read the numbered records
     * (payments, documents, accounts, adjustments): the count and the highest per series. A pass fills its own and
     * they are added up after ({@link #plus}).
     */
    public static final class Tally {
        private final Map<String, Long> counts = new HashMap<>();
        private final Map<String, String> highest = new HashMap<>();

        /** A payment's number. */
        public void payment(String number) {
            add(PAYMENTS, number);
        }

        /** A document's number, with its type's code ("Invoice", "DebitMemo"). */
        public void document(String type, String number) {
            if (DocumentType.INVOICE.code().equals(type)) {
                add(DocumentType.INVOICE.prefix(), number);
            } else if (DocumentType.DEBIT_MEMO.code().equals(type)) {
                add(DocumentType.DEBIT_MEMO.prefix(), number);
            }
        }

        /** An account's number. */
        public void account(String number) {
            add(ACCOUNTS, number);
        }

        /** A credit balance adjustment's number. */
        public void adjustment(String number) {
            add(ADJUSTMENTS, number);
        }

        /** Both tallies added up. */
        public Tally plus(Tally other) {
            Tally sum = new Tally();
            for (Tally t : List.of(this, other)) {
                t.counts.forEach((prefix, n) -> sum.counts.merge(prefix, n, Long::sum));
                t.highest.forEach((prefix, max) -> sum.highest.merge(prefix, max, (a, b) -> a.compareTo(b) >= 0 ? a : b));
            }
            return sum;
        }

        private void add(String prefix, String number) {
            if (ownForm(prefix, number)) {
                counts.merge(prefix, 1L, Long::sum);
                highest.merge(prefix, number, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }

        /** PREFIX-00000042: the form the SQL below matches with {@code ^PREFIX-[0-9]{8}$}. */
        private static boolean ownForm(String prefix, String number) {
            return Numbers.valueOf(prefix, number) >= 0;
        }
    }

    /**
     * The same as {@link #missing(DSLContext)}, with the series the passes read counted in {@code read}: when every
     * series holds exactly the numbers up to its counter, nothing is read again; otherwise each series is read to
     * name what is missing.
     */
    public static List<String> missing(DSLContext tx, Tally read) {
        Map<String, Long> counters = counters(tx);
        for (Series s : SERIES) {
            long last = counters.getOrDefault(s.prefix(), 0L);
            long count;
            String max;
            if (PASSES.contains(s.prefix())) {
                count = read.counts.getOrDefault(s.prefix(), 0L);
                max = read.highest.get(s.prefix());
            } else {
                Record r = tx.fetchOne("SELECT COUNT(*), MAX(number) FROM " + s.table() + where(tx, s));
                count = r.get(0, Long.class);
                max = r.get(1, String.class);
            }
            if (!complete(s, last, count, max)) {
                return missing(tx);
            }
        }
        return List.of();
    }

    private static Map<String, Long> counters(DSLContext tx) {
        Map<String, Long> counters = new HashMap<>();
        tx.fetch("SELECT prefix, last_value FROM number_counter").forEach(r -> counters.put(
                r.get(0, String.class).strip(), r.get(1, Long.class)));
        return counters;
    }

    /** Only numbers of Settle's own form (PREFIX-00000042): an imported or hand-made number is not in the series. */
    private static String where(DSLContext tx, Series s) {
        String form = "'^" + s.prefix() + "-[0-9]{8}$'";
        return (Engine.of(tx) == Engine.POSTGRESQL ? " WHERE number ~ " + form : " WHERE REGEXP_LIKE(number, " + form
                + ")") + (s.condition() == null ? ""
                : " AND " + s.condition());
    }

    /** Every number from 1 to the counter, once each. */
    private static boolean complete(Series s, long last, long count, String max) {
        return count == last && (last == 0 || Numbers.format(s.prefix(), last).equals(max));
    }

    /** The numbers missing from each series (at most a few each), and numbers beyond the counter. */
    public static List<String> missing(DSLContext tx) {
        List<String> out = new ArrayList<>();
        Map<String, Long> counters = counters(tx);
        for (Series s : SERIES) {
            long last = counters.getOrDefault(s.prefix(), 0L);
            String where = where(tx, s);
            Record r = tx.fetchOne("SELECT COUNT(*), MAX(number) FROM " + s.table() + where);
            long count = r.get(0, Long.class);
            String max = r.get(1, String.class);
            if (complete(s, last, count, max)) {
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
