package com.settle.cli;

import com.settle.service.SampleCompany;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import com.settle.store.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle demo}: fill an empty database with the sample company. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the sample company (accounts, invoices, payments, credit balances) into an empty database.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Option(names = "--force", description = "Add the sample company even if the database already has data.")
    boolean force;

    @Override
    public Integer call() {
        CliContext cli = root.context();
        GlobalOptions options = root.options();
        try (Database db = cli.open(options, Database.Mode.EITHER)) {
            Services admin = cli.services(db, options);
            int existing = admin.accounts().count();
            if (existing > 0 && !force) {
                throw new ServiceException(db.file() + " already has " + existing
                        + " accounts; use --force to add the sample company anyway.");
            }
            new SampleCompany(admin, cli.clock()).load(p -> { });
            int accounts = admin.accounts().count();
            boolean balanced = admin.verify().verify().balanced();
            if (options.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("database", db.file().toString());
                json.put("accounts", accounts);
                json.put("balanced", balanced);
                cli.out().println(Json.write(json));
            } else {
                cli.out().printf("sample company loaded into %s (%d accounts)%s%n", db.file(), accounts,
                        balanced ? "; books balance" : "; books do NOT balance, run settle verify");
            }
            return balanced ? 0 : 1;
        }
    }
}
