package com.settle.store.chain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The canonical form of history rows and the SHA-256 digests over it. One home for both the code that
 * extends the chain and Verify books, so that both read a row the same way: each value as text (amounts
 * without trailing zeros, dates in ISO form, instants in UTC), each prefixed with its length, null marked
 * apart from the empty text.
 */
final class ChainDigest {

    /** The hash before the first entry. */
    static final String GENESIS = "0".repeat(64);
    /** The most rows one chain entry covers, so that a break is named within a few hundred rows. */
    static final int ROWS_PER_ENTRY = 500;

    /** How many rows a range held and the digest over them. */
    record RangeDigest(int rows, String digest) {
    }

    private ChainDigest() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The digest over the rows of {@code kind} with ids from {@code first} to {@code last}, in id order. */
    static RangeDigest range(DSLContext t, ChainKind kind, long first, long last) {
        String where = " WHERE id BETWEEN ? AND ?" + (kind.eligible() == null ? "" : " AND " + kind.eligible());
        Map<Object, ? extends List<Record>> items = kind.withItems() ? t.resultQuery("SELECT "
                + String.join(", ", ChainKind.DOCUMENT_ITEM_COLUMNS) + " FROM document_item WHERE document_id IN"
                + " (SELECT id FROM document" + where + ") ORDER BY document_id, ordinal", first, last)
                .fetchGroups(r -> (Object) r.get(1)) : Map.<Object, List<Record>>of();
        MessageDigest md = sha256();
        int rows = 0;
        try (var cursor = t.resultQuery("SELECT " + String.join(", ", kind.columns()) + " FROM " + kind.table()
                + where + " ORDER BY id", first, last).fetchSize(1000).fetchLazy()) {
            for (Record r : cursor) {
                rows++;
                md.update(row(kind.name(), r));
                List<Record> forRow = items.get(r.get(0));
                for (Record item : forRow == null ? List.<Record>of() : forRow) {
                    md.update(row("DOCUMENT_ITEM", item));
                }
            }
        }
        return new RangeDigest(rows, HexFormat.of().formatHex(md.digest()));
    }

    /** The next link: the previous hash, what the entry covers and the digest of its rows. */
    static String link(String previous, ChainKind kind, long first, long last, int rows, String digest) {
        MessageDigest md = sha256();
        md.update((previous + "|" + kind.name() + "|" + first + "|" + last + "|" + rows + "|" + digest)
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /** The SQL that reads a kind's rows (all, or those in an id range) in id order. */
    static String select(ChainKind kind, boolean range) {
        String where = kind.eligible() == null ? (range ? " WHERE id BETWEEN ? AND ?" : "")
                : " WHERE " + kind.eligible() + (range ? " AND id BETWEEN ? AND ?" : "");
        return "SELECT " + String.join(", ", kind.columns()) + " FROM " + kind.table() + where + " ORDER BY id";
    }

    /** The SQL that reads the items of every posted document, in document and item order. */
    static String selectPostedItems() {
        return "SELECT " + String.join(", ", ChainKind.DOCUMENT_ITEM_COLUMNS.stream().map(c -> "i." + c).toList())
                + " FROM document_item i JOIN document d ON d.id = i.document_id WHERE d."
                + ChainKind.DOCUMENT_POSTED.eligible() + " ORDER BY i.document_id, i.ordinal";
    }

    static byte[] itemRow(Record r) {
        return row("DOCUMENT_ITEM", r);
    }

    static byte[] row(String kind, Record r) {
        StringBuilder s = new StringBuilder(160).append(kind);
        for (int i = 0; i < r.size(); i++) {
            String v = value(r.get(i));
            if (v == null) {
                s.append("|-");
            } else {
                s.append('|').append(v.length()).append(':').append(v);
            }
        }
        return s.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String value(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant().toString();
        }
        if (v instanceof ZonedDateTime z) {
            return z.toInstant().toString();
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (v instanceof byte[] b) {
            return HexFormat.of().formatHex(b);
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
