package com.settle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Copies a whole company, every row of every table with its ids, numbers, history and history chain as they are,
 * from one database Settle keeps books in into another it prepared and nothing has been written to: a company file
 * onto a team server ({@code server import-file}) or a team server into a new company file ({@code server
 * export-file}). A server target gets it in one transaction: all of it arrives, or (after any failure) none; a file
 * target is a new file that is only moved into place after the copy (its H2 triggers are dropped and made again,
 * which H2 cannot do inside a transaction). The source is read in one snapshot. While it copies, the target's
 * triggers are off (the guards would refuse the items of a document copied as posted, the sums would count twice;
 * the sums are copied), and back on before it commits; each identity then goes on after the highest id copied.
 */
public final class CompanyCopy {

    /** Rows sent to the target in one batch. */
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
     * Copies the company in {@code from} into {@code to} (a database Settle prepared, holding no company) and makes
     * {@code administrator} an active Administrator there, so that whoever moved the company can manage it.
     *
     * @param progress told the rows copied so far, now and then
     * @throws DatabaseException when the target already holds a company, or the copy fails (then nothing is kept)
     */
    public static Copied copy(Connection from, Connection to, String administrator, LongConsumer progress)
            throws SQLException {
        CopyTarget target = new CopyTarget(to);
        List<String> tables = target.tablesInOrder();
        String holding = holding(to, tables);
        if (holding != null) {
            throw new DatabaseException(DatabaseException.Kind.EXISTS, "The server's database already holds a company ("
                    + holding + "). Nothing was copied; move a company only into a database just prepared with"
                    + " settle server init.", null);
        }
        boolean sourceAutoCommit = from.getAutoCommit();
        oneSnapshot(from);
        boolean autoCommit = to.getAutoCommit();
        to.setAutoCommit(false);
        Map<String, Long> copied = new LinkedHashMap<>();
        try (Statement s = to.createStatement()) {
            if (Engine.of(to) == Engine.POSTGRESQL) {
                s.execute(TeamServer.WRITE_LOCK);
            }
            target.triggersOff(tables);
            for (int i = tables.size() - 1; i >= 0; i--) {
                s.execute("DELETE FROM " + tables.get(i));
            }
            long[] done = {0};
            for (String table : tables) {
                long n = copyTable(from, target, table, done, progress);
                copied.put(table, n);
            }
            target.triggersOn(tables);
            target.restartIdentities(tables);
            administrator(to, administrator);
            to.commit();
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        } finally {
            to.setAutoCommit(autoCommit);
            from.rollback();
            from.setAutoCommit(sourceAutoCommit);
        }
        return new Copied(copied);
    }

    /** Reads the source in one read-only snapshot, handing over each table's rows as it reads them. */
    private static void oneSnapshot(Connection from) throws SQLException {
        from.setAutoCommit(false);
        if (Engine.of(from) == Engine.POSTGRESQL) {
            try (Statement s = from.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
        } else {
            try (Statement s = from.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
        }
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

    private static long copyTable(Connection from, CopyTarget target, String table, long[] done,
                                  LongConsumer progress) throws SQLException {
        List<String> columns = target.writable(table);
        String list = String.join(", ", columns);
        long n = 0;
        try (Statement read = from.createStatement()) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY 1");
                 PreparedStatement write = target.connection().prepareStatement("INSERT INTO " + table + " (" + list
                         + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")) {
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
        }
        return n;
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
