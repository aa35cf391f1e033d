package com.settle.ui.journal;

import com.settle.csv.JournalExport;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.journal.CodeBook;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.domain.journal.JournalRecord;
import com.settle.domain.model.JournalRun;
import com.settle.domain.model.Permission;
import com.settle.service.ClosingService;
import com.settle.service.JournalService;
import com.settle.service.UserContext;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Journal page: a period's summary entries by accounting code (per day or per period), filtered by currency,
 * with totals per currency; the records behind the selected entry; journal runs, made and marked here.
 */
public final class JournalViewModel {

    /** The currency filter's first choice. */
    public static final String ALL = "All currencies";

    private final TaskRunner runner;
    private final JournalService journal;
    private final ClosingService closing;
    private final UserContext user;
    private final MoneyText format;
    private final Consumer<String> notice;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.DAY);
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>(ALL);
    private final ObservableList<String> currencies = FXCollections.observableArrayList(ALL);
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<JournalRecord> records = FXCollections.observableArrayList();
    private final ObservableList<JournalRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper closed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private List<JournalEntry> all = List.of();
    private long loads;

    public JournalViewModel(TaskRunner runner, JournalService journal, ClosingService closing, UserContext user,
                            MoneyText format, LocalDate today, Consumer<String> notice) {
        this.runner = runner;
        this.journal = journal;
        this.closing = closing;
        this.user = user;
        this.format = format;
        this.notice = notice;
        from.set(today.withDayOfMonth(1));
        to.set(today);
        currency.addListener((o, a, b) -> filter());
    }

    /** What the page shows, loaded again: entries, runs and the closing date. */
    public void refresh() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        Grouping g = grouping.get();
        message.set("");
        long asked = ++loads;
        // Loads may finish out of order (the page's first load, then Show): only the last one asked is shown.
        runner.run("Loading the journal", () -> new Loaded(journal.entries(f, t, g), journal.runs(),
                closing.closedThrough().orElse(null)), l -> {
                    if (asked == loads) {
                        show(l);
                    }
                }, e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    private record Loaded(List<JournalEntry> entries, List<JournalRun> runs, LocalDate closedThrough) {
    }

    private void show(Loaded l) {
        all = l.entries();
        TreeSet<String> seen = new TreeSet<>();
        all.forEach(e -> seen.add(e.currency()));
        String chosen = currency.get();
        List<String> choices = new ArrayList<>(List.of(ALL));
        choices.addAll(seen);
        currencies.setAll(choices);
        currency.set(choices.contains(chosen) ? chosen : ALL);
        filter();
        runs.setAll(l.runs());
        closed.set(l.closedThrough() == null ? "The books are open: nothing is closed."
                : "The books are closed through " + format.date(l.closedThrough()) + ".");
        records.clear();
    }

    private void filter() {
        String c = currency.get();
        List<JournalEntry> shown = all.stream().filter(e -> ALL.equals(c) || e.currency().equals(c)).toList();
        entries.setAll(shown);
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (JournalEntry e : shown) {
            sums.merge(e.currency(), e.amount(), BigDecimal::add);
            counts.merge(e.currency(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        sums.forEach((cur, sum) -> {
            String amount = format.display(Money.of(sum, Currency.getInstance(cur)));
            parts.add(cur + ": debits " + amount + " = credits " + amount + " (" + Text.count(counts.get(cur),
                    "entry") + ")");
        });
        boolean none = shown.stream().anyMatch(e -> e.debit().equals(CodeBook.NONE)
                || e.credit().equals(CodeBook.NONE));
        totals.set(shown.isEmpty() ? "No entries in this period." : String.join("   ", parts)
                + (none ? "   Some entries have no code: set a default in Settings > Accounting codes." : ""));
    }

    /** Loads the records behind {@code entry} (null: clears them). */
    public void select(JournalEntry entry) {
        if (entry == null) {
            records.clear();
            return;
        }
        LocalDate f = from.get();
        LocalDate t = to.get();
        Grouping g = grouping.get();
        runner.run("Loading the records of an entry", () -> journal.records(entry, f, t, g), records::setAll,
                e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    /** Writes the entries of the period as shown (all currencies) to {@code file}. */
    public void export(Path file, JournalExport.Format fileFormat) {
        LocalDate f = from.get();
        LocalDate t = to.get();
        Grouping g = grouping.get();
        runner.run("Exporting the journal", () -> journal.export(file, fileFormat, f, t, g),
                n -> notice.accept("Wrote " + Text.count(n, "journal entry") + " to "
                        + file.getFileName()), e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    /** The question asked before a run: what it takes, up to the period's last day. */
    public String runQuestion() {
        return "Make a journal run of every record dated up to " + format.date(to.get()) + " that no run has taken"
                + " yet? Those records are Processing until you mark the run Transferred or Failed.";
    }

    /** Makes a journal run up to the period's last day, writing its export to {@code file}. */
    public void run(Path file, JournalExport.Format fileFormat) {
        LocalDate through = to.get();
        runner.runStoppable("Running the journal", (progress, canceled) -> journal.run(through, file, fileFormat,
                progress, canceled), r -> {
            notice.accept(r.number() + ": " + Text.count(r.records(), "record") + " written to "
                    + file.getFileName() + ". Mark it once the ledger took it.");
            refresh();
        }, e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    /**
     * Marks {@code run} Transferred, or Failed with {@code note}; then {@code saved}, or {@code refused} with the
     * reason in words.
     */
    public void mark(JournalRun run, boolean transferred, String note, Runnable saved, Consumer<String> refused) {
        runner.run("Marking " + run.number(), () -> {
            journal.mark(run.number(), transferred, note);
            return run.number();
        }, n -> {
            notice.accept(n + " marked " + (transferred ? JournalRun.TRANSFERRED : "failed: its records go to the"
                    + " next run"));
            saved.run();
            refresh();
        }, e -> refused.accept(BackgroundExecutor.clerkMessage(e)));
    }

    /** Shows a refusal on the page. */
    public void fail(String why) {
        message.set(why);
    }

    /** Who works: running, exporting and marking need {@link Permission#JOURNAL_EXPORT}. */
    public UserContext user() {
        return user;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObservableList<JournalEntry> entries() {
        return entries;
    }

    public ObservableList<JournalRecord> records() {
        return records;
    }

    public ObservableList<JournalRun> runs() {
        return runs;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    /** The last refusal or failure, in the clerk's words; empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
