package com.settle.cli;

import com.settle.domain.model.Permission;
import com.settle.service.Protection;
import com.settle.service.Services;
import com.settle.store.Database;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle protect}: encrypt the company file; from then on it opens only with a password. */
@Command(name = "protect", mixinStandardHelpOptions = true,
        description = {"Protect the company file: encrypt it and make it open only with a user's password.",
            "Prints a recovery key once: it opens the file when every password is forgotten. Losing both",
            "the passwords and the recovery key is losing the company's books."})
final class ProtectCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Option(names = "--admin", paramLabel = "NAME",
            description = "The administrator who signs in first (default: you).")
    String admin;

    @Option(names = "--new-password-file", paramLabel = "FILE",
            description = "The administrator's new password, on the first line of FILE (else asked twice).")
    String newPasswordFile;

    @Override
    public Integer call() {
        CliContext cli = root.context();
        GlobalOptions options = root.options();
        cli.fileOnly(options, "settle protect");
        Path file;
        String name;
        try (Database db = cli.open(options)) {
            file = db.file();
            Services s = cli.services(db, options);
            Protection.requireUnprotected(file);
            s.user().require(Permission.USERS_MANAGE, "protect this company file");
            name = s.users().ensureAdministrator(admin == null ? s.user().username() : admin).username();
        }
        char[] password = cli.passwords().newPassword("--new-password-file", newPasswordFile, name);
        String recovery = Protection.protect(file, name, password);
        List<Path> plain = Protection.plainBackups(file);
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("database", file.toString());
            json.put("administrator", name);
            json.put("recoveryKey", recovery);
            json.put("unprotectedBackups", plain.stream().map(Path::toString).toList());
            cli.out().println(Json.write(json));
        } else {
            cli.out().println(file + " is now protected: it opens only after signing in, as " + name + " to begin"
                    + " with (settle user password NAME gives others a password).");
            cli.out().println();
            cli.out().println("Recovery key, shown this once:  " + recovery);
            cli.out().println();
            cli.out().println("Print it or write it down and keep it away from this computer. It opens the file"
                    + " when every password is forgotten, and anyone holding it can open the file. If every"
                    + " password and this key are lost, nobody (Settle included) can open the books again.");
            if (!plain.isEmpty()) {
                cli.out().println();
                cli.out().println("Not protected: " + plain.size() + " backup(s) made before now, in "
                        + plain.get(0).getParent() + ". Anyone with a copy can read the books: delete them once"
                        + " settle backup has made a protected one, or keep them as safe as the recovery key.");
            }
        }
        return 0;
    }
}
