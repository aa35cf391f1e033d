package com.settle.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.settle.domain.ServerAddress;
import com.settle.store.Database;
import com.settle.store.TeamServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the team-mode tests run against: {@code .ci/run} starts one ({@code .ci/test-server})
 * and names it in SETTLE_TEST_SERVER, SETTLE_TEST_USER and SETTLE_TEST_PASSWORD. Each test gets a database of its
 * own, made new and dropped afterwards. Without a server, a test is skipped on a developer's machine and fails in CI
 * (CI=true): CI must never pass by not testing.
 */
public final class TestServer {

    private static final String SERVER = System.getenv("SETTLE_TEST_SERVER");
    private static final String USER = System.getenv("SETTLE_TEST_USER");
    private static final String PASSWORD = System.getenv("SETTLE_TEST_PASSWORD");

    /** A database migrated once per test run, copied for each test that wants the schema in place (faster). */
    private static String template;

    private TestServer() {
    }

    /** Whether the environment names a test server. */
    public static boolean available() {
        return SERVER != null && USER != null && PASSWORD != null;
    }

    /** Skips the calling test on a developer's machine without a test server; fails it in CI. */
    public static void require() {
        if (available()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but no test server: SETTLE_TEST_SERVER, SETTLE_TEST_USER and SETTLE_TEST_PASSWORD are not"
                    + " set (.ci/run starts one with .ci/test-server)");
        }
        Assumptions.abort("no PostgreSQL test server (start one: bash .ci/test-server start DIR, export what it prints)");
    }

    public static String user() {
        return USER;
    }

    public static char[] password() {
        return PASSWORD.toCharArray();
    }

    /**
     * A login named {@code name} on the test server, a member of the test server's own login (so it may do in the
     * tests' databases what that login may), with a password of its own: for tests that sign in as a named person,
     * as the command-line tests' {@code ana}. Made once per server; roles belong to the whole server.
     *
     * @return its password
     */
    public static synchronized char[] login(String name) {
        String password = "test-" + name + "-" + Integer.toHexString(PASSWORD.hashCode());
        try (Connection c = DriverManager.getConnection(admin().jdbcUrl(), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "' IN ROLE " + USER);
        } catch (SQLException e) {
            if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw new IllegalStateException("making the login " + name + ": " + e.getMessage(), e);
            }
            // Made already (by this run's other test JVM, or an earlier run on the same server).
        }
        return password.toCharArray();
    }

    /** The server's own address (its maintenance database). */
    public static ServerAddress admin() {
        return ServerAddress.parse("SETTLE_TEST_SERVER", SERVER);
    }

    /** A new empty database on the test server; dropped when closed. */
    public static Fresh emptyDatabase() {
        require();
        String name = newName();
        execute("CREATE DATABASE " + name);
        return new Fresh(at(name));
    }

    /** A new database with Settle's schema already in place; dropped when closed. */
    public static Fresh migratedDatabase() {
        require();
        String name = newName();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template());
        return new Fresh(at(name));
    }

    /** A new database copied from {@code template} (which must have no connection open); dropped when closed. */
    public static Fresh copyOf(Fresh template) {
        String name = newName();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template.address().database());
        return new Fresh(at(name));
    }

    /** Opens the company in a fresh database as the test server's own user. */
    public static Database open(ServerAddress address) {
        return TeamServer.open(address, USER, password(), true);
    }

    private static synchronized String template() {
        if (template == null) {
            String name = newName() + "_template";
            execute("CREATE DATABASE " + name);
            TeamServer.open(at(name), USER, password(), true).close();
            template = name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name
                    + " WITH (FORCE)")));
        }
        return template;
    }

    private static String newName() {
        return "settle_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    private static ServerAddress at(String database) {
        ServerAddress a = admin();
        return new ServerAddress(a.host(), a.port(), database);
    }

    /** Runs one statement on the maintenance database (CREATE and DROP DATABASE cannot run in a transaction). */
    public static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(admin().jdbcUrl(), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs one statement in a test database as the test server's own login, as its owner could. */
    public static void execute(ServerAddress address, String sql) {
        try (Connection c = connect(address); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The names of the databases on the test server now. */
    public static List<String> databases() {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(admin().jdbcUrl(), USER, PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing databases: " + e.getMessage(), e);
        }
        return names;
    }

    /** A raw connection to a test database, as someone with a SQL console and the same login would have. */
    public static Connection connect(ServerAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), USER, PASSWORD);
    }

    /** A database made for one test. */
    public record Fresh(ServerAddress address) implements AutoCloseable {
        @Override
        public void close() {
            execute("DROP DATABASE IF EXISTS " + address.database() + " WITH (FORCE)");
        }
    }
}
