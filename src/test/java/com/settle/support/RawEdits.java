package com.settle.support;

import com.settle.store.AppendOnlyGuard;
import com.settle.store.Engine;
import com.settle.store.PostedDocumentGuard;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Edits of a closed company file ({@link TestBooks}' "books" in {@code folder}) made the way someone with the H2 jar
 * could make them: a plain JDBC connection as {@code sa}.
 */
public final class RawEdits {

    private RawEdits() {
    }

    /** Runs the statements around the guard triggers: dropped first, put back after, so only the edit is left. */
    public static void aroundGuards(Path folder, String... sql) {
        List<String> all = new ArrayList<>(AppendOnlyGuard.dropStatements());
        all.addAll(PostedDocumentGuard.dropStatements());
        all.addAll(List.of(sql));
        all.addAll(AppendOnlyGuard.createStatements());
        all.addAll(PostedDocumentGuard.createStatements());
        raw(folder, all.toArray(String[]::new));
    }

    /**
     * Runs the statements on open books around the guard triggers only (the triggers that keep sums still fire): on
     * H2 they are dropped and made again, on a server switched off and on again, as the database's owner could.
     */
    public static void aroundGuards(DSLContext dsl, String... sql) {
        List<String> off = new ArrayList<>();
        List<String> on = new ArrayList<>();
        if (Engine.of(dsl) == Engine.POSTGRESQL) {
            for (String table : AppendOnlyGuard.guardedTables()) {
                off.add("ALTER TABLE " + table + " DISABLE TRIGGER " + table + "_GUARD");
                on.add("ALTER TABLE " + table + " ENABLE TRIGGER " + table + "_GUARD");
            }
            for (String[] t : PostedDocumentGuard.TRIGGERS) {
                off.add("ALTER TABLE " + t[0] + " DISABLE TRIGGER " + t[0] + "_POSTED");
                on.add("ALTER TABLE " + t[0] + " ENABLE TRIGGER " + t[0] + "_POSTED");
            }
        } else {
            off.addAll(AppendOnlyGuard.dropStatements());
            off.addAll(PostedDocumentGuard.dropStatements());
            on.addAll(AppendOnlyGuard.createStatements());
            on.addAll(PostedDocumentGuard.createStatements());
        }
        off.forEach(dsl::execute);
        try {
            for (String statement : sql) {
                dsl.execute(statement);
            }
        } finally {
            on.forEach(dsl::execute);
        }
    }

    /** Runs the statements as they are. */
    public static void raw(Path folder, String... sql) {
        String base = folder.resolve("books").toAbsolutePath().toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "sa", "");
             Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
