package com.settle.support;

import com.settle.domain.ServerAddress;
import com.settle.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Which engine the tests' books are on: an H2 file in the test's folder, or, when the build runs the tests a second
 * time with {@code -Dsettle.test.engine=postgresql} (the {@code postgresql} execution in pom.xml), a database of
 * their own on the test server, one per folder, so that a test reopening its books finds them again. A folder's
 * database is dropped once the folder is gone (JUnit removes a test's folder after it), and all at the end.
 */
public final class TestEngine {

    private static final Map<Path, TestServer.Fresh> DATABASES = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (DATABASES) {
                DATABASES.values().forEach(TestServer.Fresh::close);
            }
        }));
    }

    private TestEngine() {
    }

    /** Whether the tests run on the test server. */
    public static boolean onServer() {
        return "postgresql".equals(System.getProperty("settle.test.engine"));
    }

    /** Opens the books of the test whose folder this is, on the engine the tests run on. */
    public static Database open(Path folder) {
        if (!onServer()) {
            return Database.open(folder.resolve("books.mv.db"));
        }
        TestServer.Fresh fresh;
        synchronized (DATABASES) {
            dropGone();
            fresh = DATABASES.computeIfAbsent(folder.toAbsolutePath(), f -> TestServer.migratedDatabase());
        }
        return TestServer.open(fresh.address());
    }

    /** The test server's database of the test whose folder this is (made, with Settle's schema, if it has none). */
    public static ServerAddress address(Path folder) {
        synchronized (DATABASES) {
            dropGone();
            return DATABASES.computeIfAbsent(folder.toAbsolutePath(), f -> TestServer.migratedDatabase()).address();
        }
    }

    private static void dropGone() {
        for (Iterator<Map.Entry<Path, TestServer.Fresh>> i = DATABASES.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<Path, TestServer.Fresh> e = i.next();
            if (!Files.exists(e.getKey())) {
                e.getValue().close();
                i.remove();
            }
        }
    }
}
