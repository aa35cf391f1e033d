package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup zip is read only as Settle writes it: one database entry, inside the folder, of a size the disk can hold. */
class BackupArchiveTest {

    @TempDir
    Path folder;

    private Path zip(String name, String... entries) throws IOException {
        Path zip = folder.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write(("content of " + e).getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }

    @Test
    void anEntryThatClimbsOutOfTheFolderIsRefusedAndNothingIsWrittenOutside() throws Exception {
        Path scratch = Files.createDirectories(folder.resolve("a/b/scratch"));
        Path zip = zip("slip.zip", "x/../../../escaped.mv.db");
        assertThatThrownBy(() -> BackupArchive.unpack(zip, scratch, "restored"))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("Cannot restore from " + zip + ": it has an entry (x/../../../escaped.mv.db) that points"
                        + " outside the folder it unpacks to. Choose a backup made by Settle.");
        try (var all = Files.walk(folder)) {
            assertThat(all.filter(p -> p.getFileName().toString().contains("escaped"))).isEmpty();
        }
        assertThat(BackupArchive.escapes("/etc/passwd")).isTrue();
        assertThat(BackupArchive.escapes("C:\\books.mv.db")).isTrue();
        assertThat(BackupArchive.escapes("..\\books.mv.db")).isTrue();
        assertThat(BackupArchive.escapes("books.mv.db")).isFalse();
    }

    @Test
    void extraEntriesAndMissingOrEmptyDatabasesAreRefused() throws Exception {
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        assertThatThrownBy(() -> BackupArchive.unpack(zip("two.zip", "books.mv.db", "run.sh"), scratch, "r"))
                .hasMessageContaining("holds files a Settle backup does not (run.sh)");
        assertThatThrownBy(() -> BackupArchive.unpack(zip("none.zip", "readme.txt"), scratch, "r"))
                .hasMessageContaining("holds no database");
        Path empty = folder.resolve("empty.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(empty))) {
            z.putNextEntry(new ZipEntry("books.mv.db"));
        }
        assertThatThrownBy(() -> BackupArchive.unpack(empty, scratch, "r"))
                .hasMessageContaining("holds an empty database (0 bytes)");
        assertThatThrownBy(() -> BackupArchive.unpack(folder, scratch, "r"))
                .hasMessageContaining("is a folder, not a backup file");
    }

    @Test
    void aZipBombStopsAtTheLimitBeforeTheDiskFills() throws Exception {
        Path bomb = folder.resolve("bomb.zip");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("books.mv.db"));
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        long limit = 4L << 20;
        assertThatThrownBy(() -> BackupArchive.unpack(bomb, scratch, "r", limit))
                .hasMessageContaining("more than the disk can spare (" + limit + " bytes)");
        try (var written = Files.list(scratch)) {
            assertThat(written.mapToLong(p -> p.toFile().length()).sum()).isLessThanOrEqualTo(limit);
        }
    }
}
