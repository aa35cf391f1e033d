package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.RestoreService;
import com.settle.service.Services;
import com.settle.store.chain.HistoryChain;
import com.settle.store.jooq.Tables;
import com.settle.support.TestBooks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups taken while another thread writes each restore to balanced books; restore keeps what it replaces. */
class BackupTest {

    private static final LocalDate OCT = LocalDate.of(2026, 10, 1);

    @TempDir
    Path folder;

    private static Path restore(Path zip, Path file) {
        return new RestoreService(TestBooks.CLOCK).restore(zip, file, "admin").before();
    }

    private static long payments(Path file) {
        try (Database db = Database.open(file)) {
            assertThat(new Services(db.dsl(), "admin", TestBooks.CLOCK).verify().verify().balanced())
                    .as("books in " + file).isTrue();
            return db.dsl().fetchCount(Tables.PAYMENT);
        }
    }

    @Test
    void backupsTakenWhileAnotherThreadWritesEachRestoreToBalancedBooks() throws Exception {
        Path live = folder.resolve("live");
        List<Path> zips = new ArrayList<>();
        long written;
        try (TestBooks books = new TestBooks(live).withCodes()) {
            String acme = books.account("Acme", "USD");
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger writes = new AtomicInteger();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    // Bounded: the backups need 24 writes; on a busy machine an unbounded writer made thousands,
                    // and Verify books on each restore then took minutes.
                    while (!stop.get() && writes.get() < 60) {
                        books.invoice(acme, OCT, "30.00", "20.00", "10.00");
                        String p = books.payment(acme, "45.00", OCT);
                        books.clerk().applications().apply(new ApplyCommand(p, OCT, ApplicationRule.PRORATION,
                                List.of(), null, false));
                        writes.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failed.set(t);
                }
            });
            writer.start();
            // Each backup is taken while the writer is in the middle of its next use cases.
            for (int i = 0; i < 6; i++) {
                while (writes.get() < 4 * (i + 1) && failed.get() == null) {
                    Thread.sleep(2);
                }
                zips.add(Backups.backup(books.database(), folder.resolve("backups").resolve("b" + i + ".zip")));
            }
            stop.set(true);
            writer.join();
            assertThat(failed.get()).isNull();
            books.assertBalanced();
            written = books.database().dsl().fetchCount(Tables.PAYMENT);
        }
        long previous = -1;
        for (int i = 0; i < zips.size(); i++) {
            Path restored = folder.resolve("restored" + i).resolve("books.mv.db");
            assertThat(restore(zips.get(i), restored)).as("nothing replaced").isNull();
            assertThat(comment(zips.get(i))).as("the history head named in the backup is the one it holds")
                    .isEqualTo(manifest(restored));
            long count = payments(restored);
            assertThat(count).isGreaterThanOrEqualTo(previous);
            previous = count;
        }
        assertThat(previous).isPositive().isLessThanOrEqualTo(written);

        // Restoring over the live file keeps the live file as a backup first.
        Path file = live.resolve("books.mv.db");
        Path before = restore(zips.get(0), file);
        assertThat(before).exists();
        assertThat(payments(file)).isLessThanOrEqualTo(payments(folder.resolve("restored0").resolve("books.mv.db")));
        Path back = folder.resolve("back").resolve("books.mv.db");
        restore(before, back);
        assertThat(payments(back)).isEqualTo(written);
    }

    private static String comment(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return z.getComment();
        }
    }

    private static String manifest(Path file) {
        try (Database db = Database.open(file)) {
            HistoryChain.Head head = HistoryChain.head(db.dsl());
            return Backups.MANIFEST + head.shortForm() + " (" + head.entries() + " entries)";
        }
    }

    @Test
    void whereTheOpenFileCannotBeReadBesideH2H2ReadsItAndTheBackupIsTheSame() throws Exception {
        Path live = folder.resolve("live");
        Path own;
        Path throughH2;
        try (TestBooks books = new TestBooks(live).withCodes()) {
            String acme = books.account("Acme", "USD");
            books.invoice(acme, OCT, "30.00", "20.00");
            books.payment(acme, "45.00", OCT);
            own = Backups.backup(books.database(), folder.resolve("own.zip"));
            OpenFileCopy.ownReader = false;
            try {
                throughH2 = Backups.backup(books.database(), folder.resolve("h2.zip"));
            } finally {
                OpenFileCopy.ownReader = true;
            }
        }
        try (ZipFile a = new ZipFile(own.toFile()); ZipFile b = new ZipFile(throughH2.toFile())) {
            ZipEntry first = a.getEntry("books.mv.db");
            ZipEntry second = b.getEntry("books.mv.db");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(second.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(b.getComment()).isEqualTo(a.getComment());
        }
        for (Path zip : List.of(own, throughH2)) {
            Path restored = folder.resolve(zip.getFileName() + "-restored").resolve("books.mv.db");
            restore(zip, restored);
            assertThat(payments(restored)).isEqualTo(1);
        }
    }

    @Test
    void aBackupWhoseDatabaseWasDamagedIsRefusedAndChangesNothing() throws Exception {
        Path file;
        Path zip;
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            books.payment(books.account("Acme", "USD"), "45.00", OCT);
            file = books.database().file();
            zip = Backups.backup(books.database(), folder.resolve("b.zip"));
        }
        long size = Files.size(file);
        try (FileChannel c = FileChannel.open(zip, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            long middle = c.size() / 2;
            c.read(one, middle);
            one.flip().put(0, (byte) (one.get(0) ^ 0x5A));
            c.write(one, middle);
        }
        assertThatThrownBy(() -> restore(zip, file)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("does not match its check sum")
                .hasMessageEndingWith(file + " was left untouched.");
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(payments(file)).isEqualTo(1);
    }

    @Test
    void aRestoreSaysHowFarItIsAndCanceledChangesNothing() throws Exception {
        Path file;
        Path zip;
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            books.payment(acme, "45.00", OCT);
            file = books.database().file();
            zip = Backups.backup(books.database(), folder.resolve("b.zip"));
            books.payment(acme, "12.00", OCT);
        }
        long size = Files.size(file);
        List<Double> seen = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        // Canceled as soon as the backup's books are being checked: the company file is not touched.
        assertThatThrownBy(() -> new RestoreService(TestBooks.CLOCK).restore(zip, file, "admin", null, f -> {
            seen.add(f);
            stop.set(f > 0.1);
        }, stop::get)).isInstanceOf(RestoreService.Canceled.class)
                .hasMessage("The restore was canceled before the backup's books were checked; books.mv.db was left"
                        + " as it was.");
        assertThat(seen).isNotEmpty().allMatch(f -> f < 1.0);
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(payments(file)).isEqualTo(2);
        assertThat(Backups.list(Backups.folder(file), "before-restore")).isEmpty();
        assertThat(Files.list(folder).filter(f -> f.getFileName().toString().startsWith(".restore-")))
                .as("the restore's scratch folder").isEmpty();

        seen.clear();
        new RestoreService(TestBooks.CLOCK).restore(zip, file, "admin", null, seen::add, () -> false);
        assertThat(seen).as("progress from the start to the end").first().isEqualTo(0.0);
        assertThat(seen).last().isEqualTo(1.0);
        assertThat(seen).isSorted();
        assertThat(payments(file)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoBackupChangesNothing() throws Exception {
        Path file = folder.resolve("books.mv.db");
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            books.account("Acme", "USD");
        }
        long size = Files.size(file);
        Path text = Files.writeString(folder.resolve("notes.zip"), "not a zip");
        assertThatThrownBy(() -> restore(text, file)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("is not a zip file").hasMessageEndingWith(file + " was left untouched.");
        Path empty = folder.resolve("empty.zip");
        try (var z = new ZipOutputStream(Files.newOutputStream(empty))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> restore(empty, file)).hasMessageContaining("holds no database");
        assertThatThrownBy(() -> restore(folder.resolve("missing.zip"), file))
                .hasMessageContaining("does not exist");
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(Backups.list(Backups.folder(file), "before-restore")).isEmpty();
    }

    @Test
    void automaticBackupsKeepTheLastTen() throws Exception {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            for (int i = 0; i < 12; i++) {
                Backups.automatic(books.database());
                Thread.sleep(2);
            }
            List<Path> kept = Backups.list(Backups.folder(books.database().file()), "auto");
            assertThat(kept).hasSize(Backups.KEEP);
            assertThat(kept).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
        }
    }
}
