package com.settle.store.chain;

import com.settle.store.RowWalk;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The history chain's read of a written kind's rows (each row added once and never changed) riding along a pass
 * that reads the whole table in id order: each row's values as text, its canonical bytes handed to the chain.
 */
final class KindWalk implements RowWalk {

    private final ChainKind kind;
    private final ChainDigest.Sink sink;
    private final CanonicalRow bytes = new CanonicalRow();

    KindWalk(ChainKind kind, ChainDigest.Sink sink) {
        if (!kind.written() || kind.withItems()) {
            throw new IllegalArgumentException(kind + " is not a written kind of rows alone");
        }
        this.kind = kind;
        this.sink = sink;
    }

    @Override
    public List<String> columns() {
        return kind.columns();
    }

    @Override
    public void row(ResultSet row, int from) throws SQLException {
        Object[] head = new Object[kind.columns().size()];
        // Each value as the database writes it as text, as the chain's own read takes it (ChainDigest.scan).
        for (int j = 0; j < head.length; j++) {
            head[j] = row.getString(from + j);
        }
        sink.row(row.getLong(from), head, true, bytes.write(kind.name(), head));
    }
}
