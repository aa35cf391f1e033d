package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import java.util.HashMap;

/**
 * A command-line test against a real file made by the subclass's set-up (which sets {@link #db}):
 * {@link #run} runs one command with {@code --db} and captures what it prints; after each test
 * {@code settle verify} must find the books balanced.
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

    @AfterEach
    void booksBalance() {
        assertThat(run("verify")).as(out.toString()).isZero();
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        return Cli.run(new CliContext(new PrintWriter(out), new PrintWriter(err), env, TestBooks.CLOCK,
                folder, OS_USER), (f, d, u, s) -> 0, all);
    }
}
