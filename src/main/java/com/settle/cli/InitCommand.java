package com.settle.cli;

import com.settle.service.Services;
import com.settle.store.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code settle init}: a new, empty company file; never over an existing one. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new, empty company file (--db PATH, or the one in the data folder).",
            "An existing file is never replaced. Whoever runs it becomes the company's administrator."})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Override
    public Integer call() {
        CliContext cli = root.context();
        GlobalOptions options = root.options();
        cli.fileOnly(options, "settle init (settle server init prepares a server's database)");
        try (Database db = cli.open(options, Database.Mode.NEW)) {
            Services s = cli.services(db, options);
            if (options.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("database", db.file().toString());
                json.put("administrator", s.user().username());
                cli.out().println(Json.write(json));
            } else {
                cli.out().println("created a new company file at " + db.file() + "; " + s.user().username()
                        + " is its administrator");
            }
            return 0;
        }
    }
}
