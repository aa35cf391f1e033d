package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.settle.domain.model.DocumentType;
import com.settle.store.Database;
import com.settle.store.DatabaseException;
import com.settle.support.TestBooks;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A use case that meets a full disk says so in a clerk's words and stores nothing of itself; once space is
 * freed the file opens with every earlier commit and the books balance. Runs on a small tmpfs, which needs
 * root (as in CI); elsewhere it is skipped with that reason.
 */
class DiskFullTest {

    @TempDir
    Path temp;
    private Path mount;

    @BeforeEach
    void smallDisk() throws Exception {
        mount = Files.createDirectories(temp.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", mount.toString()) == 0,
                "needs root to mount a small tmpfs");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", "-l", mount.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @Test
    void aFullDiskRefusesTheUseCaseInWordsAndLosesNothingSaved() throws Exception {
        Path filler = mount.resolve("filler.bin");
        String acme;
        try (TestBooks books = new TestBooks(mount)) {
            acme = books.account("Acme", "USD");
            books.invoice(acme, TestBooks.TODAY, "10.00");
            try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
                long free = Files.getFileStore(mount).getUsableSpace();
                f.setLength(0);
                byte[] block = new byte[64 * 1024];
                for (long written = 0; written + block.length <= free - 16 * 1024; written += block.length) {
                    f.write(block);
                }
            }
            List<DocumentService.ItemCommand> items = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                items.add(new DocumentService.ItemCommand("Charge " + i, "A long description to fill pages " + i,
                        null, null, BigDecimal.ONE, new BigDecimal("1.00"), null));
            }
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    books.clerk().documents().create(new DocumentService.NewDocumentCommand(DocumentType.INVOICE,
                            acme, TestBooks.TODAY, TestBooks.TODAY.plusDays(30), null, true, items));
                }
            }).isInstanceOf(DatabaseException.class)
                    .hasMessage("The disk holding " + mount.resolve("books.mv.db") + " is full; nothing of this"
                            + " action was saved. Free some space and try again.");
        } catch (RuntimeException closing) {
            // Closing a store that failed to write may fail as well; what counts is what the file holds.
        }
        Files.delete(filler);
        try (Database db = Database.open(mount.resolve("books.mv.db"), Database.Mode.EXISTING)) {
            Services admin = new Services(db.dsl(), "admin", TestBooks.CLOCK);
            assertThat(admin.verify().verify().balanced()).isTrue();
            assertThat(admin.accounts().count()).isEqualTo(1);
            long documents = admin.documents().list().size();
            assertThat(documents).isGreaterThanOrEqualTo(1);
            // Every stored invoice is whole: 1 item for the first, 400 for each later one.
            assertThat(admin.documents().list()).allSatisfy(d -> assertThat(d.itemCount()).isIn(1, 400));
        }
    }
}
