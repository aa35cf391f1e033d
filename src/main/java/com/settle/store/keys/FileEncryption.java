package com.settle.store.keys;

import com.settle.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts or decrypts a closed company file as a whole (H2's AES file encryption). The new form is
 * written to a scratch folder beside the file and then moved over it, so a crash leaves either the old
 * file or the new one, never half of each.
 */
public final class FileEncryption {

    /** How H2 begins an encrypted file. */
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private FileEncryption() {
    }

    /** Whether the company file is encrypted (protected); false for a missing or plain file. */
    public static boolean isEncrypted(Path companyFile) {
        try (InputStream in = Files.newInputStream(companyFile)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** Encrypts a plain, closed company file with {@code key}. */
    public static void encrypt(Path companyFile, FileKey key) throws IOException {
        change(companyFile, null, key.h2Password());
    }

    /** Decrypts a closed company file encrypted with {@code key}. */
    public static void decrypt(Path companyFile, FileKey key) throws IOException {
        change(companyFile, key.h2Password(), null);
    }

    private static void change(Path companyFile, char[] from, char[] to) throws IOException {
        Path scratch = Files.createTempDirectory(companyFile.toAbsolutePath().getParent(), ".settle-protect-");
        try {
            Path copy = scratch.resolve("work" + Database.FILE_SUFFIX);
            Files.copy(companyFile, copy);
            // ChangeFileEncryption takes the file password alone (without the " " and user password).
            ChangeFileEncryption.execute(scratch.toString(), "work", "AES", trim(from), trim(to), true);
            Files.move(copy, companyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new IOException("could not change the encryption of " + companyFile + ": " + e.getMessage(), e);
        } finally {
            try (Stream<Path> left = Files.walk(scratch)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static char[] trim(char[] h2Password) {
        if (h2Password == null) {
            return null;
        }
        return new String(h2Password).strip().toCharArray();
    }
}
