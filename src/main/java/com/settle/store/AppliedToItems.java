package com.settle.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jooq.DSLContext;

/**
 * What payments' application lines put on each document item, summed by the item's position (2.3 million lines at
 * ten years' size): read on Verify books' second thread while the documents' pass reads the documents (the history
 * chain's check of the same lines riding along, {@link RowWalk}), and handed to that pass for its items
 * ({@link DocumentPass}). With them, the items' balance rows, which the same thread reads next while the pass takes
 * them ({@link ItemBalances}).
 */
public final class AppliedToItems {

    final IdPositions items;
    final ExactSums applied;
    private final ItemBalances balances;

    private AppliedToItems(IdPositions items, ExactSums applied) {
        this.items = items;
        this.applied = applied;
        this.balances = new ItemBalances(items);
    }

    /** The items' balance rows, to be read once the lines are ({@link ItemBalances#read}). */
    public ItemBalances balances() {
        return balances;
    }

    /** Reads every application item line once, plainly, each handed to {@code walk} as it is read, in id order. */
    public static AppliedToItems read(DSLContext t, RowWalk walk) {
        return t.connectionResult(c -> {
            IdPositions items = IdPositions.of(c, "document_item");
            ExactSums applied = new ExactSums(items.size());
            try (RowWalk along = walk; PreparedStatement ps = c.prepareStatement("SELECT document_item_id, amount"
                    + RowWalk.after(along) + " FROM application_item ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                along.open(c);
                while (rs.next()) {
                    along.row(rs, 3);
                    int at = items.of(rs.getLong(1));
                    if (at >= 0) {
                        applied.add(at, rs.getBigDecimal(2));
                    }
                }
                along.finish();
            }
            return new AppliedToItems(items, applied);
        });
    }
}
