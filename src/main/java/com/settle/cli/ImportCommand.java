package com.settle.cli;

import com.settle.domain.model.ImportBatchSummary;
import com.settle.service.ImportService.Options;
import com.settle.service.ImportService.Report;
import com.settle.service.Services;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle import ...}: CSV files in, whole or not at all, each as an import batch that can be undone. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import accounts, invoices and debit memos, payments or opening credit balances from a CSV file"
                + " (UTF-8, comma or semicolon). Every row is checked first; a file with any problem changes nothing."
                + " A row already imported (same source reference for the same account) is refused, and the same"
                + " file twice is refused; `import undo` reverses a whole batch.",
        subcommands = {ImportCommand.Accounts.class, ImportCommand.Documents.class, ImportCommand.Payments.class,
            ImportCommand.CreditBalances.class, ImportCommand.ListBatches.class, ImportCommand.Undo.class})
final class ImportCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    SettleCommand root;

    /** A command of this group. */
    abstract static class Member extends ServiceCommand {
        @ParentCommand
        ImportCommand group;

        @Override
        SettleCommand root() {
            return group.root;
        }
    }

    /** An import: the file, and whether only to check it or to skip rows already imported. */
    abstract static class Sub extends Member {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--dry-run", description = "Check the file and show what would be created; store nothing.")
        boolean dryRun;

        @Option(names = "--skip-existing", description = "Store only rows not imported before, and list the rows"
                + " skipped (default: a row imported before refuses the whole file).")
        boolean skipExisting;

        abstract Report importFile(Services s, Options options);

        @Override
        int run(Services s) {
            Report r = importFile(s, new Options(dryRun, skipExisting));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("rows", r.rows());
            m.put("dryRun", r.dryRun());
            m.put("batch", r.batch());
            m.put("createdCount", r.createdCount());
            m.put("created", r.created());
            m.put("skippedCount", r.skippedCount());
            m.put("skipped", r.skipped());
            List<String> text = new ArrayList<>(r.created());
            more(text, r.createdCount(), r.created().size());
            if (r.skippedCount() > 0) {
                text.add("Skipped as already imported:");
                text.addAll(r.skipped());
                more(text, r.skippedCount(), r.skipped().size());
            }
            text.add((r.dryRun() ? "Checked " : "Imported ") + r.rows() + " rows: " + r.createdCount()
                    + (r.dryRun() ? " records would be created" : " records created as " + r.batch())
                    + (r.skippedCount() > 0 ? ", " + r.skippedCount() + " skipped as already imported" : "")
                    + (r.dryRun() ? "; nothing was stored." : "."));
            print(m, text);
            return 0;
        }

        private static void more(List<String> text, long count, int listed) {
            if (count > listed) {
                text.add("… and " + (count - listed) + " more");
            }
        }
    }

    @Command(name = "accounts", mixinStandardHelpOptions = true,
            description = "Columns: Name, Currency; optional Contact, Email, Phone, Address, SourceKey (the"
                    + " customer's key in the old system; else the name tells a repeated row).")
    static final class Accounts extends Sub {
        @Override
        Report importFile(Services s, Options options) {
            return s.imports().accounts(file, options);
        }
    }

    @Command(name = "documents", mixinStandardHelpOptions = true,
            description = "One row per item, grouped by DocumentNumber (kept as the source reference). Columns:"
                    + " DocumentNumber, Account, DocumentDate, Charge, UnitPrice; optional Type, DueDate, Quantity,"
                    + " Amount, Description, ServiceStart, ServiceEnd, AccountingCode, Post.")
    static final class Documents extends Sub {
        @Override
        Report importFile(Services s, Options options) {
            return s.imports().documents(file, options);
        }
    }

    @Command(name = "payments", mixinStandardHelpOptions = true,
            description = "Columns: Account, Amount, EffectiveDate, Method; optional Reference, Comment, SourceKey."
                    + " The source reference is the SourceKey, else the Reference, else the row itself.")
    static final class Payments extends Sub {
        @Override
        Report importFile(Services s, Options options) {
            return s.imports().payments(file, options);
        }
    }

    @Command(name = "credit-balances", mixinStandardHelpOptions = true,
            description = "Opening credit balances (history type initial). Columns: Account, Amount; optional"
                    + " Date, Comment, SourceKey.")
    static final class CreditBalances extends Sub {
        @Override
        Report importFile(Services s, Options options) {
            return s.imports().creditBalances(file, options);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The import batches, newest first.")
    static final class ListBatches extends Member {
        @Override
        int run(Services s) {
            List<Object> json = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (ImportBatchSummary b : s.imports().list()) {
                json.add(batch(b));
                text.add(line(b));
            }
            if (text.isEmpty()) {
                text.add("No imports yet.");
            }
            print(json, text);
            return 0;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Reverse a whole import batch in one transaction (payments and documents canceled, opening"
                    + " credit balances canceled, accounts deactivated), when nothing of it was applied, refunded or"
                    + " transferred since; otherwise refused, naming what blocks it.")
    static final class Undo extends Member {
        @Parameters(paramLabel = "BATCH", description = "The batch number, e.g. IB-00000003 (see `import list`).")
        String batch;

        @Override
        int run(Services s) {
            ImportBatchSummary b = s.imports().undo(batch);
            print(batch(b), List.of("Undid " + b.number() + ": " + b.undoEffect() + "; the history keeps them."));
            return 0;
        }
    }

    static Map<String, Object> batch(ImportBatchSummary b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", b.number());
        m.put("kind", b.kindLabel());
        m.put("file", b.fileName());
        m.put("sha256", b.sha256());
        m.put("rows", b.rows());
        m.put("created", b.created());
        m.put("skipped", b.skipped());
        m.put("status", b.status().code());
        m.put("importedBy", b.importedBy());
        m.put("importedAt", b.importedAt().toString());
        m.put("undoneBy", b.undoneBy());
        m.put("undoneAt", b.undoneAt() == null ? null : b.undoneAt().toString());
        return m;
    }

    static String line(ImportBatchSummary b) {
        return String.format("%-11s %-24s %-24s %7d rows %7d created %6d skipped  %s by %s  %s", b.number(),
                b.kindLabel(), b.fileName(), b.rows(), b.created(), b.skipped(),
                WHEN.format(b.importedAt().toLocalDateTime()), b.importedBy(), b.undone() ? "Undone "
                        + WHEN.format(b.undoneAt().toLocalDateTime()) + " by " + b.undoneBy() : "Imported");
    }
}
