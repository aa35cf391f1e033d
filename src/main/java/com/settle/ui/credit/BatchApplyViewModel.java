package com.settle.ui.credit;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.model.PlannedCredit;
import com.settle.service.CreditApplicationService;
import com.settle.service.CreditApplicationService.BatchResult;
import com.settle.service.CreditApplicationService.Progress;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Apply credit balances (the batch "without payment runs"): the preview of what goes to which invoice, the
 * run itself (each account its own transaction; Cancel stops between accounts and what was applied stays
 * applied) and what it did, refusals included. The run's threading is the dialog's; this holds the words and
 * the state.
 */
public final class BatchApplyViewModel {

    private final CreditApplicationService credit;
    private final List<PlannedCredit> plan;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<PlannedCredit, BooleanProperty> chosen = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper anyChosen = new ReadOnlyBooleanWrapper();
    private final MoneyText text;

    /** @param plan what {@link CreditApplicationService#previewAll} planned, read in the background */
    public BatchApplyViewModel(CreditApplicationService credit, List<PlannedCredit> plan, MoneyText text) {
        this.credit = credit;
        this.plan = List.copyOf(plan);
        this.text = text;
        for (PlannedCredit p : this.plan) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, a, b) -> recount());
            chosen.put(p, on);
        }
        recount();
    }

    /** Whether the row is applied; unticking leaves its credit on the account and changes no other row. */
    public BooleanProperty chosenProperty(PlannedCredit row) {
        return chosen.get(row);
    }

    private void recount() {
        Map<Currency, Money> sums = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        long n = 0;
        for (PlannedCredit p : plan) {
            if (chosen.get(p).get()) {
                sums.merge(p.amount().currency(), p.amount(), Money::plus);
                n++;
            }
        }
        anyChosen.set(n > 0);
        totals.set(plan.isEmpty() ? "" : n == 0 ? "No application chosen."
                : "To apply: " + sums.values().stream().map(text::display).collect(Collectors.joining(" · "))
                + " in " + n + (n == 1 ? " application" : " applications")
                + (n < plan.size() ? " (" + (plan.size() - n) + " left out)" : ""));
    }

    /** The chosen rows' credit summed per currency, and how many rows: "To apply: $1,200.00 · €80.00 in 5 …". */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** True while at least one row is chosen. */
    public ReadOnlyBooleanProperty anyChosenProperty() {
        return anyChosen.getReadOnlyProperty();
    }

    public List<PlannedCredit> plan() {
        return plan;
    }

    public String header() {
        return plan.isEmpty() ? "No account has both a credit balance and an open invoice."
                : Text.count(plan.size(), "application") + " over " + Text.count(plan.stream()
                .map(PlannedCredit::accountNumber).distinct().count(), "account") + ", oldest invoice first. Nothing is saved until you press Apply.";
    }

    /** Apply is offered once, and only when there is something to apply. */
    public boolean canApply() {
        return anyChosen.get() && !running.get() && !finished.get();
    }

    /** Marks the run as started (on the FX thread, as Apply is pressed), so that Cancel stops it from now on. */
    public void start() {
        running.set(true);
    }

    /** The run, on a background thread: every queued account, reporting progress; stops when asked to. */
    public BatchResult apply(Progress progress) {
        Set<String> leaveOut = plan.stream().filter(p -> !chosen.get(p).get()).map(PlannedCredit::invoiceNumber)
                .collect(Collectors.toSet());
        return credit.applyAll(progress, stop::get, leaveOut);
    }

    /** Asks a running batch to stop between accounts; true when there was one to stop. */
    public boolean cancel() {
        if (!running.get()) {
            return false;
        }
        stop.set(true);
        return true;
    }

    /** What the run did; the status line says it, refusals one per line. */
    public String finished(BatchResult r) {
        running.set(false);
        finished.set(true);
        StringBuilder text = new StringBuilder((r.canceled() ? "Canceled after " : "Done: ")
                + Text.count(r.applied().size(), "application") + " over " + Text.count(r.accounts(), "account") + "; " + r.refused().size() + " refused.");
        r.refused().forEach(s -> text.append("\n").append(s));
        status.set(text.toString());
        return "Applied credit: " + Text.count(r.applied().size(), "application") + ", " + r.refused().size() + " refused";
    }

    /** The run stopped on an error: says so. */
    public void failed(String message) {
        running.set(false);
        finished.set(true);
        status.set("Stopped: " + message);
    }

    /** Progress as the run reports it. */
    public static String progress(int done, int total) {
        return "Applied credit on " + done + " of " + Text.count(total, "account");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** What the run did, once it is over. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
