package com.settle.store.migration;

import com.settle.store.AppendOnlyGuard;
import com.settle.store.Engine;
import com.settle.store.PostedDocumentGuard;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Installs both guards afresh after V7 added columns to guarded tables. H2 rebuilds a table to add a
 * column and initialises its triggers on the temporary copy, whose name and columns they would keep;
 * a trigger created again reads the table as it now is. Any later migration that alters a guarded table
 * needs the same step.
 */
public final class V8__Reinstall_guards extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (Engine.of(context.getConnection()) == Engine.POSTGRESQL) {
            return; // A PL/pgSQL trigger reads each row as the table now is: nothing to install again.
        }
        List<String> sql = new ArrayList<>(AppendOnlyGuard.dropStatements(AppendOnlyGuard.tablesUpTo(8)));
        sql.addAll(PostedDocumentGuard.dropStatements());
        sql.addAll(AppendOnlyGuard.createStatements(AppendOnlyGuard.tablesUpTo(8)));
        sql.addAll(PostedDocumentGuard.createStatements());
        try (Statement s = context.getConnection().createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }
}
