package com.settle.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A reader that rides along Verify books' pass over the document items ({@link DocumentPass}), so that the three
 * million items are read once for both: the history chain's check of the posted documents. The pass selects
 * {@link #columns} in this order (starting with id, document_id and ordinal, with amount among them) and hands
 * over each row as it reads it, in id order.
 */
public interface ItemWalk extends AutoCloseable {

    /** Nothing rides along: the pass reads only what it needs. */
    ItemWalk NONE = new ItemWalk() {
        @Override
        public List<String> columns() {
            return List.of("id", "document_id", "ordinal", "amount");
        }

        @Override
        public void open(Connection c) {
        }

        @Override
        public void item(ResultSet row) {
        }

        @Override
        public void finish() {
        }

        @Override
        public void close() {
        }
    };

    /** The item columns to select, in order: id, document_id and ordinal first, amount among them. */
    List<String> columns();

    /** Starts, on the pass's connection, before the first item. */
    void open(Connection c) throws SQLException;

    /** One item: {@code row} stands on it (its columns as {@link #columns} lists them). */
    void item(ResultSet row) throws SQLException;

    /** After the last item, once the pass read them all. */
    void finish() throws SQLException;

    /** Lets go of what {@link #open} started, whether or not the pass read every item. */
    @Override
    void close() throws SQLException;
}
