package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.store.Backups;
import com.settle.store.Database;
import com.settle.store.DatabaseException;
import com.settle.store.HoldDatabase;
import com.settle.support.TestBooks;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore checks everything before it replaces the books: the file must not be open elsewhere, the user
 * must be allowed, the backup must be a whole Settle database of a known schema whose books balance. Every
 * refusal leaves the current file byte for byte as it was and keeps no before-restore backup.
 */
class RestoreServiceTest {

    @TempDir
    Path folder;
    private Path file;
    private Path good;
    private byte[] current;

    @BeforeEach
    void books() throws Exception {
        file = folder.resolve("books.mv.db");
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("Acme", "USD");
            books.invoice(acme, TestBooks.TODAY, "100.00");
            good = Backups.backup(books.database(), folder.resolve("good.zip"));
            books.account("Birch", "EUR");
        }
        current = Files.readAllBytes(file);
    }

    private RestoreService.Restored restore(Path zip, String user) {
        return new RestoreService(TestBooks.CLOCK).restore(zip, file, user);
    }

    private void assertUntouched() throws Exception {
        assertThat(Files.readAllBytes(file)).as("the current file").isEqualTo(current);
        assertThat(Backups.list(Backups.folder(file), "before-restore")).as("before-restore backups").isEmpty();
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore"));
        }
    }

    /** A backup zip holding {@code database} under Settle's entry name. */
    private Path zipOf(Path database, String name) throws Exception {
        Path zip = folder.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("books.mv.db"));
            Files.copy(database, z);
        }
        return zip;
    }

    /** A copy of the good backup, changed by raw SQL. */
    private Path changedBackup(String name, String... sql) throws Exception {
        Path work = Files.createDirectories(folder.resolve("work-" + name));
        Path db = work.resolve("books.mv.db");
        try (TestBooks books = new TestBooks(work)) {
            books.account("Scratch", "USD");
        }
        Files.delete(db);
        try (var zip = new ZipFile(good.toFile())) {
            Files.copy(zip.getInputStream(zip.entries().nextElement()), db);
        }
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("books"), "sa", "");
             var st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
        return zipOf(db, name + ".zip");
    }

    @Test
    void aGoodBackupReplacesTheBooksAndKeepsTheOldFile() throws Exception {
        RestoreService.Restored done = restore(good, "admin");
        assertThat(done.before()).exists();
        assertThat(done.balanced()).isTrue();
        try (Database db = Database.open(file, Database.Mode.EXISTING)) {
            assertThat(new Services(db.dsl(), "admin", TestBooks.CLOCK).accounts().count()).isEqualTo(1);
        }
    }

    @Test
    void aFileOpenInAnotherSettleIsRefusedAndNotTouched() throws Exception {
        Process holder = HoldDatabase.start(file);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("open");
            current = Files.readAllBytes(file);
            assertThatThrownBy(() -> restore(good, "admin")).isInstanceOf(DatabaseException.class)
                    .hasMessage("Settle is already open on " + file + ". Close the other Settle window or command"
                            + " first. " + file + " was left untouched.");
            assertThat(Files.readAllBytes(file)).isEqualTo(current);
            assertThat(Backups.list(Backups.folder(file), "before-restore")).isEmpty();
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void restoringNeedsTheSettingsPermissionAndAKnownUser() throws Exception {
        assertThatThrownBy(() -> restore(good, "clerk")).isInstanceOf(ServiceException.class)
                .hasMessageStartingWith("You (clerk) may not restore backups.")
                .hasMessageEndingWith(file + " was left untouched.");
        assertThatThrownBy(() -> restore(good, "ghost")).isInstanceOf(ServiceException.class)
                .hasMessageStartingWith("There is no active user 'ghost' in this database.");
        assertUntouched();
    }

    @Test
    void overADamagedFileThePermissionIsCheckedInTheBackup() throws Exception {
        Files.writeString(file, "garbage".repeat(1000));
        current = Files.readAllBytes(file);
        assertThatThrownBy(() -> restore(good, "clerk")).hasMessageStartingWith("The backup good.zip: You (clerk)"
                + " may not restore backups.");
        assertUntouched();
        assertThat(restore(good, "admin").before()).exists();
    }

    @Test
    void anEmptyDatabaseInTheZipIsRefused() throws Exception {
        Path empty = folder.resolve("empty.mv.db");
        Files.createFile(empty);
        Path zip = zipOf(empty, "zero.zip");
        assertThatThrownBy(() -> restore(zip, "admin")).hasMessage("Cannot restore from " + zip + ": it holds an"
                + " empty database (0 bytes). Choose a backup made by Settle. " + file + " was left untouched.");
        assertUntouched();
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        Path other = folder.resolve("other");
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("books"), "sa", "")) {
            c.createStatement().execute("CREATE TABLE customers (id INT)");
        }
        Path zip = zipOf(other.resolve("books.mv.db"), "foreign.zip");
        assertThatThrownBy(() -> restore(zip, "admin")).hasMessage("Cannot restore from " + zip + ": it holds"
                + " another program's database, not a Settle company. " + file + " was left untouched.");
        assertUntouched();
    }

    @Test
    void aBackupFromANewerSettleIsRefusedAndSoIsOpeningSuchAFile() throws Exception {
        Path zip = changedBackup("newer", "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 'sa', 1, TRUE)");
        assertThatThrownBy(() -> restore(zip, "admin")).hasMessage("Cannot restore from " + zip + ": it was made"
                + " by a newer Settle (version 99); install that version to restore it. " + file
                + " was left untouched.");
        assertUntouched();
        Path newer = folder.resolve("work-newer").resolve("books.mv.db");
        assertThatThrownBy(() -> Database.open(newer, Database.Mode.EXISTING)).isInstanceOf(DatabaseException.class)
                .hasMessage(newer + " was made by a newer Settle (version 99); install that version to open it."
                        + " It was left untouched.");
    }

    @Test
    void aBackupWhoseBooksDoNotBalanceIsRefused() throws Exception {
        Path zip = changedBackup("unbalanced", "UPDATE document_item_balance SET balance = balance - 1");
        assertThatThrownBy(() -> restore(zip, "admin")).hasMessageStartingWith("Cannot restore from " + zip
                + ": it holds books that do not balance (").hasMessageEndingWith(file + " was left untouched.");
        assertUntouched();
    }

    @Test
    void aMissingBackupIsRefusedAndNoFileIsCreated() throws Exception {
        Path elsewhere = folder.resolve("new").resolve("books.mv.db");
        assertThatThrownBy(() -> new RestoreService(TestBooks.CLOCK).restore(folder.resolve("missing.zip"),
                elsewhere, "admin")).hasMessageContaining("does not exist").hasMessageEndingWith(" was not created.");
        assertThat(elsewhere).doesNotExist();
    }
}
