package com.settle.store;

import com.settle.domain.ServerAddress;
import com.settle.store.DatabaseException.Kind;
import com.settle.store.keys.FileEncryption;
import com.settle.store.keys.FileKey;
import com.settle.store.migration.V12__Remove_seeded_users;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file: opened once per process, migrated by Flyway, used through jOOQ. Every
 * commit is written before the call returns (WRITE_DELAY=0) so it survives the process being
 * killed; the file system's lock on the file keeps a second process out.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_SUFFIX = ".mv.db";
    /** The newest migration this version ships; DatabaseTest checks it against the migrations found. */
    public static final int SCHEMA_VERSION = 21;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static {
        // H2 shares one small cache of recently read values (numbers, texts) among all its connections, to hand
        // out the same object for equal values. Reading millions of rows, keeping it cost more than it saved: a
        // read of three million items 12 % slower alone, Verify books 20 % slower with two connections writing
        // into the same array. H2 reads the setting when its first class loads: before this class opens a file.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final Path file;
    private final ServerAddress server;
    private final HikariDataSource pool;
    private final DSLContext dsl;

    /** Key under which the file's path is kept in the jOOQ configuration, for messages about it. */
    public static final String FILE_KEY = "settle.file";

    private Database(Path file, HikariDataSource pool) {
        this.file = file;
        this.server = null;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.dsl.configuration().data(FILE_KEY, file);
        this.dsl.configuration().data(WRITE_LOCK_KEY, new ReentrantLock(true));
    }

    /** A connection of its own, outside the pool (a server's change listener holds one for as long as it listens). */
    Connection newConnection() throws SQLException {
        return pool.getDataSource().getConnection();
    }

    /**
     * A company on a team server. jOOQ writes every name in lower case, as PostgreSQL keeps the names the migrations
     * gave without quotes (H2 keeps them in upper case, as the generated code has them).
     */
    Database(ServerAddress server, HikariDataSource pool) {
        this.file = null;
        this.server = server;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES, new Settings().withRenderNameCase(RenderNameCase.LOWER));
        this.dsl.configuration().data(WRITE_LOCK_KEY, new ReentrantLock(true));
        this.dsl.configuration().data(ServerChanges.MARK_KEY, ServerChanges.newMark());
    }

    /** Key under which the file's write lock is kept in the jOOQ configuration. */
    private static final String WRITE_LOCK_KEY = "settle.writeLock";

    /**
     * The lock every write transaction over this file holds: one at a time, so that the history chain
     * records rows in the order they were committed. It is fair: a use case waiting for it goes before one that
     * asks later, so a batch run in short transactions lets the clerk's own writes in between them, instead of
     * taking the lock again the moment it lets go. A context not opened here (a migration) gets a lock of its own.
     */
    public static Lock writeLock(DSLContext dsl) {
        Object lock = dsl.configuration().data(WRITE_LOCK_KEY);
        return lock instanceof Lock l ? l : new ReentrantLock();
    }

    /** Whether opening may create the company file. */
    public enum Mode {
        /** The file must exist: every command that works on a company. */
        EXISTING,
        /** The file must not exist yet: {@code settle init}. */
        NEW,
        /** The file must exist; it is only read (nothing, not even its header, is written) when it needs no upgrade. */
        READ_ONLY,
        /** Either: the window (which asks how to start a new file), the sample company, tests and benchmarks. */
        EITHER
    }

    /** Opens the database file, creating it when there is none. */
    public static Database open(Path file) {
        return open(file, Mode.EITHER);
    }

    /**
     * Opens and migrates the database file.
     *
     * @param file the file as the clerk names it, ending in {@code .mv.db}
     * @param mode whether the file must exist, must not exist, or may be created
     * @throws DatabaseException with a one-line message when the file is missing, in use, damaged or not Settle's
     */
    public static Database open(Path file, Mode mode) {
        return open(file, mode, null);
    }

    /**
     * Opens and migrates a company file that may be protected.
     *
     * @param key the file key of a protected file (from a user's password or the recovery key); null for a
     *            plain file. A protected file without its key, or with another, is refused (Kind PROTECTED).
     */
    public static Database open(Path file, Mode mode, FileKey key) {
        if (Files.isDirectory(file)) {
            throw new DatabaseException(Kind.OTHER, file.toAbsolutePath() + " is a folder, not a company file. Name a"
                    + " file ending in " + FILE_SUFFIX + ".", null);
        }
        Path withExt = DataFolder.withExtension(file.toAbsolutePath().normalize());
        String base = withExt.toString().substring(0, withExt.toString().length() - FILE_SUFFIX.length());
        checkBeforeOpening(withExt, mode);
        boolean encrypted = FileEncryption.isEncrypted(withExt);
        if (encrypted && key == null) {
            throw new DatabaseException(Kind.PROTECTED, withExt + " is protected: sign in with your user name and"
                    + " password to open it.", null);
        }
        try {
            Path parent = withExt.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder " + withExt.getParent() + ": " + e.getMessage(), e);
        }
        // QUERY_CACHE_SIZE: a use case runs a dozen or more distinct statements; the default cache of 8
        // prepared commands per session made H2 parse the same SQL again and again in a batch run.
        // FILE_LOCK=FS: the operating system's lock on the file, released the moment the process dies. With
        // FILE_LOCK=FILE a killed process left a lock file that made the next open wait about two seconds.
        boolean cipher = key != null && (encrypted || !Files.exists(withExt));
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;FILE_LOCK=FS;QUERY_CACHE_SIZE=64"
                + (mode == Mode.EXISTING || mode == Mode.READ_ONLY ? ";IFEXISTS=TRUE" : "")
                + (mode == Mode.READ_ONLY ? ";ACCESS_MODE_DATA=r" : "")
                + (cipher ? ";CIPHER=AES" : "");
        JdbcDataSource connections = new JdbcDataSource();
        connections.setURL(url);
        connections.setUser("sa");
        connections.setPassword(cipher ? new String(key.h2Password()) : "");
        HikariDataSource pool;
        try {
            pool = ConnectionPool.over(connections);
        } catch (RuntimeException e) {
            throw OpenErrors.translate(withExt, e);
        }
        try {
            // Touch the file first, so that a lock or a foreign file is reported before Flyway wraps it.
            int installed;
            try (var c = pool.getConnection()) {
                c.isValid(1);
                installed = installedVersion(c);
            }
            if (installed > SCHEMA_VERSION) {
                throw newer(withExt, installed);
            }
            if (mode == Mode.READ_ONLY && installed != SCHEMA_VERSION) {
                // An older file must be upgraded before it can be read: that is a write, so open it normally.
                pool.close();
                return open(file, Mode.EXISTING, key);
            }
            if (installed == SCHEMA_VERSION) {
                // Already at this version: Flyway would only scan the class path and re-check the checksums
                // of migrations that cannot have changed in an installed app (half a second at every start).
                LOG.info("Opened {} (schema version {})", withExt, installed);
                return new Database(withExt, pool);
            }
            MigrateResult result = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration", "classpath:com/settle/store/migration")
                    .placeholders(Map.of(V12__Remove_seeded_users.PROTECTED, String.valueOf(cipher)))
                    .load()
                    .migrate();
            LOG.info("Opened {} (schema version {}, {} migrations run)", withExt, result.targetSchemaVersion,
                    result.migrationsExecuted);
            return new Database(withExt, pool);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            if (e instanceof DatabaseException known) {
                throw known;
            }
            throw OpenErrors.translate(withExt, e);
        }
    }

    /** What can be told from the path alone: a folder, a missing file, an empty file, a file where none may be. */
    private static void checkBeforeOpening(Path file, Mode mode) {
        if (Files.isDirectory(file)) {
            throw new DatabaseException(Kind.OTHER, file + " is a folder, not a company file. Name a file ending in "
                    + FILE_SUFFIX + ".", null);
        }
        boolean exists = Files.exists(file);
        if ((mode == Mode.EXISTING || mode == Mode.READ_ONLY) && !exists) {
            throw new DatabaseException(Kind.MISSING, "No company file at " + file + ". `settle init --db " + file
                    + "` creates one.", null);
        }
        try {
            if (exists && Files.size(file) == 0) {
                throw new DatabaseException(Kind.DAMAGED, file + " is empty (0 bytes): it is damaged, not a new"
                        + " company. Restore it from a backup (settle restore --from FILE --yes) or choose another"
                        + " file.", null);
            }
        } catch (IOException e) {
            throw new DatabaseException(Kind.OTHER, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (mode == Mode.NEW && exists) {
            throw new DatabaseException(Kind.EXISTS, "A company file already exists at " + file
                    + "; it was left untouched. Choose another name to start a new company.", null);
        }
    }

    private static DatabaseException newer(Path file, int version) {
        return new DatabaseException(Kind.NEWER, file + " was made by a newer Settle (version " + version
                + "); install that version to open it. It was left untouched.", null);
    }

    /**
     * The schema version of a closed Settle file, without migrating or changing it: -1 when it has no Settle
     * history (another program's database). Used to check a backup before it is restored.
     */
    public static int schemaVersion(Path file) {
        return schemaVersion(file, null);
    }

    /** The schema version of a closed file that may be protected ({@code key} null for a plain file). */
    public static int schemaVersion(Path file, FileKey key) {
        Path withExt = DataFolder.withExtension(file.toAbsolutePath().normalize());
        String base = withExt.toString().substring(0, withExt.toString().length() - FILE_SUFFIX.length());
        checkBeforeOpening(withExt, Mode.EXISTING);
        boolean encrypted = FileEncryption.isEncrypted(withExt);
        if (encrypted && key == null) {
            throw new DatabaseException(Kind.PROTECTED, withExt + " is protected: it opens only with a password"
                    + " of its own users or its recovery key.", null);
        }
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + base
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;FILE_LOCK=FS" + (encrypted ? ";CIPHER=AES" : ""), "sa",
                encrypted ? new String(key.h2Password()) : "")) {
            return installedVersion(c);
        } catch (SQLException | RuntimeException e) {
            throw OpenErrors.translate(withExt, e);
        }
    }

    /**
     * The highest schema version Flyway installed successfully in this file, or -1 when it has no Settle
     * history (new, or another program's database: then Flyway runs and says so) or a failed migration.
     */
    static int installedVersion(Connection c) throws SQLException {
        try (var rs = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!rs.next()) {
                return -1;
            }
        }
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FILTER (WHERE NOT \"success\"),"
                + " MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            rs.next();
            return rs.getInt(1) > 0 ? -1 : rs.getInt(2);
        }
    }


    public DSLContext dsl() {
        return dsl;
    }

    /** The file as the clerk names it, ending in {@code .mv.db}; null for a company on a team server. */
    public Path file() {
        return file;
    }

    /** The team server the company is on; null for a company file. */
    public ServerAddress server() {
        return server;
    }

    /** Where the company is, as a clerk names it: the file, or the server's address. */
    public String location() {
        return server != null ? server.toString() : file.toString();
    }

    @Override
    public void close() {
        pool.close();
        LOG.info("Closed {}", location());
    }

    /**
     * Closes the file after rewriting it with only its live data (H2's SHUTDOWN COMPACT, which writes a new file
     * beside it and moves it into place); returns the sizes before and after.
     */
    public Compaction.Sizes closeCompacted() {
        long before = Compaction.size(file);
        long started = System.nanoTime();
        // The pooled connection is not closed here: closing it rolls back on the database just shut down, which H2
        // then writes to a .trace.db file beside the company file. Disposing of the pool closes it.
        try {
            Connection c = pool.getConnection();
            c.createStatement().execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // H2 reports the connection it just shut down as closed: that is the shutdown having happened.
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new DatabaseException("Could not compact " + file + ": " + e.getMessage(), e);
            }
        }
        pool.close();
        long after = Compaction.size(file);
        LOG.info("Compacted and closed {}: {} -> {} bytes in {} ms", file, before, after,
                (System.nanoTime() - started) / 1_000_000);
        return new Compaction.Sizes(before, after);
    }
}
