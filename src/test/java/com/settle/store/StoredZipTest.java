package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zip of stored entries with ZIP64 sizes opens in Java's zip readers, whole and with the right check sums. */
class StoredZipTest {

    @TempDir
    Path folder;

    @Test
    void entriesFromAFileBytesAndAStreamReadBackAsWritten() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(big);
        Path source = Files.write(folder.resolve("source.bin"), big);
        byte[] small = "keys: ünïcode".getBytes(StandardCharsets.UTF_8);
        byte[] streamed = new byte[5000];
        new Random(8).nextBytes(streamed);
        Path zip = folder.resolve("out.zip");
        try (StoredZip out = StoredZip.create(zip); FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            out.add("books.mv.db", in, Long.MAX_VALUE);
            out.add("books.keys", small);
            try (StoredZip.Entry e = out.begin("stream.bin")) {
                e.write(streamed[0]);
                e.write(streamed, 1, streamed.length - 1);
            }
            out.add("empty", new byte[0]);
            out.finish("Settle backup; history chain head ab12 (3 entries)");
        }

        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getComment()).isEqualTo("Settle backup; history chain head ab12 (3 entries)");
            List<String> names = new ArrayList<>();
            z.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).containsExactly("books.mv.db", "books.keys", "stream.bin", "empty");
            ZipEntry db = z.getEntry("books.mv.db");
            assertThat(db.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(db.getSize()).isEqualTo(big.length);
            assertThat(db.getCrc()).isEqualTo(crc(big));
            try (InputStream in = z.getInputStream(db)) {
                assertThat(in.readAllBytes()).isEqualTo(big);
            }
            try (InputStream in = z.getInputStream(z.getEntry("books.keys"))) {
                assertThat(in.readAllBytes()).isEqualTo(small);
            }
            try (InputStream in = z.getInputStream(z.getEntry("stream.bin"))) {
                assertThat(in.readAllBytes()).isEqualTo(streamed);
            }
            assertThat(z.getEntry("empty").getSize()).isZero();
        }
        // A reader that goes front to back (local headers, not the directory) sees the same, check sums verified.
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry first = in.getNextEntry();
            assertThat(first.getName()).isEqualTo("books.mv.db");
            assertThat(in.readAllBytes()).isEqualTo(big);
            assertThat(in.getNextEntry().getName()).isEqualTo("books.keys");
            assertThat(in.readAllBytes()).isEqualTo(small);
        }
    }

    @Test
    void aLimitCopiesOnlyTheStartOfTheFile() throws Exception {
        byte[] data = new byte[10_000];
        new Random(9).nextBytes(data);
        Path source = Files.write(folder.resolve("s.bin"), data);
        Path zip = folder.resolve("part.zip");
        try (StoredZip out = StoredZip.create(zip); FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            out.add("s.bin", in, 4096);
            out.finish("");
        }
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry("s.bin"))) {
            byte[] read = in.readAllBytes();
            assertThat(read).hasSize(4096);
            assertThat(read).isEqualTo(Arrays.copyOf(data, 4096));
        }
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }
}
