package com.settle.app;

import com.settle.service.SampleCompany;
import com.settle.service.Services;
import com.settle.store.Backups;
import com.settle.store.Database;
import java.nio.file.Path;
import java.time.Clock;
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
    record Restored(Services services, boolean balanced, Path before) {
    }

    private final Path file;
    private final String user;
    private final boolean demo;
    private final Clock clock;
    private volatile Database database;

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

    /** Opens and migrates the file; loads the sample company into an empty one when asked. */
    Services open(DoubleConsumer progress) {
        database = Database.open(file);
        Services s = user == null ? Services.forOsUser(database.dsl(), System.getProperty("user.name"), clock)
                : new Services(database.dsl(), user, clock);
        if (demo && s.accounts().count() == 0) {
            new SampleCompany(new Services(database.dsl(), "admin", clock), clock).load(progress::accept);
        }
        return s;
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
     * Closes the file, restores {@code zip} over it (the file it replaces is backed up first), reopens it for
     * {@code username} and verifies the books. When the restore is refused, the old file is reopened.
     */
    Restored restore(Path zip, String username) {
        database.close();
        database = null;
        Path before;
        try {
            before = Backups.restore(zip, file);
        } finally {
            database = Database.open(file);
        }
        LOG.info("Restored {} (previous file kept in {})", zip, before);
        Services s = new Services(database.dsl(), username, clock);
        return new Restored(s, s.verify().verify().balanced(), before);
    }

    /** Backs the file up (keeping the last ten automatic backups) and closes it; a second call does nothing. */
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
            db.close();
        }
    }
}
