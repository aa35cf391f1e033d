package com.settle.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The database a whole company is copied into ({@link CompanyCopy}), in its engine's own terms: its tables in an
 * order that respects their references, the columns it stores as given, its triggers switched off while the rows
 * arrive and on again after, and its identities moved past the ids copied. A team server switches triggers off per
 * table inside the transaction; an H2 file, which has no such switch, has them dropped and made again as they were.
 */
final class CopyTarget {

    private final Connection to;
    private final Engine engine;
    private final List<String> h2Triggers = new ArrayList<>();

    CopyTarget(Connection to) throws SQLException {
        this.to = to;
        this.engine = Engine.of(to);
    }

    Connection connection() {
        return to;
    }

    /** Settle's tables, each after every table it refers to, in lower case. */
    List<String> tablesInOrder() throws SQLException {
        DatabaseMetaData meta = to.getMetaData();
        Map<String, String> byLower = new HashMap<>();
        try (ResultSet rs = meta.getTables(null, to.getSchema(), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
                    byLower.put(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), rs.getString("TABLE_NAME"));
                }
            }
        }
        byLower.remove("flyway_schema_history");
        Set<String> all = new TreeSet<>(byLower.keySet());
        Map<String, Set<String>> refersTo = new HashMap<>();
        for (String table : all) {
            Set<String> parents = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, to.getSchema(), byLower.get(table))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        parents.add(parent);
                    }
                }
            }
            refersTo.put(table, parents);
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < all.size()) {
            int before = ordered.size();
            for (String table : all) {
                if (!ordered.contains(table) && ordered.containsAll(refersTo.get(table))) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("tables refer to each other in a circle: " + all);
            }
        }
        return new ArrayList<>(ordered);
    }

    /** The table's columns stored as given (not the ones the database computes), in the table's order. */
    List<String> writable(String table) throws SQLException {
        return columns(table, "is_generated = 'NEVER'");
    }

    private List<String> columns(String table, String condition) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = to.prepareStatement("SELECT column_name FROM information_schema.columns WHERE"
                + " table_schema = CURRENT_SCHEMA AND LOWER(table_name) = ? AND " + condition
                + " ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Switches every trigger off: the guards would refuse the copy, the kept sums would count it twice. */
    void triggersOff(List<String> tables) throws SQLException {
        try (Statement s = to.createStatement()) {
            if (engine == Engine.POSTGRESQL) {
                for (String table : tables) {
                    s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
                }
                return;
            }
            try (ResultSet rs = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
                while (rs.next()) {
                    String statement = rs.getString(1);
                    if (statement.startsWith("CREATE FORCE TRIGGER ") || statement.startsWith("CREATE TRIGGER ")) {
                        h2Triggers.add(statement);
                    }
                }
            }
            for (String create : h2Triggers) {
                String name = create.replaceFirst("^CREATE (FORCE )?TRIGGER ", "").split(" ", 2)[0];
                s.execute("DROP TRIGGER " + name);
            }
        }
    }

    /** Switches them on again (on H2: makes them again as they were). */
    void triggersOn(List<String> tables) throws SQLException {
        try (Statement s = to.createStatement()) {
            if (engine == Engine.POSTGRESQL) {
                for (String table : tables) {
                    s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
                }
                return;
            }
            for (String create : h2Triggers) {
                s.execute(create);
            }
        }
    }

    /** Each identity column goes on after the highest id copied (a table copied empty starts at 1). */
    void restartIdentities(List<String> tables) throws SQLException {
        try (Statement s = to.createStatement()) {
            for (String table : tables) {
                for (String column : columns(table, "is_identity = 'YES'")) {
                    long next;
                    try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
                        rs.next();
                        next = rs.getLong(1);
                    }
                    if (engine == Engine.POSTGRESQL) {
                        s.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', '"
                                + column.toLowerCase(Locale.ROOT) + "'), " + next + ", false)").close();
                    } else {
                        s.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
                    }
                }
            }
        }
    }
}
