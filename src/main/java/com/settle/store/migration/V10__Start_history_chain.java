package com.settle.store.migration;

import com.settle.store.AppendOnlyGuard;
import com.settle.store.Engine;
import com.settle.store.PostedDocumentGuard;
import com.settle.store.PostgresTriggers;
import com.settle.store.chain.HistoryChain;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Starts the history chain over the history a file already holds (every row and every past event, in
 * kind and id order), and guards the chain itself like the rest of saved history.
 */
public final class V10__Start_history_chain extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Engine engine = Engine.of(context.getConnection());
        if (engine == Engine.POSTGRESQL) {
            try (Statement s = context.getConnection().createStatement()) {
                for (String statement : PostgresTriggers.historyGuard(AppendOnlyGuard.tablesAddedIn(9))) {
                    s.execute(statement);
                }
            }
            HistoryChain.start(DSL.using(context.getConnection(), engine.dialect()));
            return;
        }
        List<String> sql = new ArrayList<>(AppendOnlyGuard.dropStatements(AppendOnlyGuard.tablesUpTo(10)));
        sql.addAll(PostedDocumentGuard.dropStatements());
        sql.addAll(AppendOnlyGuard.createStatements(AppendOnlyGuard.tablesUpTo(10)));
        sql.addAll(PostedDocumentGuard.createStatements());
        try (Statement s = context.getConnection().createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
        HistoryChain.start(DSL.using(context.getConnection(), SQLDialect.H2));
    }
}
