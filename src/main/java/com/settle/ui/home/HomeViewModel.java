package com.settle.ui.home;

import com.settle.domain.model.HomeFigures;
import com.settle.service.HomeService;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Home: totals per currency, the aging of one currency's open balances, the work queue count. */
public final class HomeViewModel {

    private final TaskRunner runner;
    private final HomeService home;
    private final ObservableList<HomeFigures> currencies = FXCollections.observableArrayList();
    private final ObjectProperty<HomeFigures> aging = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper queued = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(ADDING_UP);
    private final String preferredCurrency;

    /** @param preferredCurrency the aging chart's first currency when the books have it (the locale's) */
    public HomeViewModel(TaskRunner runner, HomeService home, String preferredCurrency) {
        this.runner = runner;
        this.home = home;
        this.preferredCurrency = preferredCurrency;
    }

    /** What the totals show while they are added up: a large company takes seconds, and is not empty meanwhile. */
    static final String ADDING_UP = "Adding up the books…";
    static final String NO_ACCOUNTS = "No accounts yet";

    public void load() {
        if (currencies.isEmpty()) {
            emptyText.set(ADDING_UP);
        }
        runner.run("Loading Home", home::home, h -> {
            emptyText.set(NO_ACCOUNTS);
            String keep = aging.get() == null ? null : aging.get().currency();
            currencies.setAll(h.currencies());
            // The aging keeps the chosen currency; at first the locale's, else the first one.
            aging.set(currencies.stream().filter(f -> f.currency().equals(keep)).findFirst()
                    .or(() -> currencies.stream().filter(f -> f.currency().equals(preferredCurrency)).findFirst())
                    .orElse(currencies.isEmpty() ? null : currencies.get(0)));
            queued.set(h.queuedAccounts());
        }, e -> emptyText.set(BackgroundExecutor.clerkMessage(e)));
    }

    /** What the totals table says when it has no row: adding up, or no accounts yet. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ObservableList<HomeFigures> currencies() {
        return currencies;
    }

    /** The currency whose aging the chart shows. */
    public ObjectProperty<HomeFigures> agingProperty() {
        return aging;
    }

    /** Accounts with a credit balance and an open invoice (-1 until loaded). */
    public ReadOnlyIntegerProperty queuedProperty() {
        return queued.getReadOnlyProperty();
    }
}
