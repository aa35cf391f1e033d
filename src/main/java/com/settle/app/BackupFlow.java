package com.settle.app;

import com.settle.domain.model.Permission;
import com.settle.service.Services;
import com.settle.store.Backups;
import com.settle.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * Settings &gt; Back up now and Restore from a backup, in the window: the file work runs in the background,
 * and a restore hands the reopened books back to the window.
 */
final class BackupFlow {

    private final Path databaseFile;
    private final DatabaseSession session;
    private final BackgroundExecutor executor;
    private final FileDialogs files;
    private final Supplier<Services> current;

    BackupFlow(Path databaseFile, DatabaseSession session, BackgroundExecutor executor, FileDialogs files,
               Supplier<Services> current) {
        this.databaseFile = databaseFile;
        this.session = session;
        this.executor = executor;
        this.files = files;
        this.current = current;
    }

    /** A backup in the backups folder, written in the background (refused without the Back up permission). */
    void backupNow() {
        Services s = current.get();
        if (s != null) {
            executor.run("Backing up " + databaseFile.getFileName(), () -> {
                s.checkBackup();
                return session.backupNow();
            }, zip -> executor.notice("Backed up to " + zip));
        }
    }

    /**
     * Choose a backup, confirm, then (in the background) close the database, restore the backup over it (the
     * current file is backed up first), reopen it and verify the books.
     *
     * @param closing  runs before the file closes: the window lets go of its books
     * @param reopened gets the books afterwards (the same file's when the restore was refused)
     * @param lost     gets the clerk's message when the file could not be reopened
     */
    void restore(Runnable closing, Consumer<Services> reopened, Consumer<String> lost) {
        Services s = current.get();
        if (s == null || !s.user().may(Permission.SETTINGS_EDIT)) {
            return;
        }
        Path backups = Backups.folder(databaseFile);
        Path zip = files.backup.apply(backups);
        if (zip == null || !files.confirmRestore(databaseFile, zip, backups)) {
            return;
        }
        String who = s.user().username();
        Task<DatabaseSession.Restored> restore = new Task<>() {
            @Override
            protected DatabaseSession.Restored call() {
                updateMessage("Restoring " + zip.getFileName() + " and verifying the books…");
                updateProgress(-1, 1);
                return session.restore(zip, who);
            }
        };
        closing.run();
        executor.submit("Restoring a backup", restore, r -> {
            reopened.accept(r.services());
            if (r.refused() != null) {
                files.refused("Restore from a backup", r.refused());
                return;
            }
            executor.notice("Restored " + zip.getFileName() + (r.balanced() ? "; the books balance"
                    : "; the books do not balance: use Verify books"));
        }, e -> lost.accept(BackgroundExecutor.clerkMessage(e)));
    }
}
