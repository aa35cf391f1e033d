package com.settle.bench;

import com.settle.service.Protection;
import com.settle.service.SampleCompany;
import com.settle.service.Services;
import com.settle.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What protecting a company file costs: the key derivation of one sign-in attempt (slow on purpose), and
 * opening the sample company with its first screens' queries, encrypted against plain (the raw baseline is
 * the same file unprotected, in the same run).
 */
public final class ProtectionBenchmark {

    private static final char[] PASSWORD = "a benchmark password".toCharArray();

    private final PrintWriter out;
    private final int rounds;

    public ProtectionBenchmark(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    public void run() throws Exception {
        Path dir = Files.createTempDirectory("settle-protection-bench");
        Clock clock = Clock.systemDefaultZone();
        try {
            Path plain = dir.resolve("plain.mv.db");
            try (Database db = FreshResults.of(Database.open(plain, Database.Mode.NEW))) {
                new SampleCompany(Services.singlePerson(db.dsl(), "bench", clock), clock).load(p -> { });
            }
            Path secured = dir.resolve("secured.mv.db");
            Files.copy(plain, secured);
            Protection.protect(secured, "bench", PASSWORD);
            Protection.SignedIn signedIn = Protection.signIn(secured, "bench", PASSWORD);

            double derive = Timing.median(rounds, () -> Protection.signIn(secured, "bench", PASSWORD));
            // Alternated round by round, after a warm-up of both, so that neither gains from running second.
            Timing.Work plainOpen = () -> {
                try (Database db = FreshResults.of(Database.open(plain, Database.Mode.EXISTING))) {
                    firstScreens(Services.singlePerson(db.dsl(), "bench", clock));
                }
            };
            Timing.Work protectedOpen = () -> {
                try (Database db = FreshResults.of(Database.open(secured, Database.Mode.EXISTING, signedIn.key()))) {
                    firstScreens(new Services(db.dsl(), "bench", clock, signedIn.keyring()));
                }
            };
            double[][] both = Timing.alternating(rounds, plainOpen, protectedOpen);
            double open = both[0][rounds / 2];
            double openProtected = both[1][rounds / 2];
            out.printf("protection benchmark on the sample company (median of %d rounds after warm-up)%n", rounds);
            out.printf("%-60s %12s %12s %8s %10s%n", "figure", "settle ms", "raw ms", "ratio", "goal");
            out.printf("%-60s %12.1f %12s %8s %10s%n", "key derivation of one sign-in attempt (Argon2id)", derive,
                    "-", "-", ">= 250 ms");
            out.printf("%-60s %12.1f %12.1f %7.2fx %10s%n", "open + Home + accounts, protected vs the same file plain",
                    openProtected, open, openProtected / open, "<= 1.3x");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** What the window reads first: the Home figures and the accounts list. */
    private static void firstScreens(Services s) {
        s.home().home();
        s.accounts().list();
    }
}
