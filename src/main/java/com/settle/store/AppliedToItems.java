package com.settle.store;

import org.jooq.DSLContext;

/**
 * What payments' application lines put on each document item, summed by the item's position (2.3 million lines at
 * ten years' size): read on Verify books' second thread while the documents' pass reads the documents, and handed to
 * that pass for its items ({@link DocumentPass}). With them, the items' balance rows, which the same thread reads next
 * while the pass takes them ({@link ItemBalances}).
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

    /** Reads every application item line once, plainly. */
    public static AppliedToItems read(DSLContext t) {
        return t.connectionResult(c -> {
            IdPositions items = IdPositions.of(c, "document_item");
            return new AppliedToItems(items, ExactSums.read(c, "SELECT document_item_id, amount FROM application_item",
                    items));
        });
    }
}
