package com.settle.ui.common;

import com.settle.domain.Money;
import com.settle.domain.Text;
import com.settle.domain.listing.SearchWords;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The state of a searchable list screen: all rows, the search text, the rows that match it and a
 * count. Loading runs through the {@link TaskRunner}; every word of the search must appear in a
 * row's searchable text (case-insensitive). A word written as an amount in the clerk's format
 * ("$1,791.57", "1791.57") is looked for as the plain number the searchable text carries.
 */
public class ListViewModel<T> {

    private final TaskRunner runner;
    private final String label;
    private final Callable<List<T>> loader;
    private final Function<T, String> searchText;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final FilteredList<T> filtered = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nothingFound = new ReadOnlyStringWrapper("");
    private Predicate<T> extra = r -> true;

    public ListViewModel(TaskRunner runner, String label, Callable<List<T>> loader, Function<T, String> searchText) {
        this.runner = runner;
        this.label = label;
        this.loader = loader;
        this.searchText = searchText;
        filter.addListener((o, a, b) -> applyFilter());
        nothingFound.bind(Bindings.createStringBinding(() -> !filtered.isEmpty() || rows.isEmpty() ? ""
                : "Nothing matches" + (filter.get() == null || filter.get().isBlank() ? " the filters"
                : " \u201c" + filter.get().strip() + "\u201d") + ". Clear the search (Escape) or the filters to see"
                + " all " + Text.count(rows.size(), "row") + ".", filtered, rows, filter));
        count.bind(Bindings.createStringBinding(() -> filtered.size() == rows.size()
                ? Text.count(rows.size(), "row") : filtered.size() + " of " + Text.count(rows.size(), "row"), filtered, rows));
    }

    private void applyFilter() {
        SearchWords words = SearchWords.parse(filter.get(), Locale.getDefault(Locale.Category.FORMAT));
        filtered.setPredicate(row -> extra.test(row) && words.matches(searchText.apply(row).toLowerCase(Locale.ROOT)));
    }

    /** The row's amounts as plain numbers, for its searchable text: " 1791.57 0.00". */
    protected static String amounts(Money... amounts) {
        StringBuilder text = new StringBuilder();
        for (Money m : amounts) {
            text.append(' ').append(m.amount().toPlainString());
        }
        return text.toString();
    }

    /** A filter besides the search text (a screen's filter controls); re-applied at once. */
    protected void setExtraFilter(Predicate<T> filter) {
        this.extra = filter;
        applyFilter();
    }

    /** Loads the rows again in the background. */
    public void refresh() {
        runner.run(label, loader, rows::setAll);
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public FilteredList<T> filtered() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** What the table says when the search or the filters leave nothing of the rows; "" otherwise. */
    public ReadOnlyStringProperty nothingFoundProperty() {
        return nothingFound.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
