package com.settle.cli;

import com.settle.csv.Exports;
import com.settle.domain.OutputTarget;
import com.settle.domain.Text;
import com.settle.domain.listing.AccountListQuery;
import com.settle.domain.listing.Batches;
import com.settle.domain.listing.DocumentListQuery;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.model.HistoryFilter;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle export ...}: the lists and a credit balance history as CSV files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write accounts, documents, payments or an account's credit balance history as CSV.",
        subcommands = {ExportCommand.Accounts.class, ExportCommand.Documents.class, ExportCommand.Payments.class,
            ExportCommand.History.class})
final class ExportCommand {

    @ParentCommand
    SettleCommand root;

    /** An export: where to write, and what. */
    abstract static class Sub extends ServiceCommand {
        @ParentCommand
        ExportCommand group;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The CSV file to write.")
        Path to;

        @Option(names = "--overwrite", description = "Replace the file --to names if it exists.")
        boolean overwrite;

        @Override
        SettleCommand root() {
            return group.root;
        }

        @Override
        public Integer call() {
            OutputTarget.check("--to", to, root().context().databaseFile(root().options()), overwrite);
            return super.call();
        }

        /** Writes the rows, then {@code footer}; returns how many rows. */
        abstract int write(Services s, String footer) throws IOException;

        @Override
        int run(Services s) {
            String footer = s.exportFooter();
            int rows;
            try {
                rows = write(s, footer);
            } catch (IOException e) {
                throw new ServiceException("Cannot write " + to + ": " + e.getMessage() + ". Nothing was written.", e);
            }
            print(Map.of("file", to.toString(), "rows", rows), List.of("Wrote " + Text.count(rows, "row") + " to " + to + "."));
            return 0;
        }
    }

    @Command(name = "accounts", mixinStandardHelpOptions = true, description = "Every account.")
    static final class Accounts extends Sub {
        @Override
        int write(Services s, String footer) throws IOException {
            return Exports.ACCOUNTS.write(to, Batches.every((o, l) -> s.accounts().page(AccountListQuery.all(), o, l)),
                    footer);
        }
    }

    @Command(name = "documents", mixinStandardHelpOptions = true, description = "Every invoice and debit memo.")
    static final class Documents extends Sub {
        @Override
        int write(Services s, String footer) throws IOException {
            return Exports.DOCUMENTS.write(to, Batches.every((o, l) -> s.documents().page(DocumentListQuery.all(), o,
                    l)), footer);
        }
    }

    @Command(name = "payments", mixinStandardHelpOptions = true, description = "Every payment.")
    static final class Payments extends Sub {
        @Override
        int write(Services s, String footer) throws IOException {
            return Exports.PAYMENTS.write(to, Batches.every((o, l) -> s.payments().page(PaymentListQuery.all(), o, l)),
                    footer);
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "An account's credit balance history.")
    static final class History extends Sub {
        @Parameters(paramLabel = "A-…")
        String account;

        @Override
        int write(Services s, String footer) throws IOException {
            var head = s.creditHistory().head(account);
            return Exports.HISTORY.write(to, s.creditHistory().all(head, HistoryFilter.ALL), footer);
        }
    }
}
