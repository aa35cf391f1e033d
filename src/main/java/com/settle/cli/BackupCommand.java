package com.settle.cli;

import com.settle.domain.OutputTarget;
import com.settle.store.Backups;
import com.settle.store.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle backup [--to FILE]}: a consistent backup of the database, as a zip. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a backup of the database (a .zip made from one consistent snapshot).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Option(names = "--to", paramLabel = "FILE", description = "The backup file (default: a new file in the"
            + " backups folder beside the database).")
    private Path to;

    @Option(names = "--overwrite", description = "Replace the file --to names if it exists.")
    private boolean overwrite;

    @Override
    public Integer call() {
        CliContext cli = root.context();
        cli.fileOnly(root.options(), "settle backup");
        if (to != null) {
            OutputTarget.check("--to", to, cli.databaseFile(root.options()), overwrite);
        }
        try (Database db = cli.open(root.options())) {
            cli.services(db, root.options()).checkBackup();
            Path zip = Backups.backup(db, to != null ? to : Backups.next(db.file(), "manual"));
            cli.out().println("backed up " + db.file() + " to " + zip);
            return 0;
        }
    }
}
