package com.settle.app;

import com.settle.domain.Passwords;
import com.settle.domain.ValidationException;
import com.settle.domain.model.Permission;
import com.settle.service.Protection;
import com.settle.service.RestoreService;
import com.settle.service.SampleCompany;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import com.settle.store.Backups;
import com.settle.store.Compaction;
import com.settle.store.Database;
import com.settle.store.DatabaseException;
import com.settle.store.Futures;
import com.settle.store.keys.FileKey;
import com.settle.ui.security.ProtectedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's database file over its life: opening it (the first run's administrator, the sample company
 * when asked), backups, restoring a backup over it, and closing it with an automatic backup. Blocking
 * calls, made from background tasks; no JavaFX here.
 */
final class DatabaseSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSession.class);

    /** The books after a restore, whether they balance, and where the replaced file was kept. */
    /** What a restore left: the services over the reopened file, and why it was refused (null when it was not). */
    record Restored(Services services, boolean balanced, Path before, String refused) {
    }

    /** The open books, and whether the file was created by this opening (a first run over it). */
    record Opened(Services services, boolean created) {
    }

    private final Path file;
    private final String user;
    private final boolean demo;
    private final Clock clock;
    private volatile Database database;
    private volatile CompletableFuture<Opened> early;
    /** How long the last sign-in's key derivation took (for the launch benchmark). */
    private volatile long lastDerivationMillis;
    /** Who signed in to a protected file, with its key; null for a plain file. */
    private volatile Protection.SignedIn signedIn;

    /**
     * @param user who works in the window; null for the operating-system user (the administrator on the
     *             first run over a database)
     */
    DatabaseSession(Path file, String user, boolean demo, Clock clock) {
        this.file = file;
        this.user = user;
        this.demo = demo;
        this.clock = clock;
    }

    /**
     * Starts opening the file on a thread of its own at once, before the window exists, so that H2, the
     * schema check and the first queries run beside the JavaFX toolkit's start instead of after it.
     * {@link #open} then takes the result.
     */
    void startOpening() {
        CompletableFuture<Opened> f = new CompletableFuture<>();
        early = f;
        Thread t = new Thread(() -> {
            try {
                f.complete(openFile());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "settle-open");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Opens and migrates the file (or takes what {@link #startOpening} opened); loads the sample company into
     * an empty one when asked ({@code --demo}).
     */
    Opened open(DoubleConsumer progress) {
        Opened o = early == null ? openFile() : Futures.join(early);
        early = null;
        if (demo) {
            loadSample(o.services(), progress);
        }
        return o;
    }

    /** The sample company, into books that have no account yet; nothing otherwise. */
    void loadSample(Services s, DoubleConsumer progress) {
        if (s.accounts().count() == 0) {
            new SampleCompany(s, clock).load(progress::accept);
        }
    }

    private Opened openFile() {
        boolean created = !Files.exists(file);
        // A protected file fails here at once (Kind PROTECTED), before any slow work: the window asks to sign in.
        database = Database.open(file);
        Services s = plainFileServices(user == null ? System.getProperty("user.name") : user);
        // The first query warms the data access path while nobody waits on it yet.
        s.accounts().count();
        return new Opened(s, created);
    }

    /**
     * An unprotected file is worked on by the operating-system user, with every permission (the command line
     * refuses {@code --user} naming anyone else). Another name is a user with only their roles: the tests'
     * way of looking at the window as a clerk or a viewer.
     */
    private Services plainFileServices(String username) {
        return username.equals(System.getProperty("user.name"))
                ? Services.singlePerson(database.dsl(), username, clock)
                : new Services(database.dsl(), username, clock);
    }

    long lastDerivationMillis() {
        return lastDerivationMillis;
    }

    /** The user name the sign-in dialog starts with: {@code --user}, else the operating-system user. */
    String signInName() {
        return user != null ? user : System.getProperty("user.name");
    }

    /**
     * Signs in to the protected file and opens it (slow on purpose: the password's key derivation).
     *
     * @throws ServiceException with {@link Protection#REFUSED} for any wrong sign-in
     */
    Services openSignedIn(String username, char[] password) {
        long start = System.nanoTime();
        Protection.SignedIn s = Protection.signIn(file, username, password);
        lastDerivationMillis = (System.nanoTime() - start) / 1_000_000;
        Database db = Database.open(file, Database.Mode.EXISTING, s.key());
        try {
            Services services = new Services(db.dsl(), s.username(), clock, s.keyring());
            database = db;
            signedIn = s;
            return services;
        } catch (ServiceException notActive) {
            db.close();
            throw new ServiceException(Protection.REFUSED);
        }
    }

    /**
     * Protects the open, unprotected file from the window: {@code current}'s user becomes its administrator,
     * the file is closed (no automatic backup: that would be one more readable copy), encrypted, and reopened
     * signed in as that administrator. A refusal before the file closes changes nothing; a failure while
     * encrypting leaves the plain file, reopened.
     */
    ProtectedFile protect(Services current, char[] password) {
        Protection.requireUnprotected(file);
        Passwords.check("Password", password);
        current.user().require(Permission.USERS_MANAGE, "protect this company file");
        String admin = current.users().ensureAdministrator(current.user().username()).username();
        database.close();
        database = null;
        String recovery;
        try {
            recovery = Protection.protect(file, admin, password);
        } catch (RuntimeException e) {
            database = Database.open(file, Database.Mode.EXISTING, null);
            throw e;
        }
        Protection.SignedIn s = Protection.withKey(file, admin, FileKey.fromRecoveryText(recovery));
        database = Database.open(file, Database.Mode.EXISTING, s.key());
        signedIn = s;
        return new ProtectedFile(new Services(database.dsl(), admin, clock, s.keyring()), recovery,
                Protection.plainBackups(file));
    }

    /** Settings &gt; Back up now: a new backup in the backups folder. */
    Path backupNow() {
        Database db = database;
        if (db == null) {
            throw new IllegalStateException("the database is not open");
        }
        return Backups.backup(db, Backups.next(db.file(), "manual"));
    }

    /**
     * Closes the file, restores {@code zip} over it (the file it replaces is backed up first; the backup's books
     * are verified before it replaces anything) and reopens it for {@code username}. When the restore is refused
     * or canceled ({@code progress} and {@code canceled} as {@link RestoreService}'s), the old file is reopened.
     */
    Restored restore(Path zip, String username, DoubleConsumer progress, BooleanSupplier canceled) {
        database.close();
        database = null;
        Path before = null;
        String refused = null;
        boolean balanced = false;
        try {
            RestoreService.Restored restored = new RestoreService(clock).restore(zip, file, username,
                    signedIn == null ? null : signedIn.key(), progress, canceled);
            before = restored.before();
            balanced = restored.balanced();
            LOG.info("Restored {} (previous file kept in {})", zip, before);
        } catch (DatabaseException | ServiceException | ValidationException e) {
            // A refused restore left the file as it was: the window goes on with it, newly opened.
            LOG.info("Restore refused: {}", e.getMessage());
            refused = e.getMessage();
        } finally {
            database = Database.open(file, Database.Mode.EXISTING, signedIn == null ? null : signedIn.key());
        }
        Services s = signedIn != null ? new Services(database.dsl(), username, clock, signedIn.keyring())
                : plainFileServices(username);
        return new Restored(s, balanced, before, refused);
    }

    /** Compacts a large file that is mostly dead space as it closes (see {@link Compaction}); else just closes. */
    private static void closeCompactedIfWorthwhile(Database db) {
        boolean compact;
        try {
            compact = Compaction.worthwhile(db.dsl());
        } catch (RuntimeException e) {
            LOG.warn("Could not read the file's fill rate; closing it as it is", e);
            compact = false;
        }
        if (compact) {
            try {
                db.closeCompacted();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Compacting at close failed; the file is closed as it was", e);
            }
        }
        db.close();
    }

    /**
     * Backs the file up (keeping the last ten automatic backups), compacts it when that pays, and closes it; a
     * second call does nothing.
     */
    @Override
    public void close() {
        Database db = database;
        database = null;
        if (db != null) {
            try {
                Backups.automatic(db);
            } catch (RuntimeException e) {
                LOG.warn("The automatic backup failed", e);
            }
            closeCompactedIfWorthwhile(db);
        }
    }
}
