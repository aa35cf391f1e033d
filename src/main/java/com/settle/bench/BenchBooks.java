package com.settle.bench;

import com.settle.domain.ServerAddress;
import com.settle.store.Database;
import com.settle.store.Engine;
import com.settle.store.TeamServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The books one benchmark seeds and measures, thrown away after it: a new H2 file in a temporary folder, or a new
 * database on a team server. On a server the benchmark makes a database of its own (its login needs CREATEDB) and
 * drops it at the end; the database the address names is only connected to, never written.
 */
public final class BenchBooks implements AutoCloseable {

    private final Database db;
    private final Runnable dispose;

    private BenchBooks(Database db, Runnable dispose) {
        this.db = db;
        this.dispose = dispose;
    }

    /** Where the benchmarks seed their books: files, or a team server. */
    public interface Place {
        BenchBooks open() throws Exception;
    }

    /** A new company file in a temporary folder, deleted when closed. */
    public static Place files() {
        return () -> {
            Path dir = Files.createTempDirectory("settle-bench");
            Database db = FreshResults.of(Database.open(dir.resolve("bench.mv.db")));
            return new BenchBooks(db, () -> deleteAll(dir));
        };
    }

    /** A new database on the server at {@code address}, signed in as {@code user}; dropped when closed. */
    public static Place server(ServerAddress address, String user, char[] password) {
        return () -> {
            String name = "settle_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                    .toLowerCase(Locale.ROOT);
            run(address, user, password, "CREATE DATABASE " + name);
            ServerAddress fresh = new ServerAddress(address.host(), address.port(), name);
            try {
                Database db = TeamServer.open(fresh, user, password, true);
                return new BenchBooks(db, () -> run(address, user, password, "DROP DATABASE IF EXISTS " + name
                        + " WITH (FORCE)"));
            } catch (RuntimeException e) {
                run(address, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                throw e;
            }
        };
    }

    public Database db() {
        return db;
    }

    /** Where the books are, for the figures' heading. */
    public String where() {
        return db.location();
    }

    public Engine engine() {
        return Engine.of(db.dsl());
    }

    /**
     * A table of numbers 1..n as the engine writes it, with its one column named {@code x}: H2's SYSTEM_RANGE,
     * PostgreSQL's generate_series.
     */
    public String range(String from, String to, String alias) {
        return engine() == Engine.H2 ? "SYSTEM_RANGE(" + from + ", " + to + ") " + alias
                : "generate_series(" + from + ", " + to + ") AS " + alias + "(x)";
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            dispose.run();
        }
    }

    private static void run(ServerAddress address, String user, char[] password, String sql) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", new String(password));
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), p); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the benchmark could not run " + sql + " on " + address + " (its login"
                    + " needs CREATEDB): " + e.getMessage(), e);
        }
    }

    private static void deleteAll(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("could not delete " + dir, e);
        }
    }
}
