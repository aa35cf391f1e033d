package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.store.Database;
import com.settle.support.TestBooks;
import com.settle.support.TestEngine;
import com.settle.support.TestServer;
import com.settle.support.TestUsers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command-line test against a real file made by the subclass's set-up (which sets {@link #db}):
 * {@link #run} runs one command with {@code --db} and captures what it prints; after each test
 * {@code settle verify} must find the books balanced. When the tests run on the test server, the same command runs
 * with {@code --server} on the test's database there instead.
 */
abstract class CommandOnBooksTest {

    /** Who is signed in to the operating system in these tests: the administrator after the first run. */
    static final String OS_USER = "ana";

    @TempDir
    Path folder;
    String db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    /** The environment the commands see (a test of a protected file puts SETTLE_PASSWORD here). */
    final Map<String, String> env = new HashMap<>();
    private boolean signedUp;

    @AfterEach
    void booksBalance() {
        assertThat(run("verify")).as(out.toString()).isZero();
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of(args));
        Map<String, String> environment = new HashMap<>(env);
        if (TestEngine.onServer()) {
            // The same command on the test server: this test's database, ana signed in with a login of her own.
            onServer();
            all.addAll(List.of("--server", TestEngine.address(folder).toString()));
            environment.put("SETTLE_PASSWORD", new String(TestServer.login(OS_USER)));
        } else {
            all.addAll(List.of("--db", db));
        }
        return Cli.run(new CliContext(new PrintWriter(out), new PrintWriter(err), environment, TestBooks.CLOCK,
                folder, OS_USER), (f, d, u, s) -> 0, all.toArray(String[]::new));
    }

    /** Once per test: ana becomes an administrator of the test's books on the server, as she is of a file's. */
    private void onServer() {
        if (!signedUp) {
            try (Database database = TestEngine.open(folder)) {
                TestUsers.addAdministrator(database, OS_USER);
            }
            signedUp = true;
        }
    }
}
