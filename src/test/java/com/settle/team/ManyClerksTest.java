package com.settle.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.reliability.RandomWork;
import com.settle.reliability.ServerClerks;
import com.settle.reliability.ServerClerksChild;
import com.settle.service.Services;
import com.settle.support.TestBooks;
import com.settle.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight clerks on one server for a minute: four threads here and four in a second process, each thread with
 * connections of its own, running random use cases on the same four accounts. Afterwards Verify books is clean
 * (numbers gapless included), every use case acknowledged is still in the history chain, and every refusal was
 * stale data or the business's: no deadlock, no database error.
 */
class ManyClerksTest {

    @TempDir
    Path folder;

    @Test
    void eightClerksInTwoProcessesForAMinuteLeaveBalancedBooksAndOnlyExpectedRefusals() throws Exception {
        int seconds = Integer.getInteger("settle.clerks.seconds", 60);
        try (TestServer.Fresh fresh = TestServer.migratedDatabase();
             TestBooks books = new TestBooks(TestServer.open(fresh.address())).withCodes()) {
            String user = TestServer.user();
            books.admin().users().ensureAdministrator(user);
            Services owner = new Services(books.database().dsl(), user, TestBooks.CLOCK);
            new RandomWork(owner, books.database().dsl(), new Random(1), folder).prepare();

            Path report = folder.resolve("second-process.txt");
            ProcessBuilder second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                    "-Dsettle.log.dir=" + folder, ServerClerksChild.class.getName(), fresh.address().toString(), user,
                    Integer.toString(seconds), "4", "2000", report.toString(), folder.toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("second-process-output.txt").toFile());
            second.environment().put("SETTLE_PASSWORD", new String(TestServer.password()));
            Process process = second.start();
            ServerClerks.Report here = new ServerClerks(fresh.address(), user, TestServer.password(), folder)
                    .run(4, seconds * 1000L, 1000);
            assertThat(process.waitFor(seconds + 120L, TimeUnit.SECONDS)).as("the second process ended").isTrue();
            assertThat(report).as(Files.readString(folder.resolve("second-process-output.txt"))).exists();
            ServerClerks.Report all = here.plus(ServerClerks.Report.parse(Files.readAllLines(report)));
            System.out.printf("8 clerks, %d s: %d use cases stored, %d stale-data refusals, %d business refusals,"
                    + " %d failures%n", seconds, all.stored(), all.stale(), all.refused(), all.failures().size());

            assertThat(all.failures()).isEmpty();
            assertThat(here.stored()).isPositive();
            assertThat(all.stored() - here.stored()).as("stored by the second process").isPositive();
            books.assertBalanced();
            Set<String> chain = books.database().dsl().fetch("SELECT seq, chain_hash FROM history_chain").stream()
                    .map(r -> r.get(0) + " " + r.get(1)).collect(Collectors.toSet());
            List<String> missing = all.chainPoints().stream().filter(p -> !chain.contains(p)).toList();
            assertThat(missing).as("acknowledged use cases missing from the history chain").isEmpty();
            assertThat(all.chainPoints()).isNotEmpty();
        }
    }
}
