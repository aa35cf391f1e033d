package com.settle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash loop on a team server, after the unit tests (nothing else uses the server then): child JVMs running
 * random use cases on one server database are killed with SIGKILL at random moments, and at every third kill the
 * server itself is first stopped in immediate mode (as by a power cut; it recovers from its write-ahead log) and
 * started again while the child works. After each, every use case a child reported committed must be there and
 * Verify books must find nothing. Needs the test server's folder ({@code SETTLE_TEST_SERVER_DIR}, set by
 * {@code .ci/run}) to stop and start it.
 */
class ServerCrashIT {

    @TempDir
    Path folder;

    @Test
    void killedClientsAndServerCrashesLoseNothingAndLeaveNoHalfStoredUseCase() throws Exception {
        TestServer.require();
        String serverDir = System.getenv("SETTLE_TEST_SERVER_DIR");
        assertThat(serverDir).as("SETTLE_TEST_SERVER_DIR: the test server's folder, to stop and start it").isNotNull();
        int kills = Integer.getInteger("settle.crash.serverKills", 15);
        Path jar = Path.of(System.getProperty("settle.jar", "target/settle.jar"));
        try (TestServer.Fresh fresh = TestServer.migratedDatabase()) {
            try (TestBooks books = new TestBooks(TestServer.open(fresh.address()))) {
                books.admin().users().ensureAdministrator(TestServer.user());
            }
            CrashLoop.Report report = new CrashLoop(folder, 20261206L, 200, 1500, jar.toString())
                    .onServer(new CrashLoop.ServerTarget(fresh.address(), TestServer.user(), TestServer.password(),
                            () -> crash(serverDir), 3))
                    .run(kills, 1, System.out::println);
            System.out.println(report);
            assertThat(report.problems()).isEmpty();
            assertThat(report.lost()).isZero();
            assertThat(report.partial()).isZero();
            assertThat(report.kills()).isEqualTo(kills);
            assertThat(report.committed()).as("operations committed").isGreaterThan(kills);
        }
    }

    /** Stops the test server in immediate mode and starts it again. */
    private static void crash(String serverDir) {
        try {
            Process p = new ProcessBuilder("bash", ".ci/test-server", "crash", serverDir).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("the test server did not stop and start again");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
