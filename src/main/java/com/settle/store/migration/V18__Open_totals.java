package com.settle.store.migration;

import com.settle.store.Engine;
import com.settle.store.OpenTotals;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Installs {@link OpenTotals}: the open balances per currency and due date that Home reads. */
public final class V18__Open_totals extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : OpenTotals.createStatements(Engine.of(context.getConnection()))) {
                s.execute(sql);
            }
        }
    }
}
