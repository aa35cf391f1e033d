package com.settle.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * The rows of a list screen as the table sees them: as many as the database query gives, but only the pages on
 * screen (and a few around them) held in memory. A row not yet read is null until its page arrives from a
 * background read; the table then redraws it. Memory stays bounded however long the list is.
 */
public final class PagedList<T> extends ObservableListBase<T> {

    /** Reads rows {@code offset} on, at most {@code limit} of them, in the list's order (on a background thread). */
    @FunctionalInterface
    public interface Source<T> {
        List<T> fetch(int offset, int limit) throws Exception;
    }

    /** Rows per read. */
    public static final int PAGE = 200;
    /** Pages kept: the least recently shown go first. */
    public static final int PAGES_KEPT = 12;
    /** Pages still worth reading when their turn comes: the last few asked for. */
    static final int RECENT = 4;

    private final TaskRunner runner;
    private final String label;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Integer> pending = new HashSet<>();
    /** The pages asked for most recently: a read that waited while the clerk scrolled on is skipped. */
    private final Deque<Integer> recent = new ArrayDeque<>();
    private volatile Set<Integer> wanted = Set.of();
    private Source<T> source = (o, l) -> List.of();
    private int size;
    private long generation;
    private long rowsRead;
    private int skipped;

    public PagedList(TaskRunner runner, String label) {
        this.runner = runner;
        this.label = label;
    }

    /** Starts over with a new result of {@code rows} rows read from {@code from}: nothing old is kept. */
    public void reset(int rows, Source<T> from) {
        generation++;
        pages.clear();
        pending.clear();
        int old = size;
        size = rows;
        source = from;
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, null));
        }
        if (rows > 0) {
            nextAdd(0, rows);
        }
        endChange();
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE;
        List<T> rows = pages.get(page);
        if (rows == null) {
            read(page);
            rows = pages.get(page);
        }
        int at = index - page * PAGE;
        return rows != null && at < rows.size() ? rows.get(at) : null;
    }

    @Override
    public int size() {
        return size;
    }

    private void read(int page) {
        recent.remove(page);
        recent.addFirst(page);
        while (recent.size() > RECENT) {
            recent.removeLast();
        }
        wanted = Set.copyOf(recent);
        if (!pending.add(page)) {
            return;
        }
        long asked = generation;
        Source<T> from = source;
        runner.run(label, () -> wanted.contains(page) ? from.fetch(page * PAGE, PAGE) : null,
                rows -> arrived(asked, page, rows), e -> {
                    if (asked == generation) {
                        pending.remove(page);
                    }
                });
    }

    private void arrived(long asked, int page, List<T> rows) {
        if (asked != generation) {
            return;
        }
        pending.remove(page);
        if (rows == null) {
            skipped++;
            return;
        }
        rowsRead += rows.size();
        pages.put(page, new ArrayList<>(rows));
        while (pages.size() > PAGES_KEPT) {
            Integer eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
        }
        int from = page * PAGE;
        int to = Math.min(size, from + rows.size());
        if (from < to) {
            beginChange();
            for (int i = from; i < to; i++) {
                nextUpdate(i);
            }
            endChange();
        }
    }

    /** Rows read from the database since the list was made (tests count them). */
    public long rowsRead() {
        return rowsRead;
    }

    /** Reads skipped because the clerk had scrolled on before their turn (tests count them). */
    public int skipped() {
        return skipped;
    }

    /**
     * The rows held in memory now, without reading any: what may be measured or looked through without
     * touching the database (iterating the list itself reads every page).
     */
    public List<T> held() {
        List<T> rows = new ArrayList<>();
        pages.values().forEach(rows::addAll);
        return rows;
    }

    /** Pages held now. */
    public int pagesHeld() {
        return pages.size();
    }
}
