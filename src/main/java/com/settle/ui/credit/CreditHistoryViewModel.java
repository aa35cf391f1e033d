package com.settle.ui.credit;

import com.settle.domain.Money;
import com.settle.domain.model.CreditHistoryHead;
import com.settle.domain.model.HistoryFilter;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.HistoryType;
import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One account's credit balance history: the balance now, the chart's points and the rows, filtered
 * by date range and type. Everything is read in the background; rows arrive a page at a time.
 */
public final class CreditHistoryViewModel {

    private final TaskRunner runner;
    private final Supplier<Services> services;
    private final ReadOnlyObjectWrapper<CreditHistoryHead> head = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ObservableList<HistoryLine>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final ObservableList<Map.Entry<LocalDate, BigDecimal>> points = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<HistoryType> type = new SimpleObjectProperty<>();
    private String account;

    public CreditHistoryViewModel(TaskRunner runner, Supplier<Services> services) {
        this.runner = runner;
        this.services = services;
        from.addListener((o, a, b) -> reloadRows());
        to.addListener((o, a, b) -> reloadRows());
        type.addListener((o, a, b) -> reloadRows());
    }

    /** Loads the account's head, the first page of rows and (after them) the chart. */
    public void load(String accountNumber) {
        this.account = accountNumber;
        runner.run("Loading the credit balance history", () -> services.get().creditHistory().head(accountNumber),
                h -> {
                    head.set(h);
                    reloadRows();
                    runner.run("Drawing the balance chart", () -> services.get().creditHistory().dailyBalances(h),
                            points::setAll);
                });
    }

    /** Reads everything again (after a change). */
    public void refresh() {
        if (account != null) {
            load(account);
        }
    }

    private void reloadRows() {
        CreditHistoryHead h = head.get();
        if (h == null) {
            return;
        }
        HistoryFilter f = filter();
        runner.run("Filtering the history", () -> services.get().creditHistory().lineNumbers(h, f),
                seqs -> rows.set(new HistoryRows(seqs, (lo, hi, done) -> runner.run("Loading history lines",
                        () -> services.get().creditHistory().lines(h, lo, hi, f), done))));
    }

    public HistoryFilter filter() {
        return new HistoryFilter(from.get(), to.get(), type.get());
    }

    /** All lines matching the filter (for export), read in the background by the caller. */
    public List<HistoryLine> allLines() {
        return services.get().creditHistory().all(head.get(), filter());
    }

    public Money balance() {
        CreditHistoryHead h = head.get();
        return h == null ? null : h.balance();
    }

    public ReadOnlyObjectProperty<CreditHistoryHead> headProperty() {
        return head.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ObservableList<HistoryLine>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ObservableList<Map.Entry<LocalDate, BigDecimal>> points() {
        return points;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<HistoryType> typeProperty() {
        return type;
    }

    public String account() {
        return account;
    }

    /**
     * Runs a change (adjust, apply, refund, cancel, edit) in the background; on success says so in the
     * status bar and reloads; a refusal goes to {@code onRefused} in words.
     */
    public <T> void change(String label, Callable<T> work, Function<T, String> notice,
                           Consumer<String> onRefused) {
        runner.run(label, work, result -> {
            String text = notice.apply(result);
            if (noticeSink != null) {
                noticeSink.accept(text);
            }
            refresh();
        }, e -> onRefused.accept(BackgroundExecutor.clerkMessage(e)));
    }

    private Consumer<String> noticeSink;

    /** Where "done" messages go (the status bar). */
    public void setNoticeSink(Consumer<String> sink) {
        this.noticeSink = sink;
    }

    public Services services() {
        return services.get();
    }

    public TaskRunner runner() {
        return runner;
    }
}
