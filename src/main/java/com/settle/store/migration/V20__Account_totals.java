package com.settle.store.migration;

import com.settle.store.AccountTotals;
import com.settle.store.Engine;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Installs {@link AccountTotals}: the sums per account that the accounts and credit balances lists sort by. */
public final class V20__Account_totals extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : AccountTotals.createStatements(Engine.of(context.getConnection()))) {
                s.execute(sql);
            }
        }
    }
}
