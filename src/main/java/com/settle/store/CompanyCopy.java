package com.settle.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Copies a whole company, every row of every table with its ids, numbers, history and history chain as they are,
 * from a company file into a team server's database that Settle prepared and nothing has been written to, in one
 * transaction: all of it arrives, or (after any failure) none. While it copies, the target's triggers are off (the
 * guards would refuse the items of a document copied as posted, the sums would count twice; the sums are copied),
 * and back on before it commits; each identity then goes on after the highest id copied.
 */
public final class CompanyCopy {

    /** Rows sent to the server in one batch. */
    private static final int BATCH = 1_000;
    /** Tables a prepared database fills itself, which tell nothing about whether a company was written there. */
    private static final Set<String> SEEDED = Set.of("number_counter", "app_role", "role_permission", "app_user",
            "user_role", "app_setting", "reason_code", "reason_code_type", "accounting_code",
            "accounting_default_change", "history_chain", "history_chain_head");

    private CompanyCopy() {
    }

    /** What was copied: rows per table, in the order copied. */
    public record Copied(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Copies {@code from} (an H2 company file) into {@code to} (a prepared team server database) and makes
     * {@code administrator} an active Administrator there, so that whoever moved the company can manage it.
     *
     * @param progress told the rows copied so far, now and then
     * @throws DatabaseException when the target already holds a company, or the copy fails (then nothing is kept)
     */
    public static Copied copy(Connection from, Connection to, String administrator, LongConsumer progress)
            throws SQLException {
        List<String> tables = inOrder(to);
        String holding = holding(to, tables);
        if (holding != null) {
            throw new DatabaseException(DatabaseException.Kind.EXISTS, "The server's database already holds a company ("
                    + holding + "). Nothing was copied; move a company only into a database just prepared with"
                    + " settle server init.", null);
        }
        try (Statement s = from.createStatement()) {
            // H2 hands over each table's rows as it reads them, instead of building the whole result first.
            s.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        boolean autoCommit = to.getAutoCommit();
        to.setAutoCommit(false);
        Map<String, Long> copied = new LinkedHashMap<>();
        try (Statement s = to.createStatement()) {
            s.execute(TeamServer.WRITE_LOCK);
            for (String table : tables) {
                s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
            }
            for (int i = tables.size() - 1; i >= 0; i--) {
                s.execute("DELETE FROM " + tables.get(i));
            }
            long[] done = {0};
            for (String table : tables) {
                long n = copyTable(from, to, table, done, progress);
                copied.put(table, n);
            }
            for (String table : tables) {
                s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
            }
            restartIdentities(to, tables);
            administrator(to, administrator);
            to.commit();
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        } finally {
            to.setAutoCommit(autoCommit);
        }
        return new Copied(copied);
    }

    /** The first table beyond the seeded ones that has a row, or null when the database holds no company. */
    private static String holding(Connection to, List<String> tables) throws SQLException {
        try (Statement s = to.createStatement()) {
            for (String table : tables) {
                if (!SEEDED.contains(table)) {
                    try (ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                        if (rs.next()) {
                            return table.replace('_', ' ') + " rows";
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Settle's tables on the server, each after every table it refers to. */
    static List<String> inOrder(Connection to) throws SQLException {
        DatabaseMetaData meta = to.getMetaData();
        Set<String> all = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, currentSchema(to), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                all.add(rs.getString("TABLE_NAME"));
            }
        }
        all.remove("flyway_schema_history");
        Map<String, Set<String>> refersTo = new HashMap<>();
        for (String table : all) {
            Set<String> parents = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, currentSchema(to), table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
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

    private static String currentSchema(Connection c) throws SQLException {
        return c.getSchema();
    }

    /** The table's columns the server stores as given (not the ones it computes), in the order it has them. */
    private static List<String> writable(Connection to, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = to.prepareStatement("SELECT column_name FROM information_schema.columns WHERE"
                + " table_schema = CURRENT_SCHEMA AND table_name = ? AND is_generated = 'NEVER' ORDER BY"
                + " ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private static long copyTable(Connection from, Connection to, String table, long[] done, LongConsumer progress)
            throws SQLException {
        List<String> columns = writable(to, table);
        String list = String.join(", ", columns);
        String upper = columns.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "));
        long n = 0;
        try (Statement read = from.createStatement();
             ResultSet rs = read.executeQuery("SELECT " + upper + " FROM " + table.toUpperCase(Locale.ROOT)
                     + " ORDER BY 1");
             PreparedStatement write = to.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                     + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, rs.getObject(i));
                }
                write.addBatch();
                if (++n % BATCH == 0) {
                    write.executeBatch();
                    done[0] += BATCH;
                    progress.accept(done[0]);
                }
            }
            write.executeBatch();
            done[0] += n % BATCH;
            progress.accept(done[0]);
        }
        return n;
    }

    /** Each identity column goes on after the highest id copied (a fresh table's starts at 1). */
    private static void restartIdentities(Connection to, List<String> tables) throws SQLException {
        try (Statement s = to.createStatement()) {
            for (String table : tables) {
                List<String> identities = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE"
                        + " table_schema = CURRENT_SCHEMA AND table_name = '" + table + "' AND is_identity = 'YES'")) {
                    while (rs.next()) {
                        identities.add(rs.getString(1));
                    }
                }
                for (String column : identities) {
                    try (ResultSet rs = s.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', '"
                            + column + "'), COALESCE(MAX(" + column + "), 0) + 1, false) FROM " + table)) {
                        rs.next();
                    }
                }
            }
        }
    }

    /** Makes {@code username} an active Administrator of the copied company (adding the user when missing). */
    private static void administrator(Connection to, String username) throws SQLException {
        try (PreparedStatement add = to.prepareStatement("INSERT INTO app_user (username, display_name, active,"
                + " created_at) SELECT ?, ?, TRUE, CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE"
                + " username = ?)");
             PreparedStatement activate = to.prepareStatement("UPDATE app_user SET active = TRUE WHERE username = ?");
             PreparedStatement role = to.prepareStatement("INSERT INTO user_role (user_id, role_code) SELECT id,"
                     + " 'Administrator' FROM app_user u WHERE username = ? AND NOT EXISTS (SELECT 1 FROM user_role r"
                     + " WHERE r.user_id = u.id AND r.role_code = 'Administrator')")) {
            add.setString(1, username);
            add.setString(2, username);
            add.setString(3, username);
            add.executeUpdate();
            activate.setString(1, username);
            activate.executeUpdate();
            role.setString(1, username);
            role.executeUpdate();
        }
    }
}
