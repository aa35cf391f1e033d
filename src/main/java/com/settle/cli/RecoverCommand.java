package com.settle.cli;

import com.settle.domain.ValidationException;
import com.settle.service.Services;
import com.settle.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle recover}: open a protected file with its recovery key and set a user's new password. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Every password forgotten: open the protected file with its recovery key and give a",
            "user (--user, an active user of the file) a new password."})
final class RecoverCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Option(names = "--recovery-key-file", paramLabel = "FILE", required = true,
            description = "The recovery key shown when the file was protected, on the first line of FILE.")
    String recoveryKeyFile;

    @Option(names = "--new-password-file", paramLabel = "FILE",
            description = "The user's new password, on the first line of FILE (else asked twice).")
    String newPasswordFile;

    @Override
    public Integer call() {
        CliContext cli = root.context();
        GlobalOptions options = root.options();
        cli.fileOnly(options, "settle recover");
        if (options.user == null) {
            throw new ValidationException("--user", "is required: name the user who gets a new password");
        }
        String recovery = new String(PasswordInput.fromFile("--recovery-key-file", recoveryKeyFile));
        try (Database db = cli.openWithRecoveryKey(options, options.user, recovery)) {
            Services s = cli.services(db, options);
            s.users().setPassword(s.user().username(), cli.passwords().newPassword("--new-password-file",
                    newPasswordFile, s.user().username()));
            cli.out().println("new password set for " + s.user().username() + "; sign in with it from now on");
            return 0;
        }
    }
}
