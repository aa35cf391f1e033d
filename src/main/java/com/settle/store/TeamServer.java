package com.settle.store;

import com.settle.domain.ServerAddress;
import com.settle.store.DatabaseException.Kind;
import com.settle.store.migration.PostgresScripts;
import com.settle.store.migration.V12__Remove_seeded_users;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a company on a team server (PostgreSQL): each clerk signs in with their own role and password, which the
 * driver sends with SCRAM. The schema is the files' schema, migrated by the same Flyway migrations
 * ({@link PostgresScripts} serves the SQL ones as PostgreSQL runs them).
 */
public final class TeamServer {

    private static final Logger LOG = LoggerFactory.getLogger(TeamServer.class);
    /**
     * The statement every Settle write transaction on a server runs first: a transaction-scoped advisory lock (one
     * key per database), so that write transactions in every process follow one another as they do within one.
     * The commit or rollback releases it, and so does the death of the process.
     */
    public static final String WRITE_LOCK = "SELECT pg_advisory_xact_lock(" + 0x5E771E_0001L + ")";

    /** Seconds to wait for the server to answer before saying it cannot be reached. */
    private static final int CONNECT_TIMEOUT = 10;

    private TeamServer() {
    }

    /**
     * Signs in to the server and opens the company in its database, bringing the schema up to this version when it
     * is older (or empty).
     *
     * @param prepare whether an empty database gets Settle's schema ({@code settle server init}); otherwise a
     *                database holding no company is refused, so that nothing makes one there by mistake
     * @throws DatabaseException with a one-line message when the server cannot be reached, refuses the sign-in,
     *                           has no such database or no company in it, or holds a newer Settle's company
     */
    public static Database open(ServerAddress address, String user, char[] password, boolean prepare) {
        PGSimpleDataSource connections = new PGSimpleDataSource();
        connections.setURL(address.jdbcUrl());
        connections.setUser(user);
        connections.setPassword(new String(password));
        connections.setApplicationName("Settle");
        connections.setConnectTimeout(CONNECT_TIMEOUT);
        // jOOQ sends a date or time given to plain SQL as text; the server then reads it as the column's type, as H2
        // does, instead of refusing text where a timestamp goes.
        connections.setStringType("unspecified");
        HikariDataSource pool;
        try {
            pool = ConnectionPool.over(connections);
        } catch (RuntimeException e) {
            throw translate(address, user, e);
        }
        try {
            int installed;
            try (Connection c = pool.getConnection()) {
                installed = Database.installedVersion(c);
            }
            if (installed > Database.SCHEMA_VERSION) {
                throw new DatabaseException(Kind.NEWER, "The company on " + address + " was made by a newer Settle"
                        + " (version " + installed + "); install that version to open it.", null);
            }
            if (installed <= 0 && !prepare) {
                throw new DatabaseException(Kind.MISSING, "The database " + address.database() + " on "
                        + address.host() + ":" + address.port() + " holds no Settle company yet. Whoever owns it"
                        + " prepares it first: settle server init --server " + address + " (README, Team mode).",
                        null);
            }
            if (installed < Database.SCHEMA_VERSION) {
                MigrateResult result = migrate(pool, address, installed);
                LOG.info("Opened {} as {} (schema version {}, {} migrations run)", address, user,
                        result.targetSchemaVersion, result.migrationsExecuted);
            } else {
                LOG.info("Opened {} as {} (schema version {})", address, user, installed);
            }
            return new Database(address, pool);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            if (e instanceof DatabaseException known) {
                throw known;
            }
            throw translate(address, user, e);
        }
    }

    /**
     * Brings the schema up to this version. Only the database's owner may change the schema; a clerk who opens a
     * company an older Settle made is told who upgrades it, and how, and nothing changes.
     */
    private static MigrateResult migrate(HikariDataSource pool, ServerAddress address, int installed) {
        try {
            return migrate(pool);
        } catch (RuntimeException e) {
            if (installed > 0 && refusedPrivilege(e)) {
                LOG.error("Could not upgrade {} from schema version {}", address, installed, e);
                throw new DatabaseException(Kind.OTHER, "The company on " + address + " was made by an older Settle"
                        + " (version " + installed + "; this one is version " + Database.SCHEMA_VERSION + "). Whoever"
                        + " owns the database upgrades it once: settle server init --server " + address
                        + " --user OWNER (README, Team mode). Nothing was changed.", e);
            }
            throw e;
        }
    }

    private static boolean refusedPrivilege(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static MigrateResult migrate(HikariDataSource pool) {
        return Flyway.configure()
                .dataSource(pool)
                .resourceProvider(new PostgresScripts())
                .locations("classpath:com/settle/store/migration")
                // Users on a server are its roles, each with a password of its own: the two seeded users go.
                .placeholders(Map.of(V12__Remove_seeded_users.PROTECTED, "false"))
                .load()
                .migrate();
    }

    private static DatabaseException translate(ServerAddress address, String user, Exception e) {
        LOG.error("Could not open {} as {}", address, user, e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("28P01") || state.equals("28000")) {
                    return new DatabaseException(Kind.PROTECTED, address + " did not accept user " + user
                            + " with that password. Check both, or ask whoever runs the server.", e);
                }
                if (state.equals("3D000")) {
                    return new DatabaseException(Kind.MISSING, "The server at " + address.host() + ":" + address.port()
                            + " has no database " + address.database() + ". Check the address, or ask whoever runs"
                            + " the server to create it (README, Team mode).", e);
                }
                if (state.startsWith("08")) {
                    return new DatabaseException(Kind.OTHER, "Cannot reach the server at " + address.host() + ":"
                            + address.port() + ". Check the address and that the server is running, then try again.",
                            e);
                }
                if (state.equals("42501")) {
                    return new DatabaseException(Kind.OTHER, "User " + user + " may not open the company on " + address
                            + ". Ask whoever runs the server for access.", e);
                }
            }
        }
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                .orElse("");
        return new DatabaseException("Cannot open the company on " + address + ": " + first, e);
    }
}
