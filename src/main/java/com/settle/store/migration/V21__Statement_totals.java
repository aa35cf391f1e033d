package com.settle.store.migration;

import com.settle.store.Engine;
import com.settle.store.PostgresTotals;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On a team server, the kept sums move once per statement instead of once per row ({@link PostgresTotals}). A
 * file keeps its Java row triggers: nothing changes there.
 */
public final class V21__Statement_totals extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (Engine.of(c) != Engine.POSTGRESQL) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String sql : PostgresTotals.installStatements()) {
                s.execute(sql);
            }
        }
    }
}
