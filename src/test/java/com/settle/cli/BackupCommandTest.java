package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestBooks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle backup --to} and {@code settle restore --from --yes}: a round trip, and what is refused. */
class BackupCommandTest extends CommandOnBooksTest {

    @BeforeEach
    void setUp() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            books.account("Acme", "USD");
        }
        db = folder.resolve("books.mv.db").toString();
    }

    @Test
    void aBackupRestoresOverLaterChangesAndTheReplacedFileIsKept() throws Exception {
        Path zip = folder.resolve("monday.zip");
        assertThat(run("backup", "--to", zip.toString())).isZero();
        assertThat(out.toString().trim()).isEqualTo("backed up " + db + " to " + zip);
        assertThat(run("account", "add", "Later Ltd", "--currency", "EUR")).isZero();
        assertThat(run("account", "list")).isZero();
        assertThat(out.toString()).contains("Later Ltd");

        assertThat(run("restore", "--from", zip.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("settle: --yes is needed: restoring replaces");
        // Nobody signs in to an unprotected file: --user cannot pose as another user (roles need protection).
        assertThat(run("restore", "--from", zip.toString(), "--yes", "--user", "clerk")).isEqualTo(2);
        assertThat(err.toString()).contains("--user names another user, but this company file is not protected");
        assertThat(run("account", "list")).isZero();
        assertThat(out.toString()).as("a refused restore changes nothing").contains("Later Ltd");

        assertThat(run("restore", "--from", zip.toString(), "--yes")).isZero();
        assertThat(out.toString()).startsWith("restored " + db + " from " + zip).contains("books balance")
                .contains("before-restore");
        assertThat(run("account", "list")).isZero();
        assertThat(out.toString()).contains("Acme").doesNotContain("Later Ltd");
        try (var files = Files.list(folder.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anySatisfy(n -> assertThat(n).startsWith("books-before-restore-").endsWith(".zip"));
        }

        assertThat(run("restore", "--from", folder.resolve("nothing.zip").toString(), "--yes")).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
    }
}
