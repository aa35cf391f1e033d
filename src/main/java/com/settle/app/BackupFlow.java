package com.settle.app;

import com.settle.domain.model.Permission;
import com.settle.service.Services;
import com.settle.store.Backups;
import com.settle.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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

    BackupFlow(Path databaseFile, DatabaseSession session, BackgroundExecutor executor, FileDialogs files) {
        this.databaseFile = databaseFile;
        this.session = session;
        this.executor = executor;
        this.files = files;
    }

    /** A backup in the backups folder, written in the background (refused without the Back up permission). */
    void backupNow(Services books) {
        executor.run("Backing up " + databaseFile.getFileName(), () -> {
            books.checkBackup();
            return session.backupNow();
        }, zip -> executor.notice("Backed up to " + zip));
    }

    /**
     * Choose a backup, confirm, then (in the background) close the database, restore the backup over it (the
     * current file is backed up first; the backup's books are verified before, with progress and Cancel in the
     * status bar) and reopen it. Canceled, the restore stops before it replaces anything and the file reopens.
     *
     * @param books    the books open now, which the restore replaces
     * @param closing  runs before the file closes: the window lets go of its books
     * @param reopened gets the books afterwards (the same file's when the restore was refused)
     * @param lost     gets the clerk's message when the file could not be reopened
     */
    void restore(Services books, Runnable closing, Consumer<Services> reopened, Consumer<String> lost) {
        if (!books.user().may(Permission.SETTINGS_EDIT)) {
            return;
        }
        Path backups = Backups.folder(databaseFile);
        Path zip = files.backup.apply(backups);
        if (zip == null || !files.confirmRestore(databaseFile, zip, backups)) {
            return;
        }
        String who = books.user().username();
        AtomicBoolean stop = new AtomicBoolean();
        Task<DatabaseSession.Restored> restore = new Task<>() {
            @Override
            protected DatabaseSession.Restored call() {
                updateMessage("Restoring " + zip.getFileName() + " and verifying its books… (Cancel stops it)");
                updateProgress(0, 1);
                return session.restore(zip, who, f -> updateProgress(f, 1), stop::get);
            }

            /** Cancel lets the restore stop at its next step and reopen the file: it ends normally, refused. */
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                stop.set(true);
                return true;
            }
        };
        closing.run();
        executor.submitStoppable("Restoring a backup", restore, r -> {
            reopened.accept(r.services());
            if (r.refused() != null && stop.get()) {
                executor.notice(r.refused());
                return;
            }
            if (r.refused() != null) {
                files.refused("Restore from a backup", r.refused());
                return;
            }
            executor.notice("Restored " + zip.getFileName() + (r.balanced() ? "; the books balance"
                    : "; the books do not balance: use Verify books"));
        }, e -> lost.accept(BackgroundExecutor.clerkMessage(e)));
    }
}
