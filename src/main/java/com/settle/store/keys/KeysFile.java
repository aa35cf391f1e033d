package com.settle.store.keys;

import com.settle.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys file beside a protected company file ({@code books.keys} beside {@code books.mv.db}): for each user
 * with a password, a copy of the file key wrapped (AES-GCM) under a key derived from that password. It holds
 * no secret by itself: without a password it opens nothing. Backups carry it next to the company file, so a
 * restored file opens with the same passwords. Written to a temporary file and moved into place.
 */
public final class KeysFile {

    private static final String HEADER = "settle-keys 1";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One user's wrapped copy of the file key. */
    record Entry(KeyDerivation cost, byte[] salt, byte[] nonce, byte[] wrapped) {
    }

    private final Map<String, Entry> entries;

    private KeysFile(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** Where the keys of a company file live. */
    public static Path beside(Path companyFile) {
        String name = companyFile.getFileName().toString();
        String base = name.endsWith(Database.FILE_SUFFIX) ? name.substring(0, name.length()
                - Database.FILE_SUFFIX.length()) : name;
        return companyFile.resolveSibling(base + ".keys");
    }

    /** A keys file with no user yet. */
    public static KeysFile empty() {
        return new KeysFile(new LinkedHashMap<>());
    }

    /** The keys file at {@code path}, or empty when there is none. */
    public static Optional<KeysFile> read(Path path) throws IOException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        return Optional.of(parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
    }

    /** The keys file of a backup: its {@code .keys} entry, or empty when the backup has none. */
    public static Optional<KeysFile> inBackup(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (var entries = z.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().endsWith(".keys") && e.getSize() < 1_000_000) {
                    try (var in = z.getInputStream(e)) {
                        return Optional.of(parse(zip + " (" + e.getName() + ")", new String(in.readNBytes(1_000_000),
                                StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static KeysFile parse(String path, String text) throws IOException {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !HEADER.equals(lines.get(0).strip())) {
            throw new IOException(path + " is not a Settle keys file");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Base64.Decoder b64 = Base64.getDecoder();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 6 || !"user".equals(f[0])) {
                throw new IOException(path + " has a line Settle cannot read");
            }
            try {
                entries.put(f[1], new Entry(KeyDerivation.parse(f[2]), b64.decode(f[3]), b64.decode(f[4]),
                        b64.decode(f[5])));
            } catch (IllegalArgumentException e) {
                throw new IOException(path + " has a line Settle cannot read", e);
            }
        }
        return new KeysFile(entries);
    }

    /** Writes to a temporary file beside {@code path}, then moves it into place. */
    public void write(Path path) throws IOException {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        Base64.Encoder b64 = Base64.getEncoder();
        entries.forEach((user, e) -> s.append("user\t").append(user).append('\t').append(e.cost().text())
                .append('\t').append(b64.encodeToString(e.salt())).append('\t')
                .append(b64.encodeToString(e.nonce())).append('\t').append(b64.encodeToString(e.wrapped()))
                .append('\n'));
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.writeString(temp, s, StandardCharsets.UTF_8);
        Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The users who have a password, in the order they were added. */
    public List<String> users() {
        return new ArrayList<>(entries.keySet());
    }

    public boolean has(String username) {
        return entries.containsKey(username);
    }

    /**
     * The file key, when {@code password} is {@code username}'s; empty for a wrong password and for a user
     * without one (after the same slow derivation, so the time taken does not tell which).
     */
    public Optional<FileKey> unlock(String username, char[] password) {
        Entry e = entries.get(username);
        if (e == null) {
            KeyDerivation.DEFAULT.derive(password, new byte[16]);
            return Optional.empty();
        }
        byte[] kek = e.cost().derive(password, e.salt());
        try {
            return Optional.of(new FileKey(cipher(Cipher.DECRYPT_MODE, kek, e.nonce(), username)
                    .doFinal(e.wrapped())));
        } catch (AEADBadTagException wrong) {
            return Optional.empty();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** A copy with {@code username}'s password (new or changed) wrapping {@code key}. */
    public KeysFile with(String username, char[] password, FileKey key) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        byte[] kek = KeyDerivation.DEFAULT.derive(password, salt);
        try {
            byte[] wrapped = cipher(Cipher.ENCRYPT_MODE, kek, nonce, username).doFinal(key.bytes());
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.put(username, new Entry(KeyDerivation.DEFAULT, salt, nonce, wrapped));
            return new KeysFile(copy);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** A copy without {@code username}'s key (a user deactivated: their password opens nothing any more). */
    public KeysFile without(String username) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.remove(username);
        return new KeysFile(copy);
    }

    private static Cipher cipher(int mode, byte[] kek, byte[] nonce, String username)
            throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD(("settle-keys|" + username).getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
