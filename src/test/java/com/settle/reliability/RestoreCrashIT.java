package com.settle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.PaymentMethod;
import com.settle.service.PaymentService;
import com.settle.service.Services;
import com.settle.store.Backups;
import com.settle.store.Database;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code settle restore} killed with SIGKILL at random moments (a child JVM from the packaged jar): after
 * each kill the company file opens, Verify books passes, and the books are either the ones before the
 * restore or the backup's, never a mix or a missing file.
 */
class RestoreCrashIT {

    @TempDir
    Path folder;

    @Test
    void aRestoreKilledAnywhereLeavesTheOldBooksOrTheBackupsWhole() throws Exception {
        Path jar = Path.of(System.getProperty("settle.jar", "target/settle.jar")).toAbsolutePath();
        assertThat(jar).exists();
        Path file = folder.resolve("books.mv.db");
        Path zip = folder.resolve("backup.zip");
        LocalDate day = TestBooks.TODAY.minusDays(5);
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            books.invoice(acme, day, "120.00", "30.00");
            books.payment(acme, "80.00", day);
            Backups.backup(books.database(), zip);
        }
        Signature backup = signature(file);
        Random random = new Random(20261203L);
        int old = 0;
        int restored = 0;
        int killedRunning = 0;
        for (int round = 0; round < 12; round++) {
            if (signature(file).equals(backup)) {
                moreWork(file, day);
            }
            Signature before = signature(file);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dsettle.log.dir=" + folder, "-jar", jar.toString(), "restore", "--from", zip.toString(), "--yes",
                    "--db", file.toString()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("child.log").toFile()).start();
            Thread.sleep(300 + random.nextInt(6_500)); // a restore takes 2 to 5 s here, JVM start included
            if (child.isAlive()) {
                killedRunning++;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Signature after = signature(file);
            assertThat(after).as("round " + round + ": the old books or the backup's").isIn(before, backup);
            if (after.equals(backup)) {
                restored++;
            } else {
                old++;
            }
        }
        System.out.printf("restore crash: %d kills while running, %d left the old books, %d the backup's%n",
                killedRunning, old, restored);
        assertThat(killedRunning).as("kills that hit a running restore").isPositive();
    }

    /** Opens the file, checks Verify books and returns its signature. */
    private static Signature signature(Path file) {
        try (Database db = Database.open(file, Database.Mode.EXISTING)) {
            assertThat(new Services(db.dsl(), "admin", TestBooks.CLOCK).verify().verify().differences())
                    .as("Verify books").isEmpty();
            return Signature.of(db.dsl());
        }
    }

    private static void moreWork(Path file, LocalDate day) {
        try (Database db = Database.open(file, Database.Mode.EXISTING)) {
            Services s = new Services(db.dsl(), "admin", TestBooks.CLOCK);
            s.payments().record(new PaymentService.NewPaymentCommand("A-00000001", new BigDecimal("15.00"), day,
                    PaymentMethod.CASH, null, null));
        }
    }
}
