package com.settle.service;

import com.settle.domain.ValidationException;
import com.settle.domain.model.ImportBatchSummary;
import com.settle.domain.model.Permission;
import com.settle.store.AccountRepository;
import com.settle.store.BatchReversal;
import com.settle.store.CodeRepository;
import com.settle.store.CreditBalanceRepository;
import com.settle.store.ImportBatchRepository;
import com.settle.store.ImportWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * CSV import of accounts, invoices and debit memos, payments and opening credit balances. Every row is
 * checked first and every problem listed (line, column, reason); a file with any problem changes nothing,
 * and a good file is stored whole in one transaction as one import batch. Every record keeps its source
 * reference: a row already imported is refused (or, when asked, skipped), the same file again is refused,
 * and a batch nothing has used since can be undone whole. {@code dryRun} checks and reports what would be
 * created, by the same code that stores it.
 */
public final class ImportService {

    /** One problem in a file; {@code repeat} when the row was imported before (skipping it would do). */
    public record Problem(long line, String column, String reason, boolean repeat) {
        public Problem(long line, String column, String reason) {
            this(line, column, reason, false);
        }

        @Override
        public String toString() {
            return "line " + line + ", " + column + ": " + reason;
        }
    }

    /** A file with problems: nothing was stored. */
    public static final class ImportRefused extends ValidationException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;
        private final boolean onlyRepeats;

        ImportRefused(Path file, long count, List<Problem> listed, boolean onlyRepeats) {
            super(file.getFileName().toString(), "has " + count + (count == 1 ? " problem" : " problems")
                    + "; nothing was imported. Correct the file and import it again:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), listed.stream().map(Problem::toString).toList())
                    + (count > listed.size() ? System.lineSeparator() + "… and " + (count - listed.size())
                    + " more" : ""));
            this.problems = List.copyOf(listed);
            this.onlyRepeats = onlyRepeats;
        }

        /** Whether every problem, listed or not, is a row imported before. */
        public boolean onlyRepeats() {
            return onlyRepeats;
        }

        /** The problems listed (the first {@value ImportProblems#LISTED}). */
        public List<Problem> problems() {
            return problems;
        }
    }

    /** How to import: only check ({@code dryRun}), and skip rows already imported instead of refusing them. */
    public record Options(boolean dryRun, boolean skipExisting) {
        public static final Options STORE = new Options(false, false);
        public static final Options CHECK = new Options(true, false);
    }

    /**
     * What a (dry) run created: the rows read, the records created (counted; the first 200 listed, e.g.
     * "A-00000003 Birch Dental (JPY)"), the rows skipped as already imported (likewise), and the batch.
     */
    public record Report(long rows, long createdCount, List<String> created, long skippedCount, List<String> skipped,
                         boolean dryRun, String batch) {
    }

    private final ImportRun run;
    private final ImportUndo undo;
    private final Transactions tx;
    private final ImportBatchRepository batches;
    private final AccountRepository accounts;
    private final CodeRepository codes;
    private final CreditBalanceRepository credits;
    private final UserContext user;
    private final Clock clock;
    private final ImportWriter writer = new ImportWriter();

    ImportService(Transactions tx, AccountRepository accounts, CodeRepository codes, CreditBalanceRepository credits,
                  Lookups lookups, UserContext user, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.codes = codes;
        this.credits = credits;
        this.user = user;
        this.clock = clock;
        this.batches = new ImportBatchRepository();
        this.run = new ImportRun(tx, batches, lookups, user, clock);
        this.undo = new ImportUndo(tx, batches, new BatchReversal(), credits, user, clock);
    }

    /** Columns: Name, Currency (required); Contact, Email, Phone, Address, SourceKey. */
    public Report accounts(Path file, Options options) {
        user.require(Permission.IMPORT, "import files");
        user.require(Permission.ACCOUNT_EDIT, "edit accounts");
        return run.run(file, options, new AccountImport(accounts));
    }

    /** Invoices and debit memos, one row per item (columns on {@link DocumentImport}). */
    public Report documents(Path file, Options options) {
        user.require(Permission.IMPORT, "import files");
        user.require(Permission.DOCUMENT_EDIT, "enter invoices and debit memos");
        if (!options.dryRun()) {
            user.require(Permission.DOCUMENT_POST, "post invoices and debit memos");
        }
        return run.run(file, options, new DocumentImport(new ImportAccounts(accounts), codes, writer));
    }

    /** Payments received (columns on {@link PaymentImport}). */
    public Report payments(Path file, Options options) {
        user.require(Permission.IMPORT, "import files");
        user.require(Permission.PAYMENT_CREATE, "record payments");
        return run.run(file, options, new PaymentImport(new ImportAccounts(accounts), writer));
    }

    /** Opening credit balances (columns on {@link CreditBalanceImport}). */
    public Report creditBalances(Path file, Options options) {
        user.require(Permission.IMPORT, "import files");
        user.require(Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE, "create credit balance adjustments");
        return run.run(file, options, new CreditBalanceImport(new ImportAccounts(accounts), accounts, codes, credits,
                clock));
    }

    /** Every import batch, newest first. */
    public List<ImportBatchSummary> list() {
        return tx.read(batches::list);
    }

    /** Undoes a whole batch, or refuses naming what was used since. */
    public ImportBatchSummary undo(String batch) {
        return undo.undo(batch);
    }
}
