package com.settle.store;

import com.settle.store.BooksQueries.Mismatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Names what {@link LinePass} found: the applications and lines, with their payment's and document's numbers. */
public final class LineQueries {

    /** Records named per statement. */
    private static final int NAMED_PER_READ = 500;

    /**
     * The applications and lines per document whose stored amount differs from the sum of their lines, each with
     * its stored amount and that sum.
     */
    public List<Mismatch> mismatches(DSLContext tx, LinePass.Found found) {
        List<Mismatch> out = new ArrayList<>();
        String lines = "COALESCE((SELECT SUM(d.amount) FROM application_document d WHERE d.application_id = x.id), 0)";
        for (String ids : chunks(found.applicationsOff())) {
            tx.fetch("SELECT 'application ' || x.id || ' of ' || (SELECT p.number FROM payment p WHERE p.id ="
                    + " x.payment_id), x.amount, " + lines + " FROM application x WHERE x.id IN (" + ids + ")"
                    + " ORDER BY x.id").forEach(r -> out.add(new Mismatch(r.get(0, String.class),
                            r.get(1, BigDecimal.class), r.get(2, BigDecimal.class))));
        }
        String items = "COALESCE((SELECT SUM(i.amount) FROM application_item i WHERE i.application_document_id = d.id),"
                + " 0)";
        for (String ids : chunks(found.documentLinesOff())) {
            tx.fetch("SELECT 'application ' || d.application_id || ' line for ' || (SELECT doc.number FROM document"
                    + " doc WHERE doc.id = d.document_id), d.amount, " + items + " FROM application_document d"
                    + " WHERE d.id IN (" + ids + ") ORDER BY d.id").forEach(r -> out.add(new Mismatch(
                            r.get(0, String.class), r.get(1, BigDecimal.class), r.get(2, BigDecimal.class))));
        }
        return out;
    }

    /** The item lines and lines per document that cross documents or accounts, named in order of their item line. */
    public List<String> crossed(DSLContext tx, LinePass.Found found) {
        List<String> out = new ArrayList<>();
        if (found.itemLinesCrossed().isEmpty() && found.documentLinesCrossed().isEmpty()) {
            return out;
        }
        out.addAll(tx.fetch("""
                SELECT 'application item line ' || ai.id || ' of ' || p.number || ' on ' || doc.number
                FROM application_item ai
                JOIN application_document ad ON ad.id = ai.application_document_id
                JOIN application x ON x.id = ad.application_id
                JOIN payment p ON p.id = x.payment_id
                JOIN document doc ON doc.id = ad.document_id
                WHERE ai.id IN (SELECT v FROM UNNEST(CAST(? AS BIGINT ARRAY)) t(v))
                  OR ad.id IN (SELECT v FROM UNNEST(CAST(? AS BIGINT ARRAY)) t(v))
                ORDER BY ai.id""", found.itemLinesCrossed().toArray(Long[]::new),
                found.documentLinesCrossed().toArray(Long[]::new)).map(r -> r.get(0, String.class)));
        return out;
    }

    /** The ids in lists of at most {@link #NAMED_PER_READ}, written out (numbers the database gave). */
    private static List<String> chunks(List<Long> ids) {
        List<String> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += NAMED_PER_READ) {
            out.add(ids.subList(from, Math.min(ids.size(), from + NAMED_PER_READ)).stream().map(String::valueOf)
                    .collect(Collectors.joining(",")));
        }
        return out;
    }
}
