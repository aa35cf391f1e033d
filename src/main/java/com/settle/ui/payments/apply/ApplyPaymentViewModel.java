package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.allocation.Allocation;
import com.settle.domain.allocation.Allocator;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.ApplyContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Apply dialog's state, which is exactly the split that will be saved: typed item amounts,
 * document amounts spread over their items by the rule, or an auto-apply over all open documents.
 * Every input is checked as it is typed; totals are live.
 */
public final class ApplyPaymentViewModel {

    private enum Mode { MANUAL, AUTO }

    private final Locale locale;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<ApplicationRule> rule = new SimpleObjectProperty<>(ApplicationRule.FIFO);
    private final ReadOnlyObjectWrapper<Money> total = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Money> remaining = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper firstError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> loaded = new ReadOnlyObjectWrapper<>(false);
    private ApplyRows rows = ApplyRows.empty();
    private final MoneyText text;
    private final ResidualOffers offer;
    private final PaymentPolicy policy;
    private final SplitChecks checks;
    private final Map<ApplyRow, Allocation> spreads = new HashMap<>();
    private ApplyContext context;
    private Currency currency;
    private Money unapplied;
    private Mode mode = Mode.MANUAL;
    private Money autoAmount;
    private Allocation autoAllocation;
    private boolean updating;
    private String autoError = "";
    private final BooleanBinding canApply = Bindings.createBooleanBinding(() -> loaded.get()
            && firstError.get().isEmpty() && total.get() != null && total.get().isPositive(), loaded, firstError, total);

    public ApplyPaymentViewModel(Locale locale, LocalDate today) {
        this.locale = locale;
        this.text = new MoneyText(locale);
        this.offer = new ResidualOffers(text);
        this.policy = new PaymentPolicy(text);
        this.checks = new SplitChecks(locale, policy);
        date.set(today);
        date.addListener((o, a, b) -> changed(null));
        rule.addListener((o, a, b) -> changed(null));
    }

    /**
     * Builds a row per document and per item. Touches nothing on screen, so it runs in the background:
     * with 150,000 items this is the slow part of opening the dialog.
     */
    public ApplyRows prepare(ApplyContext ctx) {
        return new ApplyRows(ctx, this::changed);
    }

    /** Shows prepared rows (on the FX thread). */
    public void install(ApplyRows prepared) {
        updating = true;
        try {
            this.rows = prepared;
            this.context = prepared.context();
            this.currency = context.payment().summary().amount().currency();
            this.unapplied = context.payment().summary().unapplied();
            checks.clear();
            spreads.clear();
            mode = Mode.MANUAL;
            rule.set(context.defaultRule());
        } finally {
            updating = false;
        }
        loaded.set(true);
        refreshTotals();
    }

    /** Prepares and installs at once (tests, and small accounts). */
    public void load(ApplyContext ctx) {
        install(prepare(ctx));
    }

    public List<ApplyRow> documents() {
        return rows.documents();
    }

    public List<ApplyRow> items(ApplyRow document) {
        return rows.items(document);
    }

    private void changed(ApplyRow row) {
        if (updating || context == null) {
            return;
        }
        updating = true;
        try {
            if (row == null) {
                if (mode == Mode.AUTO) {
                    spreadAutomatically(autoAmount);
                } else {
                    rows.documents().forEach(this::recompute);
                }
            } else {
                if (mode == Mode.AUTO) {
                    keepAutoSplitAsTyped(row);
                }
                ApplyRow doc = row.isDocument() ? row : rows.documentOf(row);
                if (row.isDocument()) {
                    items(doc).forEach(i -> i.inputProperty().set(""));
                } else {
                    doc.inputProperty().set("");
                }
                recompute(doc);
            }
            refreshTotals();
        } finally {
            updating = false;
        }
    }

    /** After an auto-apply, the first edit turns the rule's shares into typed item amounts, so nothing moves. */
    private void keepAutoSplitAsTyped(ApplyRow edited) {
        mode = Mode.MANUAL;
        for (ApplyRow doc : rows.documents()) {
            for (ApplyRow item : items(doc)) {
                if (item != edited && item.amountProperty().get().isPositive()) {
                    item.inputProperty().set(plain(item.amountProperty().get()));
                }
            }
            if (doc != edited) {
                doc.inputProperty().set("");
            }
        }
        rows.documents().forEach(this::recompute);
    }

    private void recompute(ApplyRow doc) {
        List<ApplyRow> rows = items(doc);
        spreads.remove(doc);
        boolean byItems = rows.stream().anyMatch(i -> !i.inputProperty().get().isBlank());
        Money sum = Money.zero(currency);
        if (byItems) {
            for (ApplyRow item : rows) {
                Money m = checks.parse(item, currency);
                set(item, m, false);
                sum = sum.plus(m);
            }
            set(doc, sum, true);
            checks.mark(doc, "");
            return;
        }
        Money amount = checks.parse(doc, currency);
        rows.forEach(i -> set(i, Money.zero(currency), true));
        if (amount.isPositive()) {
            try {
                Allocation a = Allocator.allocate(doc.label(), rule.get(), amount, ApplyRows.targets(doc));
                spreads.put(doc, a);
                Map<Long, BigDecimal> shares = new HashMap<>();
                a.shares().forEach(s -> shares.put(s.target().itemId(), s.amount()));
                rows.forEach(i -> set(i, Money.of(shares.get(i.item().id()), currency), true));
            } catch (ValidationException e) {
                checks.mark(doc, e.getMessage());
                amount = Money.zero(currency);
            }
        }
        set(doc, amount, false);
    }

    private void set(ApplyRow row, Money amount, boolean preview) {
        row.amountProperty().set(amount);
        row.previewProperty().set(preview);
    }

    /**
     * Auto-apply as the clerk asked: with {@code replace}, or when nothing is typed, the rule spreads the amount over
     * every open document ({@link #autoApply(Money)}); otherwise the amounts the clerk typed stay and the rule
     * fills only the documents nobody typed in, with the amount (null: what is left to apply).
     */
    public void autoApply(Money amount, boolean replace) {
        if (context == null) {
            return;
        }
        if (replace || rows.nothingTyped()) {
            autoApply(amount);
            return;
        }
        updating = true;
        try {
            fillUntyped(amount);
            refreshTotals();
        } finally {
            updating = false;
        }
    }

    private void fillUntyped(Money amount) {
        // Something is typed, so the dialog is in manual mode: typed rows keep their amounts as they are.
        Money typed = Money.zero(currency);
        for (ApplyRow doc : rows.documents()) {
            typed = rows.untouched(doc) ? typed : typed.plus(doc.amountProperty().get());
        }
        AutoSpread spread = new AutoSpread(rows, date.get(), currency, rows::untouched);
        Money wanted = (amount != null ? amount : unapplied.minus(typed)).min(spread.open());
        autoError = "";
        if (!spread.takes(wanted)) {
            return;
        }
        try {
            spread.byItem(spread.allocate(rule.get(), wanted), currency)
                    .forEach((item, share) -> item.inputProperty().set(plain(share)));
        } catch (ValidationException e) {
            autoError = e.getMessage();
            return;
        }
        rows.documents().forEach(this::recompute);
    }

    /**
     * Spreads {@code amount} (null: all that is unapplied, at most what is open) over every open
     * document dated on or before the effective date, by the rule, as the service will.
     */
    public void autoApply(Money amount) {
        if (context == null) {
            return;
        }
        updating = true;
        try {
            spreadAutomatically(amount);
            refreshTotals();
        } finally {
            updating = false;
        }
    }

    private void spreadAutomatically(Money amount) {
        rows.documents().forEach(d -> {
            d.inputProperty().set("");
            items(d).forEach(i -> i.inputProperty().set(""));
            checks.mark(d, "");
            items(d).forEach(i -> checks.mark(i, ""));
            set(d, Money.zero(currency), true);
            items(d).forEach(i -> set(i, Money.zero(currency), true));
        });
        spreads.clear();
        mode = Mode.AUTO;
        autoAmount = amount;
        autoAllocation = null;
        autoError = "";
        AutoSpread spread = new AutoSpread(rows, date.get(), currency, doc -> true);
        Money wanted = amount != null ? amount : unapplied.min(spread.open());
        if (!spread.takes(wanted)) {
            return;
        }
        try {
            autoAllocation = spread.allocate(rule.get(), wanted);
        } catch (ValidationException e) {
            autoError = e.getMessage();
            return;
        }
        Map<ApplyRow, Money> shares = spread.byItem(autoAllocation, currency);
        shares.forEach((item, share) -> set(item, share, true));
        spread.byDocument(shares).forEach((doc, m) -> set(doc, m, true));
    }

    /** Fills an item with its balance, or with what is left to apply if that is smaller. */
    public void fill(ApplyRow item) {
        if (item.isDocument() || context == null) {
            return;
        }
        Money left = unapplied.minus(total.get()).plus(item.amountProperty().get());
        Money value = item.balance().min(left);
        item.inputProperty().set(value.isPositive() ? plain(value) : "");
    }

    private void refreshTotals() {
        Money sum = Money.zero(currency);
        for (ApplyRow d : rows.documents()) {
            sum = sum.plus(d.amountProperty().get());
        }
        // Remaining, the offer and the error first: listeners of the total read them.
        remaining.set(unapplied.minus(sum));
        offer.update(rows.documents(), date.get(), context.residuals(), remaining.get());
        firstError.set(validate(sum));
        total.set(sum);
    }

    private String validate(Money sum) {
        if (mode == Mode.AUTO && !autoError.isEmpty()) {
            return autoError;
        }
        return checks.firstProblem(rows, date.get(), sum, unapplied);
    }

    private String plain(Money m) {
        return text.plain(m);
    }

    /** The command that saves exactly what the dialog shows, with the versions it was loaded at. */
    public ApplyCommand command() {
        return SplitReport.command(rows, mode == Mode.AUTO ? autoAllocation : null, spreads, date.get(), rule.get());
    }

    /** The confirmation's question: how many documents and items, the total, what stays unapplied. */
    public String confirmation() {
        return SplitReport.confirmation(rows, total.get(), remaining.get(), text) + offer.confirmation();
    }

    /** Where the total goes, in words: "2 documents (3 items)". */
    public String spread() {
        return SplitReport.spread(rows);
    }

    /** The offers to settle what stays open in the same step: the early-payment discount and a write-off. */
    public ResidualOffers residualOffers() {
        return offer;
    }

    /**
     * Receive payment: what the new payment brings changes as the clerk types it. While the clerk has typed no
     * amount (or after an auto-apply), the rule spreads it again; typed amounts are never replaced.
     */
    public void available(Money amount) {
        if (context == null) {
            return;
        }
        unapplied = amount == null ? Money.zero(currency) : amount;
        if (mode == Mode.AUTO || rows.nothingTyped()) {
            autoApply(unapplied.isPositive() ? null : Money.zero(currency));
        } else {
            refreshTotals();
        }
    }

    /** The Explain table of the split as shown: the rule's summary and why each item gets its share. */
    public Explanation explain() {
        return SplitReport.table(rows, mode == Mode.AUTO ? autoAllocation : null, spreads, rule.get(), text);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<ApplicationRule> ruleProperty() {
        return rule;
    }

    public ReadOnlyObjectProperty<Money> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Money> remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public Money unapplied() {
        return unapplied;
    }

    /** The first problem, naming the field; empty when the dialog can apply. */
    public ReadOnlyStringProperty errorProperty() {
        return firstError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when everything is valid and something is to be applied. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }
}
