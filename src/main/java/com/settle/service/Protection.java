package com.settle.service;

import com.settle.domain.Passwords;
import com.settle.store.Backups;
import com.settle.store.DataFolder;
import com.settle.store.Database;
import com.settle.store.keys.FileEncryption;
import com.settle.store.keys.FileKey;
import com.settle.store.keys.KeysFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protecting a company file and signing in to one. A protected file is encrypted with a random file key;
 * each user's password unwraps a copy of that key kept in the keys file beside it, and the recovery key is
 * the file key itself, written for a person. These operations work on a closed file.
 */
public final class Protection {

    /** The one answer to a wrong user, a wrong password, a user without a password and a missing password. */
    public static final String REFUSED = "That user name and password do not open this company file. Check"
            + " both (the password is case-sensitive) and try again; after several wrong tries Settle waits"
            + " longer before each.";

    private static final Logger LOG = LoggerFactory.getLogger(Protection.class);
    /** Wrong tries per company file in this process; from the third on, each waits longer (up to 30 seconds). */
    private static final Map<Path, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

    /** Who signed in, and the key that opens the file. */
    public record SignedIn(String username, FileKey key, Keyring keyring) {
    }

    private Protection() {
    }

    /** Whether the company file is protected. */
    public static boolean isProtected(Path companyFile) {
        return FileEncryption.isEncrypted(DataFolder.withExtension(companyFile));
    }

    /**
     * The file key for {@code username} and {@code password}.
     *
     * @throws ServiceException with {@link #REFUSED} for a wrong user or password, or when the keys file is missing
     */
    public static SignedIn signIn(Path companyFile, String username, char[] password) {
        Path file = DataFolder.withExtension(companyFile).toAbsolutePath().normalize();
        AtomicInteger failures = FAILURES.computeIfAbsent(file, f -> new AtomicInteger());
        waitAfterFailures(failures.get());
        Path keys = KeysFile.beside(file);
        KeysFile keysFile = read(keys).orElseThrow(() -> new ServiceException(file + " is protected, but its keys"
                + " file " + keys + " is missing, so no password can open it. Put the keys file back (a backup"
                + " holds one), or sign in with the recovery key: settle recover --help."));
        FileKey key = unlock(file, keysFile, username, password, failures);
        return new SignedIn(username.strip(), key, new Keyring(keys, key));
    }

    /**
     * The key of a protected backup, from the keys file it carries and one of its users' passwords: a backup
     * restored where there is no protected file to sign in to (a new computer). Empty for an unprotected backup.
     */
    public static Optional<FileKey> signInToBackup(Path zip, String username, Supplier<char[]> password) {
        Optional<KeysFile> keys;
        try {
            keys = KeysFile.inBackup(zip);
        } catch (IOException e) {
            LOG.info("No keys read from {}: {}", zip, e.getMessage());
            return Optional.empty();
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Path at = zip.toAbsolutePath().normalize();
        AtomicInteger failures = FAILURES.computeIfAbsent(at, f -> new AtomicInteger());
        waitAfterFailures(failures.get());
        return Optional.of(unlock(at, keys.get(), username, password.get(), failures));
    }

    private static FileKey unlock(Path file, KeysFile keysFile, String username, char[] password,
                                  AtomicInteger failures) {
        if (password == null || password.length == 0) {
            failures.incrementAndGet();
            throw new ServiceException(REFUSED);
        }
        Optional<FileKey> key = keysFile.unlock(username == null ? "" : username.strip(), password);
        if (key.isEmpty()) {
            int n = failures.incrementAndGet();
            LOG.warn("Refused sign-in to {} as '{}' (wrong try {} in this process)", file, username, n);
            throw new ServiceException(REFUSED);
        }
        failures.set(0);
        return key.get();
    }

    /** Opening with the recovery key instead of a password (every password forgotten). */
    public static SignedIn recover(Path companyFile, String username, String recoveryText) {
        return withKey(companyFile, username, FileKey.fromRecoveryText(recoveryText));
    }

    /** {@code username}, signed in already with {@code key} (for example to a backup just restored over the file). */
    public static SignedIn withKey(Path companyFile, String username, FileKey key) {
        return new SignedIn(username, key, new Keyring(KeysFile.beside(DataFolder.withExtension(companyFile)), key));
    }

    private static void waitAfterFailures(int n) {
        if (n >= 3) {
            long seconds = Math.min(30, 1L << Math.min(5, n - 2));
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceException("Signing in was interrupted. Nothing was opened.");
            }
        }
    }

    /**
     * Protects a plain, closed company file: a new random file key, {@code admin}'s password wrapping it in
     * the keys file, then the file encrypted. Returns the recovery key, to be shown once.
     */
    public static String protect(Path companyFile, String admin, char[] password) {
        Passwords.check("Password", password);
        requireUnprotected(companyFile);
        Path file = DataFolder.withExtension(companyFile);
        FileKey key = FileKey.random();
        try {
            // The keys first: a crash before the file is encrypted leaves a plain file that opens as before.
            KeysFile.empty().with(admin, password, key).write(KeysFile.beside(file));
            FileEncryption.encrypt(file, key);
        } catch (IOException e) {
            LOG.error("Could not protect {}", file, e);
            throw new ServiceException("Could not protect " + file + ": " + e.getMessage() + ". The file was"
                    + " left as it was (not protected).", e);
        }
        LOG.info("Protected {} (administrator {})", file, admin);
        return key.recoveryText();
    }

    /**
     * The backups of the file, in its backups folder, that carry no keys file: made before it was protected,
     * so readable by anyone who has a copy. Oldest first.
     */
    public static List<Path> plainBackups(Path companyFile) {
        Path file = DataFolder.withExtension(companyFile).toAbsolutePath();
        String base = file.getFileName().toString().replace(Database.FILE_SUFFIX, "") + "-";
        Path folder = Backups.folder(file);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(base)
                    && p.getFileName().toString().endsWith(".zip")).filter(p -> {
                        try {
                            return KeysFile.inBackup(p).isEmpty();
                        } catch (IOException e) {
                            LOG.info("Not a backup that can be read: {} ({})", p, e.getMessage());
                            return false;
                        }
                    }).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Could not list {}", folder, e);
            return List.of();
        }
    }

    /** @throws ServiceException when the company file is protected already (nothing is changed) */
    public static void requireUnprotected(Path companyFile) {
        Path file = DataFolder.withExtension(companyFile);
        if (FileEncryption.isEncrypted(file)) {
            throw new ServiceException(file + " is already protected. Nothing was changed.");
        }
    }

    /** Removes protection from a closed file: decrypted in place, its keys file deleted. */
    public static void unprotect(Path companyFile, FileKey key) {
        Path file = DataFolder.withExtension(companyFile);
        try {
            FileEncryption.decrypt(file, key);
            Files.deleteIfExists(KeysFile.beside(file));
        } catch (IOException e) {
            LOG.error("Could not remove protection from {}", file, e);
            throw new ServiceException("Could not remove protection from " + file + ": " + e.getMessage()
                    + ". It is still protected.", e);
        }
        LOG.info("Removed protection from {}", file);
    }

    static Optional<KeysFile> read(Path keys) {
        try {
            return KeysFile.read(keys);
        } catch (IOException e) {
            LOG.error("Could not read {}", keys, e);
            throw new ServiceException("Cannot read the keys file " + keys + ": " + e.getMessage()
                    + ". Restore it from a backup, or sign in with the recovery key.", e);
        }
    }
}
