package com.settle.store.chain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Verify books' read of the posted documents with their items: two plain reads in id order, one of the posted
 * documents and one of all items, walked side by side. Joining each document to its items and sorting them took
 * half of the history chain's time at ten years' size (6.8 s of 11.3 s), because every item was found through the
 * index on its document; read in id order, the same rows cost a third less.
 *
 * <p>The walk gives the same bytes as the join ({@link ChainDigest#scan}) as long as each posted document's items
 * follow each other in id order, in the order of their numbers on the document, and the documents in id order:
 * true of every document written in one go. A draft saved again after a later document was written has its items
 * after that document's; the walk notices (an item of a document it has passed, or an item out of order) and
 * names the document, so that its chain entry is read again through the join.
 */
final class PostedScan {

    private PostedScan() {
    }

    /**
     * Hands {@code sink} each posted document in id order, each followed by those of its items that came in order;
     * returns the ids of the posted documents whose items did not (their entries must be read again).
     */
    static Set<Long> scan(DSLContext t, ChainDigest.Sink sink) {
        ChainKind kind = ChainKind.DOCUMENT_POSTED;
        String documents = "SELECT " + String.join(", ", kind.columns()) + " FROM document WHERE " + kind.eligible()
                + " ORDER BY id";
        String items = "SELECT " + String.join(", ", ChainKind.DOCUMENT_ITEM_COLUMNS) + " FROM document_item"
                + " ORDER BY id";
        Set<Long> outOfOrder = new TreeSet<>();
        t.connection(c -> {
            try (PreparedStatement d = c.prepareStatement(documents); PreparedStatement i = c.prepareStatement(items)) {
                d.setFetchSize(1000);
                i.setFetchSize(1000);
                try (ResultSet docs = d.executeQuery(); ResultSet rows = i.executeQuery()) {
                    new Walk(kind, docs, sink, outOfOrder).items(rows);
                }
            }
        });
        return outOfOrder;
    }

    /** The documents' read, one step ahead of or level with the items'. */
    private static final class Walk {
        private final ChainKind kind;
        private final ResultSet documents;
        private final ChainDigest.Sink sink;
        private final Set<Long> outOfOrder;
        private final CanonicalRow bytes = new CanonicalRow();
        /** The ids of the posted documents passed so far, ascending. */
        private long[] passed = new long[1024];
        private int passedCount;
        private boolean more = true;
        private long current = Long.MIN_VALUE;
        private Object[] head;
        private int lastOrdinal;

        Walk(ChainKind kind, ResultSet documents, ChainDigest.Sink sink, Set<Long> outOfOrder) {
            this.kind = kind;
            this.documents = documents;
            this.sink = sink;
            this.outOfOrder = outOfOrder;
        }

        void items(ResultSet rows) throws SQLException {
            int m = ChainKind.DOCUMENT_ITEM_COLUMNS.size();
            Object[] item = new Object[m];
            while (rows.next()) {
                long documentId = rows.getLong(2);
                while (more && current < documentId) {
                    next();
                }
                if (current == documentId) {
                    int ordinal = rows.getInt(3);
                    if (ordinal <= lastOrdinal) {
                        outOfOrder.add(documentId);
                    }
                    lastOrdinal = ordinal;
                    // Each value as the database writes it as text, as the join reads it.
                    for (int j = 0; j < m; j++) {
                        item[j] = rows.getString(j + 1);
                    }
                    sink.row(current, head, false, bytes.write("DOCUMENT_ITEM", item));
                } else if (Arrays.binarySearch(passed, 0, passedCount, documentId) >= 0) {
                    outOfOrder.add(documentId);
                }
            }
            while (more) {
                next();
            }
        }

        /** Moves to the next posted document and hands it over; {@code more} turns false after the last. */
        private void next() throws SQLException {
            if (!documents.next()) {
                more = false;
                current = Long.MAX_VALUE;
                return;
            }
            current = documents.getLong(1);
            int n = kind.columns().size();
            head = new Object[n];
            for (int j = 0; j < n; j++) {
                head[j] = documents.getString(j + 1);
            }
            if (passedCount == passed.length) {
                passed = Arrays.copyOf(passed, passedCount * 2);
            }
            passed[passedCount++] = current;
            lastOrdinal = Integer.MIN_VALUE;
            sink.row(current, head, true, bytes.write(kind.name(), head));
        }
    }
}
