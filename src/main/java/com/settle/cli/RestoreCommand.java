package com.settle.cli;

import com.settle.domain.model.Permission;
import com.settle.service.VerifyService;
import com.settle.store.Backups;
import com.settle.store.Database;
import com.settle.store.DatabaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle restore --from FILE --yes}: replace the database with a backup, keeping the current file. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the database with a backup. The current file is first backed up into the backups"
                + " folder (before-restore), so a restore can itself be undone.",
            "Needs --yes; needs the permission to change settings while the current database opens."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup (.zip) to restore.")
    private Path from;

    @Option(names = "--yes", description = "Confirm: replace the database with the backup.")
    private boolean yes;

    @Override
    public Integer call() {
        CliContext cli = root.context();
        Path file = cli.databaseFile(root.options());
        if (!yes) {
            throw new com.settle.domain.ValidationException("--yes", "is needed: restoring replaces " + file
                    + " with " + from + " (the current file is kept as a backup first)");
        }
        if (Files.exists(file)) {
            try (Database current = cli.open(root.options())) {
                cli.services(current, root.options()).user().require(Permission.SETTINGS_EDIT, "restore backups");
            } catch (DatabaseException damaged) {
                // A file that does not open is what a restore is for: nothing in it to protect.
                cli.err().println("settle: the current file does not open (" + damaged.getMessage()
                        + "); restoring over it");
            }
        }
        Path before = Backups.restore(from, file);
        try (Database restored = cli.open(root.options())) {
            VerifyService.Report books = cli.services(restored, root.options()).verify().verify();
            cli.out().println("restored " + file + " from " + from
                    + (before == null ? "" : "; the previous file is kept in " + before)
                    + (books.balanced() ? "; books balance" : "; books do not balance: run settle verify"));
            return books.balanced() ? 0 : 1;
        }
    }
}
