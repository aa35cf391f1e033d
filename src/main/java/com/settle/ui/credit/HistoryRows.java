package com.settle.ui.credit;

import com.settle.domain.model.HistoryLine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * The rows of a credit balance history of any length, loaded a page at a time as the table asks for
 * them. A row not loaded yet is null (an empty row) until its page arrives from the background; the
 * table never waits and never holds more than the pages it has shown.
 */
public final class HistoryRows extends ObservableListBase<HistoryLine> {

    /** Rows per page. */
    public static final int PAGE = 100;

    /** Loads the lines numbered {@code fromSeq..toSeq} in the background and hands them to the callback on the FX thread. */
    public interface PageLoader {
        void load(int fromSeq, int toSeq, Consumer<List<HistoryLine>> done);
    }

    private final int[] seqs;
    private final PageLoader loader;
    private final Map<Integer, HistoryLine> loaded = new HashMap<>();
    private final Set<Integer> requested = new HashSet<>();

    /** @param seqs the line numbers shown, newest first */
    public HistoryRows(int[] seqs, PageLoader loader) {
        this.seqs = seqs;
        this.loader = loader;
    }

    @Override
    public HistoryLine get(int index) {
        HistoryLine line = loaded.get(seqs[index]);
        if (line == null) {
            request(index / PAGE);
        }
        return line;
    }

    @Override
    public int size() {
        return seqs.length;
    }

    private void request(int page) {
        if (!requested.add(page)) {
            return;
        }
        int start = page * PAGE;
        int end = Math.min(seqs.length, start + PAGE);
        loader.load(seqs[end - 1], seqs[start], lines -> {
            for (HistoryLine l : lines) {
                loaded.put(l.seq(), l);
            }
            beginChange();
            for (int i = start; i < end; i++) {
                nextSet(i, null); // a replacement, so that the table redraws the rows
            }
            endChange();
        });
    }
}
