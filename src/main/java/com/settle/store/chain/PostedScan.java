package com.settle.store.chain;

import com.settle.store.RowWalk;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jooq.DSLContext;

/**
 * The posted documents with their items read on their own ({@link PostedWalk} over a read of all items in id order),
 * where no pass over the items carries the walk.
 */
final class PostedScan {

    private PostedScan() {
    }

    /** Reads every item in id order, handing each to {@code walk}. */
    static void scan(DSLContext t, RowWalk walk) {
        String items = "SELECT " + String.join(", ", walk.columns()) + " FROM document_item ORDER BY id";
        t.connection(c -> {
            try (walk; PreparedStatement i = c.prepareStatement(items)) {
                walk.open(c);
                i.setFetchSize(1000);
                try (ResultSet rows = i.executeQuery()) {
                    while (rows.next()) {
                        walk.row(rows, 1);
                    }
                }
                walk.finish();
            }
        });
    }
}
