package com.settle.cli;

import com.settle.service.ImportService.Report;
import com.settle.service.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle import ...}: CSV files in, whole or not at all. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import accounts, invoices and debit memos, payments or opening credit balances from a CSV file (UTF-8, comma or semicolon)."
                + " Every row is checked first; a file with any problem changes nothing.",
        subcommands = {ImportCommand.Accounts.class, ImportCommand.Documents.class, ImportCommand.Payments.class,
            ImportCommand.CreditBalances.class})
final class ImportCommand {

    @ParentCommand
    SettleCommand root;

    /** An import: the file, and whether only to check it. */
    abstract static class Sub extends ServiceCommand {
        @ParentCommand
        ImportCommand group;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--dry-run", description = "Check the file and show what would be created; store nothing.")
        boolean dryRun;

        @Override
        SettleCommand root() {
            return group.root;
        }

        abstract Report importFile(Services s);

        @Override
        int run(Services s) {
            Report r = importFile(s);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("rows", r.rows());
            m.put("dryRun", r.dryRun());
            m.put("created", r.created());
            List<String> text = new ArrayList<>(r.created());
            text.add((r.dryRun() ? "Checked " : "Imported ") + r.rows() + " rows: " + r.created().size()
                    + (r.dryRun() ? " records would be created; nothing was stored." : " records created."));
            print(m, text);
            return 0;
        }
    }

    @Command(name = "accounts", mixinStandardHelpOptions = true,
            description = "Columns: Name, Currency; optional Contact, Email, Phone, Address.")
    static final class Accounts extends Sub {
        @Override
        Report importFile(Services s) {
            return s.imports().accounts(file, dryRun);
        }
    }

    @Command(name = "documents", mixinStandardHelpOptions = true,
            description = "One row per item, grouped by DocumentNumber. Columns: DocumentNumber, Account,"
                    + " DocumentDate, Charge, UnitPrice; optional Type, DueDate, Quantity, Amount, Description,"
                    + " ServiceStart, ServiceEnd, AccountingCode, Post.")
    static final class Documents extends Sub {
        @Override
        Report importFile(Services s) {
            return s.imports().documents(file, dryRun);
        }
    }

    @Command(name = "payments", mixinStandardHelpOptions = true,
            description = "Columns: Account, Amount, EffectiveDate, Method; optional Reference, Comment.")
    static final class Payments extends Sub {
        @Override
        Report importFile(Services s) {
            return s.imports().payments(file, dryRun);
        }
    }

    @Command(name = "credit-balances", mixinStandardHelpOptions = true,
            description = "Opening credit balances (history type initial). Columns: Account, Amount; optional"
                    + " Date, Comment.")
    static final class CreditBalances extends Sub {
        @Override
        Report importFile(Services s) {
            return s.imports().creditBalances(file, dryRun);
        }
    }
}
