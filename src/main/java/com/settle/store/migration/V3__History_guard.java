package com.settle.store.migration;

import com.settle.store.AppendOnlyGuard;
import com.settle.store.Engine;
import com.settle.store.PostgresTriggers;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Installs {@link AppendOnlyGuard} on every history table. A Java migration because H2 loads a
 * trigger's class when it is created, and the build's code-generation database (plain SQL
 * migrations, before compiling) has no classes yet; the generated code does not depend on triggers. On
 * PostgreSQL the guard is PL/pgSQL ({@link PostgresTriggers}).
 */
public final class V3__History_guard extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<String> tables = AppendOnlyGuard.tablesUpTo(8);
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : Engine.of(context.getConnection()) == Engine.POSTGRESQL
                    ? PostgresTriggers.historyGuard(tables) : AppendOnlyGuard.createStatements(tables)) {
                s.execute(sql);
            }
        }
    }
}
