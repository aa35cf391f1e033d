package com.settle.ui.common;

import com.settle.domain.Text;
import com.settle.domain.listing.Batches;
import com.settle.domain.listing.ListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.Listing;
import com.settle.domain.listing.SearchWords;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final Locale locale;
    private final Listing<Q, T> listing;
    private final Q all;
    private ListSort sort = ListSort.natural();
    /** The query whose answer the list shows (null before the first). */
    private final ReadOnlyObjectWrapper<Q> shown = new ReadOnlyObjectWrapper<>();
    /** The number of the latest question; read by the background work to drop a question already superseded. */
    private volatile long asked;

    /**
     * How long typing must pause before a search asks the database. Each key asked on its own before: the first
     * digits of a number are broad words that read much of a large file, and the number itself waited behind them.
     */
    static final long TYPING_PAUSE_MS = 250;

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
        // A cleared search shows every row at once; words typed wait for a pause.
        filter.addListener((o, a, b) -> ask(!Text.isBlank(b)));
    }

    /** The query for the search words and sort with the screen's filters as they are now. */
    protected abstract Q query(SearchWords search, ListSort sort);


    private record Counts(int rows, int total) {
    }

    /** Asks the database again: the count, then the rows as the table shows them. */
    public void refresh() {
        ask(false);
    }

    /**
     * Asks for the rows as the screen is now; {@code typed}: after a pause in the typing. A question superseded
     * before it reaches the database (a newer key, sort or filter) is not asked at all.
     */
    private void ask(boolean typed) {
        Q q = query(SearchWords.parse(filter.get(), locale), sort);
        long mine = ++asked;
        searching.set(true);
        runner.runThen(label, () -> {
            if (typed && mine == asked && !pause()) {
                return null;
            }
            if (mine != asked) {
                return null;
            }
            int n = listing.count(q);
            return new Counts(n, q.narrowed() ? listing.count(all) : n);
        }, c -> {
            if (c == null || mine != asked) {
                return;
            }
            rows.reset(c.rows(), (offset, limit) -> listing.page(q, offset, limit));
            shown.set(q);
            count.set(c.rows() == c.total() ? Text.count(c.total(), "row", locale)
                    : NumberFormat.getIntegerInstance(locale).format(c.rows()) + " of "
                    + Text.count(c.total(), "row", locale));
            nothingFound.set(c.rows() > 0 || c.total() == 0 ? "" : "Nothing matches" + (Text.isBlank(filter.get())
                    ? " the filters" : " \u201c" + filter.get().strip() + "\u201d") + ". Clear the search (Escape)"
                    + " or the filters to see all " + Text.count(c.total(), "row") + ".");
        }, () -> {
            if (mine == asked) {
                searching.set(false);
            }
        });
    }

    /** Waits for the typing to pause; false when the wait was interrupted (the window closing). */
    private static boolean pause() {
        try {
            Thread.sleep(TYPING_PAUSE_MS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
        Q q = shown.get() != null ? shown.get() : query(SearchWords.parse(filter.get(), locale), sort);
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

    /**
     * The query whose answer the list shows: it changes with the search, a filter or the sort (the table then
     * goes back to its first row), not when the same query is asked again after a change to the books.
     */
    public ReadOnlyObjectProperty<Q> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True from a change of the search, a filter or the sort until its answer is shown. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** What the table says when the search or the filters leave nothing of the rows; "" otherwise. */
    public ReadOnlyStringProperty nothingFoundProperty() {
        return nothingFound.getReadOnlyProperty();
    }
}
