package com.settle.cli;

import com.settle.domain.ValidationException;
import com.settle.service.Protection;
import com.settle.service.RestoreService;
import com.settle.service.VerifyService;
import com.settle.store.Database;
import com.settle.store.keys.FileKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle restore --from FILE --yes}: replace the database with a backup, keeping the current file. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the database with a backup. The current file is first backed up into the backups"
                + " folder (before-restore), so a restore can itself be undone.",
            "Needs --yes and the permission to change settings (in the current file, or in the backup when the current"
                + " file is missing or damaged). The backup is checked completely first: a file open in another"
                + " Settle, a damaged or foreign backup, one from a newer Settle or one whose books do not balance"
                + " is refused and the current file is left untouched."})
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
        cli.fileOnly(root.options(), "settle restore");
        Path file = cli.databaseFile(root.options());
        if (!yes) {
            throw new ValidationException("--yes", "is needed: restoring replaces " + file
                    + " with " + from + " (the current file is kept as a backup first)");
        }
        String user = root.options().user != null ? root.options().user : cli.osUser();
        FileKey key = null;
        if (!Protection.isProtected(file)) {
            // No protected file to sign in to: a protected backup is opened with one of its own users' passwords.
            key = Protection.signInToBackup(from, user, () -> cli.passwords().signIn(root.options().passwordFile,
                    root.options().user == null ? cli.osUser() : root.options().user)).orElse(null);
            if (key == null) {
                cli.checkUserOption(root.options().user);
            }
        } else {
            // Signing in to the current file gives the key that opens it and its backups.
            try (Database current = cli.open(root.options(), Database.Mode.READ_ONLY)) {
                user = cli.services(current, root.options()).user().username();
                key = cli.signedInKey();
            }
        }
        RestoreService.Restored done = new RestoreService(cli.clock()).restore(from, file, user, key);
        Path before = done.before();
        // The key signed in with above opens the restored file: the password is not asked for twice.
        boolean signedIn = key != null && Protection.isProtected(file);
        try (Database restored = signedIn ? cli.openWithKey(root.options(), user, key) : cli.open(root.options())) {
            VerifyService.Report books = cli.services(restored, root.options()).verify().verify();
            cli.out().println("restored " + file + " from " + from
                    + (before == null ? "" : "; the previous file is kept in " + before)
                    + (books.balanced() ? "; books balance" : "; books do not balance: run settle verify"));
            return books.balanced() ? 0 : 1;
        }
    }
}
