package com.settle.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * What the clerks' roles may do on a team server, granted by the database itself: whatever tool a clerk connects
 * with, their role reads every table and adds rows, but changes or deletes no saved history (of a credit balance
 * adjustment, only the columns a cancellation sets), alters no table, switches off no trigger and truncates nothing
 * (only the owner may). The clerks are the members of a group role named after the database,
 * {@code <database>_clerks}, which the server's administrator makes ({@code CREATE ROLE ... NOLOGIN}). The members of
 * {@code <database>_readers}, if the administrator makes it, may only read.
 */
public final class ServerGrants {

    /** The table only Flyway writes. */
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private ServerGrants() {
    }

    /** The group role whose members are the company's clerks on this database. */
    public static String clerksRole(String database) {
        return database.toLowerCase(Locale.ROOT) + "_clerks";
    }

    /**
     * The group role whose members may only read the company on this database: people whose Settle role only views
     * (Viewer). The database refuses them every change, whatever tool they connect with.
     */
    public static String readersRole(String database) {
        return database.toLowerCase(Locale.ROOT) + "_readers";
    }

    /** Whether the role exists on the server. */
    public static boolean roleExists(DSLContext dsl, String role) {
        return dsl.fetchExists(dsl.selectOne().from("pg_roles").where("rolname = ?", role));
    }

    /** Grants {@code role} what Settle's use cases write and nothing more (run by the database's owner). */
    public static void grant(DSLContext dsl, String role) {
        String schema = dsl.fetchValue("SELECT CURRENT_SCHEMA").toString();
        List<String> tables = dsl.fetchValues("SELECT tablename FROM pg_tables WHERE schemaname = ?"
                + " ORDER BY tablename", schema).stream().map(String::valueOf).toList();
        statements(schema, tables, role).forEach(dsl::execute);
    }

    /** Grants {@code role} reading every table and nothing else (run by the database's owner). */
    public static void grantReading(DSLContext dsl, String role) {
        String schema = dsl.fetchValue("SELECT CURRENT_SCHEMA").toString();
        List<String> tables = dsl.fetchValues("SELECT tablename FROM pg_tables WHERE schemaname = ?"
                + " ORDER BY tablename", schema).stream().map(String::valueOf).toList();
        readingStatements(schema, tables, role).forEach(dsl::execute);
    }

    /** Reading only, for the given tables: everything revoked first, so a grant taken back does not linger. */
    static List<String> readingStatements(String schema, List<String> tables, String role) {
        String who = quoted(role);
        List<String> sql = new ArrayList<>();
        sql.add("GRANT USAGE ON SCHEMA " + schema + " TO " + who);
        for (String table : tables) {
            sql.add("REVOKE ALL ON " + table + " FROM " + who);
            sql.add("GRANT SELECT ON " + table + " TO " + who);
        }
        return sql;
    }

    private static String quoted(String role) {
        return "\"" + role.replace("\"", "\"\"") + "\"";
    }

    /** The statements for the given tables: everything revoked first, so a grant taken back does not linger. */
    static List<String> statements(String schema, List<String> tables, String role) {
        String who = quoted(role);
        Map<String, Set<String>> history = AppendOnlyGuard.TABLES.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        List<String> sql = new ArrayList<>();
        sql.add("GRANT USAGE ON SCHEMA " + schema + " TO " + who);
        sql.add("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + who);
        for (String table : tables) {
            sql.add("REVOKE ALL ON " + table + " FROM " + who);
            if (table.equals(SCHEMA_HISTORY)) {
                sql.add("GRANT SELECT ON " + table + " TO " + who);
            } else if (history.containsKey(table)) {
                sql.add("GRANT SELECT, INSERT ON " + table + " TO " + who);
                String columns = history.get(table).stream().filter(c -> !c.equals("LIVE_SOURCE_REFERENCE"))
                        .map(c -> c.toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
                if (!columns.isEmpty()) {
                    sql.add("GRANT UPDATE (" + columns + ") ON " + table + " TO " + who);
                }
            } else {
                sql.add("GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO " + who);
            }
        }
        return sql;
    }
}
