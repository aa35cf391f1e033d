package com.settle.store.migration;

import com.settle.store.Engine;
import com.settle.store.PostedDocumentGuard;
import com.settle.store.PostgresTriggers;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Installs {@link PostedDocumentGuard} (a Java migration for the reason given on V3; PL/pgSQL on PostgreSQL). */
public final class V5__Posted_document_guard extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : Engine.of(context.getConnection()) == Engine.POSTGRESQL
                    ? PostgresTriggers.postedDocumentGuard() : PostedDocumentGuard.createStatements()) {
                s.execute(sql);
            }
        }
    }
}
