package com.settle.cli;

import com.settle.domain.model.Permission;
import com.settle.service.Protection;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import com.settle.store.Database;
import com.settle.store.keys.FileKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle unprotect}: decrypt a protected company file (an administrator, signed in). */
@Command(name = "unprotect", mixinStandardHelpOptions = true,
        description = {"Remove protection: decrypt the company file and delete its keys file. Anyone with the",
            "file can then open it. Needs an administrator's sign-in."})
final class UnprotectCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Option(names = "--yes", description = "Confirm: the file will open for anyone who has it.")
    boolean yes;

    @Override
    public Integer call() {
        CliContext cli = root.context();
        GlobalOptions options = root.options();
        cli.fileOnly(options, "settle unprotect");
        Path file;
        FileKey key;
        try (Database db = cli.open(options)) {
            file = db.file();
            Services s = cli.services(db, options);
            if (!s.isProtected()) {
                throw new ServiceException(file + " is not protected. Nothing was changed.");
            }
            s.user().require(Permission.USERS_MANAGE, "remove protection from this company file");
            key = cli.signedInKey();
        }
        if (!yes) {
            throw new ServiceException("Removing protection lets anyone with the file open it. Add --yes to"
                    + " confirm. Nothing was changed.");
        }
        Protection.unprotect(file, key);
        cli.out().println(file + " is no longer protected: anyone with this file can open it.");
        return 0;
    }
}
