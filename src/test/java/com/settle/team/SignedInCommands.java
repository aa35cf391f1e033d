package com.settle.team;

import com.settle.cli.Cli;
import com.settle.cli.CliContext;
import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that runs commands on a team server as different people, each signing in with a login and password of
 * their own: {@link #run} captures what a command printed in {@link #out} and {@link #err}.
 */
abstract class SignedInCommands {

    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    /** The test server's own login, which owns the tests' databases. */
    final String admin = TestServer.user();
    final String adminPassword = TestServer.available() ? new String(TestServer.password()) : null;

    /** Runs one command signed in as {@code user} with {@code password}; returns its exit code. */
    int run(String user, String password, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Map<String, String> env = new HashMap<>(Map.of("SETTLE_PASSWORD", password));
        return Cli.run(new CliContext(new PrintWriter(out), new PrintWriter(err), env, TestBooks.CLOCK, folder, user),
                (f, d, u, s) -> 0, args);
    }
}
