package com.settle.store.chain;

import com.settle.store.RowWalk;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The history chain's read of the posted documents with their items: the posted documents in id order walked beside
 * all items in id order. Joining each document to its items (each item found through the index on its document)
 * and sorting them took half of the chain's time at ten years' size (6.8 s of 11.3 s); walked, the same rows cost
 * 5.2 s on their own, and nothing more than their text when Verify books' pass over the items carries the walk.
 *
 * <p>The walk gives the same bytes as the join ({@link ChainDigest#scan}) as long as each posted document's items
 * follow each other in id order, in the order of their numbers on the document, and the documents in id order:
 * true of every document written in one go. A draft saved again after a later document was written has its items
 * after that document's; the walk notices (an item of a document it has passed, or an item out of order) and
 * names the document ({@link #outOfOrder}), so that its chain entry is read again through the join.
 */
final class PostedWalk implements RowWalk {

    private static final ChainKind KIND = ChainKind.DOCUMENT_POSTED;

    private final ChainDigest.Sink sink;
    private final Set<Long> outOfOrder = new TreeSet<>();
    private final CanonicalRow bytes = new CanonicalRow();
    private static final int ITEM_COLUMNS = ChainKind.DOCUMENT_ITEM_COLUMNS.size();

    static {
        if (!ChainKind.DOCUMENT_ITEM_COLUMNS.subList(0, 3).equals(List.of("id", "document_id", "ordinal"))) {
            throw new IllegalStateException("the walk reads an item's id, document and number first");
        }
    }
    private PreparedStatement statement;
    private ResultSet documents;
    /** The ids of the posted documents passed so far, ascending. */
    private long[] passed = new long[1024];
    private int passedCount;
    private boolean more = true;
    private long current = Long.MIN_VALUE;
    private Object[] head;
    private int lastOrdinal;

    PostedWalk(ChainDigest.Sink sink) {
        this.sink = sink;
    }

    @Override
    public List<String> columns() {
        return ChainKind.DOCUMENT_ITEM_COLUMNS;
    }

    @Override
    public void open(Connection c) throws SQLException {
        statement = c.prepareStatement("SELECT " + String.join(", ", KIND.columns()) + " FROM document WHERE "
                + KIND.eligible() + " ORDER BY id");
        statement.setFetchSize(1000);
        documents = statement.executeQuery();
    }

    @Override
    public void row(ResultSet row, int from) throws SQLException {
        long documentId = row.getLong(from + 1);
        while (more && current < documentId) {
            next();
        }
        if (current == documentId) {
            int ordinal = row.getInt(from + 2);
            if (ordinal <= lastOrdinal) {
                outOfOrder.add(documentId);
            }
            lastOrdinal = ordinal;
            // Each value as the database writes it as text, as the join reads it; the id, the document's and the
            // number on it (never null) written from the numbers, the same bytes without making their texts.
            bytes.begin("DOCUMENT_ITEM").value(row.getLong(from)).value(documentId).value(ordinal);
            for (int j = 3; j < ITEM_COLUMNS; j++) {
                bytes.value(row.getString(from + j));
            }
            sink.row(current, head, false, bytes.end());
        } else if (Arrays.binarySearch(passed, 0, passedCount, documentId) >= 0) {
            outOfOrder.add(documentId);
        }
    }

    /** Hands over the posted documents after the last item's. */
    @Override
    public void finish() throws SQLException {
        while (more) {
            next();
        }
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement s = statement; ResultSet d = documents) {
            documents = null;
            statement = null;
        }
    }

    /** The posted documents whose items did not come in order: their entries must be read again through the join. */
    Set<Long> outOfOrder() {
        return outOfOrder;
    }

    /** Moves to the next posted document and hands it over; {@code more} turns false after the last. */
    private void next() throws SQLException {
        if (!documents.next()) {
            more = false;
            current = Long.MAX_VALUE;
            return;
        }
        current = documents.getLong(1);
        int n = KIND.columns().size();
        head = new Object[n];
        for (int j = 0; j < n; j++) {
            head[j] = documents.getString(j + 1);
        }
        if (passedCount == passed.length) {
            passed = Arrays.copyOf(passed, passedCount * 2);
        }
        passed[passedCount++] = current;
        lastOrdinal = Integer.MIN_VALUE;
        sink.row(current, head, true, bytes.write(KIND.name(), head));
    }
}
