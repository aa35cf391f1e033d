package com.settle.cli;

import com.settle.domain.ValidationException;
import com.settle.domain.model.Permission;
import com.settle.service.LargeCompany;
import com.settle.service.SampleCompany;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import com.settle.store.Compaction;
import com.settle.store.Database;
import java.util.LinkedHashMap;
import java.util.Locale;
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

    @Option(names = "--size", paramLabel = "SIZE", description = "small (the default: 25 accounts, a year and a"
            + " half) or large (5,000 accounts over ten years, written in set-based batches).")
    String size = "small";

    @Option(names = "--accounts", paramLabel = "N", description = "A large company of N accounts.")
    Integer accounts;

    @Option(names = "--years", paramLabel = "Y", description = "A large company with Y years of history.")
    Integer years;

    /** The large company asked for, or null for the small sample. */
    private LargeCompany.Size large() {
        boolean isLarge = switch (size == null ? "small" : size.strip().toLowerCase(Locale.ROOT)) {
            case "small" -> accounts != null || years != null;
            case "large" -> true;
            default -> throw new ValidationException("--size", "'" + size + "' is not small or large");
        };
        if (!isLarge) {
            return null;
        }
        LargeCompany.Size standard = LargeCompany.Size.large();
        return new LargeCompany.Size(accounts == null ? standard.accounts() : accounts,
                years == null ? standard.years() : years);
    }

    @Override
    public Integer call() {
        CliContext cli = root.context();
        GlobalOptions options = root.options();
        LargeCompany.Size large = large();
        if (large != null) {
            cli.fileOnly(options, "a large sample company");
        }
        try (Database db = cli.open(options, Database.Mode.EITHER)) {
            Services admin = cli.services(db, options);
            int existing = admin.accounts().count();
            if (existing > 0 && !force) {
                throw new ServiceException(db.location() + " already has " + existing
                        + " accounts; use --force to add the sample company anyway.");
            }
            long started = System.nanoTime();
            LargeCompany.Written written = null;
            if (large == null) {
                new SampleCompany(admin, cli.clock()).load(p -> { });
            } else {
                admin.user().require(Permission.IMPORT, "load a large sample company");
                written = new LargeCompany(db.dsl(), admin, cli.clock()).write(large, p -> { });
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            int accounts = admin.accounts().count();
            boolean balanced = admin.verify().verify().balanced();
            // Bulk writing leaves much dead space in the file: a large company is written compacted.
            Compaction.Sizes sizes = written == null ? null : db.closeCompacted();
            if (options.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("database", db.location());
                json.put("accounts", accounts);
                json.put("balanced", balanced);
                if (written != null) {
                    json.put("documents", written.documents());
                    json.put("items", written.items());
                    json.put("payments", written.payments());
                    json.put("creditAdjustments", written.adjustments());
                    json.put("seconds", seconds);
                    json.put("fileBytesBeforeCompacting", sizes.before());
                    json.put("fileBytes", sizes.after());
                }
                cli.out().println(Json.write(json));
            } else {
                if (written != null) {
                    cli.out().printf("large company written in %d s: %,d accounts, %,d documents with %,d items,"
                            + " %,d payments, %,d credit balance adjustments; the file is %s (%s before compacting)%n",
                            seconds, written.accounts(), written.documents(), written.items(), written.payments(),
                            written.adjustments(),
                            Compaction.describe(sizes.after()), Compaction.describe(sizes.before()));
                }
                cli.out().printf("sample company loaded into %s (%d accounts)%s%n", db.location(), accounts,
                        balanced ? "; books balance" : "; books do NOT balance, run settle verify");
            }
            return balanced ? 0 : 1;
        }
    }
}
