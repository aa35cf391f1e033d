package com.settle.service;

import com.settle.csv.JournalExport;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.journal.CodeBook;
import com.settle.domain.journal.Journal;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.domain.journal.JournalRecord;
import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.JournalRun;
import com.settle.domain.model.Permission;
import com.settle.store.JournalQueries;
import com.settle.store.JournalQueries.InRun;
import com.settle.store.JournalQueries.Period;
import com.settle.store.JournalQueries.Scope;
import com.settle.store.JournalQueries.Untransferred;
import com.settle.store.JournalRunRepository;
import com.settle.store.jooq.tables.records.JournalRunRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.jooq.DSLContext;

/**
 * The journal: every money movement as balanced debit and credit entries by accounting code, summarised per day
 * or per period and derived from the history each time (docs/month-end.md). Journal runs take the records not
 * yet transferred up to a date, write the export, and are marked Transferred or Error by the clerk.
 */
public final class JournalService {

    /** What a run made: its number, how many records and entries, and the entries themselves. */
    public record RunResult(String number, int records, List<JournalEntry> entries) {
    }

    /** A run the clerk stopped: nothing of it was kept. */
    public static final class Canceled extends ServiceException {
        Canceled() {
            super("The journal run was canceled before it finished: no run was made and every record is as it was."
                    + " Run it again when you are ready.");
        }
    }

    private final Transactions tx;
    private final JournalQueries queries;
    private final JournalRunRepository runs;
    private final UserContext user;
    private final Clock clock;

    JournalService(Transactions tx, JournalQueries queries, JournalRunRepository runs, UserContext user, Clock clock) {
        this.tx = tx;
        this.queries = queries;
        this.runs = runs;
        this.user = user;
        this.clock = clock;
    }

    /** The period's summary entries, per day or one per kind and code pair dated on the period's last day. */
    public List<JournalEntry> entries(LocalDate from, LocalDate to, Grouping grouping) {
        checkPeriod(from, to);
        return tx.read(t -> entries(t, new Period(from, to), grouping, to));
    }

    private List<JournalEntry> entries(DSLContext t, Scope scope, Grouping grouping, LocalDate periodEnd) {
        return entries(t, scope, grouping, periodEnd, () -> { });
    }

    private List<JournalEntry> entries(DSLContext t, Scope scope, Grouping grouping, LocalDate periodEnd,
                                       Runnable afterEach) {
        return Journal.summarise(queries.movements(t, scope, afterEach), new CodeBook(queries.defaults(t)), grouping,
                periodEnd);
    }

    /** The records behind one entry of {@link #entries}: same dates, currency, kind and codes. */
    public List<JournalRecord> records(JournalEntry entry, LocalDate from, LocalDate to, Grouping grouping) {
        LocalDate start = grouping == Grouping.DAY ? entry.date() : from;
        LocalDate end = grouping == Grouping.DAY ? entry.date() : to;
        return tx.read(t -> {
            CodeBook codes = new CodeBook(queries.defaults(t));
            Set<String> pair = new HashSet<>(List.of(entry.debit(), entry.credit()));
            return queries.records(t, new Period(start, end), entry.currency(), entry.kind(), entry.reversed())
                    .stream().filter(r -> {
                        String[] p = Journal.pair(r.movement(), codes);
                        return pair.equals(new HashSet<>(List.of(p[0], p[1])));
                    }).toList();
        });
    }

    /** Writes the period's journal to a file (needs the journal permission). */
    public int export(Path file, JournalExport.Format format, LocalDate from, LocalDate to, Grouping grouping) {
        user.require(Permission.JOURNAL_EXPORT, "export the journal");
        List<JournalEntry> entries = entries(from, to, grouping);
        write(file, format, entries, "JE");
        return entries.size();
    }

    /**
     * Makes a journal run over every record not yet transferred (nor ignored) dated up to {@code through}: the
     * records are Processing from now on, and the export of exactly them is written to {@code file} (when given).
     */
    public RunResult run(LocalDate through, Path file, JournalExport.Format format) {
        return run(through, file, format, p -> { }, () -> false);
    }

    /**
     * A journal run that says how far it is ({@code progress}, 0 to 1) and stops at its next step once {@code
     * canceled}: then {@link Canceled}, and no run is made (on a ten-year company a run reads every record not yet
     * transferred, about 20 seconds).
     */
    public RunResult run(LocalDate through, Path file, JournalExport.Format format, DoubleConsumer progress,
                         BooleanSupplier canceled) {
        user.require(Permission.JOURNAL_EXPORT, "run the journal");
        if (through == null) {
            throw new ValidationException("Through", "is required");
        }
        if (through.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("Through", through + " is in the future; run the journal up to today at most");
        }
        int steps = 2 * JournalQueries.statements();
        int[] done = {0};
        Runnable step = () -> {
            if (canceled.getAsBoolean()) {
                throw new Canceled();
            }
            progress.accept(++done[0] / (double) steps);
        };
        RunResult result = tx.inTransaction(t -> {
            JournalRunRecord run = runs.insert(t, through, user.userId(), OffsetDateTime.now(clock));
            int n = queries.addToRun(t, run.getId(), through, step);
            if (n == 0) {
                throw new ServiceException("Nothing to transfer: every record dated up to " + through
                        + " is already in a run or ignored. No run was made.");
            }
            runs.setCount(t, run.getId(), n);
            return new RunResult(run.getNumber(), n, entries(t, new InRun(run.getId()), Grouping.DAY, through, step));
        });
        if (file != null) {
            write(file, format, result.entries(), result.number());
        }
        return result;
    }

    /** Writes a run's entries again (the same records; the codes as they resolve now). */
    public List<JournalEntry> runEntries(String number) {
        return tx.read(t -> {
            JournalRunRecord run = find(t, number);
            return entries(t, new InRun(run.getId()), Grouping.DAY, run.getThroughDate());
        });
    }

    public void exportRun(String number, Path file, JournalExport.Format format) {
        user.require(Permission.JOURNAL_EXPORT, "export the journal");
        write(file, format, runEntries(number), number.trim());
    }

    /** The clerk's word on a run: it reached the ledger, or it failed (its records are eligible again). */
    public void mark(String number, boolean transferred, String note) {
        user.require(Permission.JOURNAL_EXPORT, "mark journal runs");
        String why = Text.optional("Note", note, 255);
        if (!transferred && why == null) {
            throw new ValidationException("Note", "is required when a run failed: say what went wrong");
        }
        tx.inTransaction(t -> {
            JournalRunRecord run = find(t, number);
            if (!JournalRun.PROCESSING.equals(run.getStatus())) {
                throw new ServiceException(run.getNumber() + " is already marked " + run.getStatus()
                        + "; a run is marked once. Make a new run for records that failed.");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            runs.mark(t, run.getId(), transferred ? JournalRun.TRANSFERRED : JournalRun.ERROR, why, user.userId(), now);
            runs.markAdjustments(t, run.getId(), transferred ? AccountingTransfer.YES : AccountingTransfer.ERROR,
                    user.userId(), now);
            return null;
        });
    }

    /**
     * TransferredToAccounting = Ignore for a payment, document, refund or write-off (and its cancellation or
     * reversal): it stays out of every run from now on. One already in a run (not failed) is refused: its
     * reversal, not the ignore, is the way to correct the ledger. Returns how many journal records that was.
     */
    public int ignore(String number) {
        user.require(Permission.JOURNAL_EXPORT, "take records out of the journal");
        String n = Text.required("Record", number, 20);
        return tx.inTransaction(t -> {
            List<String[]> records = runs.recordsOf(t, n);
            if (records.isEmpty()) {
                throw new ValidationException("Record", "'" + n + "' is not a payment, posted document, payment"
                        + " refund or write-off number (adjustments: settle credit update --transferred-to-accounting"
                        + " Ignore)");
            }
            int added = 0;
            for (String[] r : records) {
                long id = Long.parseLong(r[1]);
                var run = runs.runOf(t, r[0], id);
                if (run.isPresent()) {
                    throw new ServiceException(n + " is already in journal run " + run.get() + "; it cannot be"
                            + " ignored now. Correct the ledger with a reversal instead.");
                }
                added += runs.ignore(t, r[0], id, user.userId(), OffsetDateTime.now(clock)) ? 1 : 0;
            }
            return added;
        });
    }

    public List<JournalRun> runs() {
        return tx.read(runs::list);
    }

    private JournalRunRecord find(DSLContext t, String number) {
        String n = Text.required("Run", number, 20);
        return runs.lock(t, n).orElseThrow(() -> new ValidationException("Run", "'" + n + "' is not a journal run"));
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new ValidationException("From", "is required");
        }
        if (to == null) {
            throw new ValidationException("To", "is required");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("To", to + " is before From " + from);
        }
    }

    private static void write(Path file, JournalExport.Format format, List<JournalEntry> entries, String prefix) {
        try {
            JournalExport.write(file, format, entries, prefix);
        } catch (IOException e) {
            throw new ServiceException("Cannot write " + file + ": " + e.getMessage() + ". Nothing was written.", e);
        }
    }
}
