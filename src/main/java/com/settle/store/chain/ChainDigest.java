package com.settle.store.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The canonical form of history rows and the SHA-256 digests over it. One home for both the code that
 * extends the chain and Verify books, so that both read a row the same way: each value as the database
 * gives it as text, prefixed with its length, null marked apart from the empty text ({@link CanonicalRow}).
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

    /** Receives the canonical rows of a scan, in order: each row, and after a posted document its items. */
    interface Sink {
        /**
         * @param id     the id of the row (of the document, for its items)
         * @param head   the row's values (the document's, for its items)
         * @param parent true for the row itself, false for one of its items
         * @param bytes  the row's canonical bytes, good until the next row
         */
        void row(long id, Object[] head, boolean parent, CanonicalRow bytes);
    }

    /**
     * Reads the rows of {@code kind} (all, or those with ids from {@code first} to {@code last}) in id order,
     * a posted document followed by its items, by plain JDBC in one statement: the code that extends the chain
     * and Verify books read rows this one way. It runs inside every write transaction, and an import of
     * 10,000 invoices reads 110,000 rows back.
     */
    static void scan(DSLContext t, ChainKind kind, Long first, Long last, Sink sink) {
        boolean range = first != null;
        int n = kind.columns().size();
        int m = kind.withItems() ? ChainKind.DOCUMENT_ITEM_COLUMNS.size() : 0;
        String sql = kind.withItems() ? "SELECT " + prefixed("d", kind.columns()) + ", "
                + prefixed("i", ChainKind.DOCUMENT_ITEM_COLUMNS) + " FROM document d LEFT JOIN document_item i"
                + " ON i.document_id = d.id WHERE d." + kind.eligible() + (range ? " AND d.id BETWEEN ? AND ?" : "")
                + " ORDER BY d.id, i.ordinal" : select(kind, range);
        t.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (range) {
                    ps.setLong(1, first);
                    ps.setLong(2, last);
                }
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    CanonicalRow bytes = new CanonicalRow();
                    long previous = Long.MIN_VALUE;
                    Object[] item = new Object[m];
                    Object[] head = null;
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (id != previous) {
                            // Each value as the database writes it as text: the same for the code that extends
                            // the chain and for Verify books (both read here), and far cheaper than building
                            // objects. A document's own values are read once, not again with each item.
                            head = new Object[n];
                            for (int i = 0; i < n; i++) {
                                head[i] = rs.getString(i + 1);
                            }
                            sink.row(id, head, true, bytes.write(kind.name(), head));
                            previous = id;
                        }
                        if (m > 0) {
                            for (int j = 0; j < m; j++) {
                                item[j] = rs.getString(n + j + 1);
                            }
                            if (item[0] != null) {
                                sink.row(id, head, false, bytes.write("DOCUMENT_ITEM", item));
                            }
                        }
                    }
                }
            }
        });
    }

    /** The digest over the rows of {@code kind} with ids from {@code first} to {@code last}, in id order. */
    static RangeDigest range(DSLContext t, ChainKind kind, long first, long last) {
        MessageDigest md = sha256();
        int[] rows = {0};
        scan(t, kind, first, last, (id, head, parent, bytes) -> {
            if (parent) {
                rows[0]++;
            }
            bytes.into(md);
        });
        return new RangeDigest(rows[0], HexFormat.of().formatHex(md.digest()));
    }

    private static String prefixed(String alias, List<String> columns) {
        return String.join(", ", columns.stream().map(c -> alias + "." + c).toList());
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
}
