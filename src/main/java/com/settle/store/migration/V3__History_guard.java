package com.settle.store.migration;

import com.settle.store.AppendOnlyGuard;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Installs {@link AppendOnlyGuard} on every history table. A Java migration because H2 loads a
 * trigger's class when it is created, and the build's code-generation database (plain SQL
 * migrations, before compiling) has no classes yet; the generated code does not depend on triggers.
 */
public final class V3__History_guard extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : AppendOnlyGuard.createStatements(AppendOnlyGuard.tablesUpTo(8))) {
                s.execute(sql);
            }
        }
    }
}
