package com.settle.ui.common;

import com.settle.domain.Text;
import com.settle.domain.listing.Batches;
import com.settle.domain.listing.ListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.Listing;
import com.settle.domain.listing.SearchWords;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of a list screen whose rows stay in the database: the search text, the sort, the count, and a
 * {@link PagedList} that reads only what is on screen. Every change of the search, a filter or the sort asks the
 * database again (in the background); an answer to an older question is dropped.
 *
 * @param <T> a row
 * @param <Q> the list's query (search words, filters, sort)
 */
public abstract class PagedListViewModel<T, Q extends ListQuery> {

    private final TaskRunner runner;
    private final String label;
    private final PagedList<T> rows;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nothingFound = new ReadOnlyStringWrapper("");
    private final Locale locale;
    private final Listing<Q, T> listing;
    private final Q all;
    private ListSort sort = ListSort.natural();
    private Q shown;
    private long asked;

    /**
     * @param listing where the rows are read (a service)
     * @param all     the query with no search and no filter, for the count of every row
     */
    protected PagedListViewModel(TaskRunner runner, String label, Locale locale, Listing<Q, T> listing, Q all) {
        this.runner = runner;
        this.listing = listing;
        this.all = all;
        this.label = label;
        this.locale = locale;
        this.rows = new PagedList<>(runner, label);
        filter.addListener((o, a, b) -> refresh());
    }

    /** The query for the search words and sort with the screen's filters as they are now. */
    protected abstract Q query(SearchWords search, ListSort sort);


    private record Counts(int rows, int total) {
    }

    /** Asks the database again: the count, then the rows as the table shows them. */
    public void refresh() {
        Q q = query(SearchWords.parse(filter.get(), locale), sort);
        long mine = ++asked;
        runner.run(label, () -> {
            int n = listing.count(q);
            return new Counts(n, q.narrowed() ? listing.count(all) : n);
        }, c -> {
            if (mine != asked) {
                return;
            }
            shown = q;
            rows.reset(c.rows(), (offset, limit) -> listing.page(q, offset, limit));
            count.set(c.rows() == c.total() ? Text.count(c.total(), "row", locale)
                    : NumberFormat.getIntegerInstance(locale).format(c.rows()) + " of "
                    + Text.count(c.total(), "row", locale));
            nothingFound.set(c.rows() > 0 || c.total() == 0 ? "" : "Nothing matches" + (Text.isBlank(filter.get())
                    ? " the filters" : " \u201c" + filter.get().strip() + "\u201d") + ". Clear the search (Escape)"
                    + " or the filters to see all " + Text.count(c.total(), "row") + ".");
        });
    }

    /** Sorts by a column's key (null: the list's own order); asks again only when the sort changed. */
    public void sort(ListSort by) {
        ListSort s = by == null ? ListSort.natural() : by;
        if (!s.equals(sort)) {
            sort = s;
            refresh();
        }
    }

    /**
     * Every row of the result shown, read in batches as it is iterated (on a background thread): what Export
     * writes, without holding the list.
     */
    public Iterable<T> everyRow() {
        Q q = shown != null ? shown : query(SearchWords.parse(filter.get(), locale), sort);
        return Batches.every((offset, limit) -> listing.page(q, offset, limit));
    }

    public PagedList<T> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** What the table says when the search or the filters leave nothing of the rows; "" otherwise. */
    public ReadOnlyStringProperty nothingFoundProperty() {
        return nothingFound.getReadOnlyProperty();
    }
}
