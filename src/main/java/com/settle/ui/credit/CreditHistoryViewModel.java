package com.settle.ui.credit;

import com.settle.csv.Exports;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.model.CreditHistoryHead;
import com.settle.domain.model.HistoryFilter;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.HistoryType;
import com.settle.service.CreditApplicationService;
import com.settle.service.CreditBalanceService;
import com.settle.service.CreditHistoryService;
import com.settle.service.UserContext;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.Saving;
import com.settle.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
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
    private final CreditHistoryService history;
    private final CreditBalanceService balances;
    private final CreditApplicationService applications;
    private final UserContext user;
    private final Supplier<String> exportFooter;
    private final MoneyText text;
    private final CreditDialogs dialogs;
    private final Consumer<String> notice;
    private final ReadOnlyObjectWrapper<CreditHistoryHead> head = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ObservableList<HistoryLine>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final ObservableList<Map.Entry<LocalDate, BigDecimal>> points = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<HistoryType> type = new SimpleObjectProperty<>();
    private String account;

    /**
     * Built for the books open when the page is shown, with the services it uses.
     *
     * @param exportFooter the line an export ends with (refused without the Export permission)
     * @param notice       where "done" messages go (the status bar)
     */
    public CreditHistoryViewModel(TaskRunner runner, CreditHistoryService history, CreditBalanceService balances,
                                  CreditApplicationService applications, UserContext user,
                                  Supplier<String> exportFooter, MoneyText text, CreditDialogs dialogs,
                                  Consumer<String> notice) {
        this.runner = runner;
        this.history = history;
        this.balances = balances;
        this.applications = applications;
        this.user = user;
        this.exportFooter = exportFooter;
        this.text = text;
        this.dialogs = dialogs;
        this.notice = notice;
        from.addListener((o, a, b) -> reloadRows());
        to.addListener((o, a, b) -> reloadRows());
        type.addListener((o, a, b) -> reloadRows());
    }

    /** Loads the account's head, the first page of rows and (after them) the chart. */
    public void load(String accountNumber) {
        this.account = accountNumber;
        runner.run("Loading the credit balance history", () -> history.head(accountNumber),
                h -> {
                    head.set(h);
                    reloadRows();
                    runner.run("Drawing the balance chart", () -> history.dailyBalances(h),
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
        runner.run("Filtering the history", () -> history.lineNumbers(h, f),
                seqs -> rows.set(new HistoryRows(seqs, (lo, hi, done) -> runner.run("Loading history lines",
                        () -> history.lines(h, lo, hi, f), done))));
    }

    public HistoryFilter filter() {
        return new HistoryFilter(from.get(), to.get(), type.get());
    }

    /** All lines matching the filter (for export), read in the background by the caller. */
    public List<HistoryLine> allLines() {
        return history.all(head.get(), filter());
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

    /** The balance at the end of {@code day} in words, for the chart's hover line: "Nov 3, 2026: $120.00". */
    public String balanceOn(LocalDate day) {
        CreditHistoryHead h = head.get();
        if (h == null || day == null) {
            return "";
        }
        BigDecimal balance = BigDecimal.ZERO;
        int lo = 0;
        int hi = points.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (points.get(mid).getKey().isAfter(day)) {
                hi = mid - 1;
            } else {
                balance = points.get(mid).getValue();
                lo = mid + 1;
            }
        }
        return text.date(day) + ": " + text.display(Money.of(balance, h.balance().currency()));
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

    /** Adjust balance: an Increase or Decrease, as the dialog gives it. */
    public void adjust() {
        Money balance = balance();
        if (balance != null) {
            dialogs.adjust(account, balance, saving("Adjusting the credit balance", balances::adjust,
                    n -> "Recorded " + n));
        }
    }

    /** Apply to invoice: the account's open invoices are read first; the dialog picks one and the amount. */
    public void applyToInvoice() {
        Money balance = balance();
        if (balance == null) {
            return;
        }
        if (balance.isZero()) {
            dialogs.refused("Apply to invoice", "The account has no credit balance to apply. Adjust the balance or"
                    + " transfer a payment's unapplied amount first.");
            return;
        }
        String a = account;
        runner.run("Loading open invoices", () -> history.invoiceChoices(a), choices -> {
            if (choices.isEmpty()) {
                dialogs.refused("Apply to invoice", "The account has no open posted invoice.");
                return;
            }
            dialogs.applyToInvoice(a, balance, choices, saving("Applying credit", applications::applyToInvoice,
                    p -> "Applied " + text.display(p.amount()) + " to " + p.invoiceNumber()));
        });
    }

    /** Refund: pays credit back to the customer. */
    public void refund() {
        Money balance = balance();
        if (balance != null) {
            dialogs.refund(account, balance, saving("Refunding credit", balances::refund,
                    n -> "Refunded; recorded " + n));
        }
    }

    /** Cancels an adjustment with a reversing line, once the clerk has confirmed. */
    public void cancelAdjustment(HistoryLine line) {
        if (line == null || line.cancellation()) {
            return;
        }
        if (dialogs.confirm("Cancel adjustment", "Cancel " + line.adjustmentNumber() + " ("
                + text.display(line.amount()) + ")? A reversing line is added to the history; the adjustment"
                + " stays, marked Canceled.")) {
            change("Canceling " + line.adjustmentNumber(), () -> {
                balances.cancel(line.adjustmentNumber());
                return line.adjustmentNumber();
            }, n -> "Canceled " + n, "Cancel adjustment");
        }
    }

    /** Edits what may change of an adjustment: its reason code and whether it went to accounting. */
    public void edit(HistoryLine line) {
        if (line != null) {
            dialogs.edit(line, saving("Saving " + line.adjustmentNumber(), c -> {
                balances.update(c);
                return c.number();
            }, n -> "Saved " + n));
        }
    }

    /** Writes the lines matching the filter to {@code target} as CSV, in the background. */
    public void export(Path target) {
        change("Exporting the history", () -> Exports.HISTORY.write(target, allLines(), exportFooter.get()),
                n -> "Exported " + Text.count(n, "line") + " to " + target.getFileName(), "Export");
    }

    /** The signed-in user: the page disables what their role does not allow. */
    public UserContext user() {
        return user;
    }

    /** Saves a form's command while its dialog waits: a refusal is said in the dialog, which stays open. */
    private <C, T> Saving<C> saving(String label, Function<C, T> work, Function<T, String> done) {
        return (command, saved, refused) -> runner.run(label, () -> work.apply(command), result -> {
            saved.run();
            notice.accept(done.apply(result));
            refresh();
        }, e -> refused.accept(BackgroundExecutor.clerkMessage(e)));
    }

    /**
     * Runs a change in the background; on success says so in the status bar and reloads; a refusal is shown
     * in words under {@code action}.
     */
    private <T> void change(String label, Callable<T> work, Function<T, String> done, String action) {
        runner.run(label, work, result -> {
            notice.accept(done.apply(result));
            refresh();
        }, e -> dialogs.refused(action, BackgroundExecutor.clerkMessage(e)));
    }
}
