package com.settle.store.migration;

import com.settle.store.Engine;
import com.settle.store.chain.HistoryChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.impl.DSL;

/**
 * Brings the month-end history of V13 into the history chain: write-offs with their lines and reversals, closing
 * date changes, accounting default changes, journal runs and their marking. What a file already holds of them is
 * chained here, in kind and id order; from then on each transaction chains what it writes.
 */
public final class V15__Chain_month_end_history extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        HistoryChain.join(DSL.using(context.getConnection(), Engine.of(context.getConnection()).dialect()), 15);
    }
}
