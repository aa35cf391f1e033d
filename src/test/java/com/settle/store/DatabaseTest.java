package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.store.jooq.Tables;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void theSchemaVersionThatSkipsFlywayIsTheNewestMigration() {
        try (Database db = Database.open(folder.resolve("fresh"))) {
            Object newest = db.dsl().fetchValue("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"");
            assertThat(((Number) newest).intValue()).as("bump Database.SCHEMA_VERSION with a new migration")
                    .isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void createsMigratesAndReopensAFile() {
        Path file = folder.resolve("sub/dir/books");
        try (Database db = Database.open(file)) {
            assertThat(db.file().toString()).endsWith("books.mv.db");
            assertThat(db.dsl().fetchCount(Tables.NUMBER_COUNTER)).isEqualTo(9);
            db.dsl().insertInto(Tables.APP_SETTING).set(Tables.APP_SETTING.NAME, "probe")
                    .set(Tables.APP_SETTING.SETTING_VALUE, "kept").execute();
        }
        assertThat(Files.exists(folder.resolve("sub/dir/books.mv.db"))).isTrue();
        try (Database db = Database.open(folder.resolve("sub/dir/books.mv.db"))) {
            assertThat(db.dsl().fetchValue(Tables.APP_SETTING.SETTING_VALUE, Tables.APP_SETTING.NAME.eq("probe")))
                    .isEqualTo("kept");
        }
    }

    @Test
    void aSecondProcessOnTheSameFileIsRefusedWithAClearMessage() throws Exception {
        Path file = folder.resolve("held.mv.db");
        Process holder = HoldDatabase.start(file);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("open");
            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessage("Settle is already open on " + file
                            + ". Close the other Settle window or command first.");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        // Once the other process is gone (even killed), the file opens again.
        try (Database db = Database.open(file)) {
            assertThat(db.dsl().fetchCount(Tables.APP_ROLE)).isEqualTo(3);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = folder.resolve("letter.mv.db");
        Files.writeString(file, "Dear customer, this is not a database.".repeat(200));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("is not a Settle database or is damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void databaseOfAnotherProgramIsRefused() throws Exception {
        Path file = folder.resolve("other.mv.db");
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("other"), "sa", "")) {
            c.createStatement().execute("CREATE TABLE customers (id INT)");
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith(file + " is another program's database, not Settle's");
    }

    @Test
    void aMissingFileIsNotSilentlyCreatedAndAnEmptyFileIsDamagedNotNew() throws Exception {
        Path missing = folder.resolve("typo.mv.db");
        assertThatThrownBy(() -> Database.open(missing, Database.Mode.EXISTING)).isInstanceOf(DatabaseException.class)
                .hasMessage("No company file at " + missing + ". `settle init --db " + missing + "` creates one.");
        assertThat(missing).doesNotExist();
        Path empty = Files.createFile(folder.resolve("empty.mv.db"));
        for (Database.Mode mode : Database.Mode.values()) {
            assertThatThrownBy(() -> Database.open(empty, mode)).isInstanceOf(DatabaseException.class)
                    .hasMessageStartingWith(empty + " is empty (0 bytes): it is damaged, not a new company.");
        }
        assertThat(Files.size(empty)).isZero();
        assertThatThrownBy(() -> Database.open(folder, Database.Mode.EITHER))
                .hasMessageContaining("is a folder, not a company file");
        try (Database db = Database.open(folder.resolve("new.mv.db"), Database.Mode.NEW)) {
            assertThat(db.file()).exists();
        }
        assertThatThrownBy(() -> Database.open(folder.resolve("new.mv.db"), Database.Mode.NEW))
                .hasMessageStartingWith("A company file already exists at " + folder.resolve("new.mv.db"));
    }

    @Test
    void openingReadOnlyWritesNothingToTheFile() throws Exception {
        Path file = folder.resolve("ro.mv.db");
        Database.open(file).close();
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.open(file, Database.Mode.READ_ONLY)) {
            assertThat(db.dsl().fetchCount(Tables.APP_ROLE)).isEqualTo(3);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
