package com.settle.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.listing.ListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.Listing;
import com.settle.domain.listing.SearchWords;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.junit.jupiter.api.Test;

/** A search typed key by key asks the database once, for what was typed last. */
class PagedListViewModelTest {

    /** Work queued as a single background thread queues it, run when the test says. */
    private static final class QueuedRunner implements TaskRunner {
        final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess) {
            run(label, work, onSuccess, e -> {
                throw new AssertionError(e);
            });
        }

        @Override
        public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }
    }

    private record Words(String text, boolean narrowed) implements ListQuery {
    }

    private static final class Asked implements Listing<Words, String> {
        final List<String> counts = new ArrayList<>();

        @Override
        public int count(Words q) {
            counts.add(q.text());
            return q.narrowed() ? 1 : 500_000;
        }

        @Override
        public List<String> page(Words q, int offset, int limit) {
            return List.of("P-00250278");
        }
    }

    private static final class Model extends PagedListViewModel<String, Words> {
        Model(TaskRunner runner, Asked asked) {
            super(runner, "Loading", Locale.US, asked, new Words("", false));
        }

        @Override
        protected Words query(SearchWords search, ListSort sort) {
            String text = String.join(" ", search.words().stream().map(SearchWords.Word::text).toList());
            return new Words(text, !text.isEmpty());
        }
    }

    @Test
    void keysTypedBeforeTheSearchRunsAreNotAskedOneByOne() {
        QueuedRunner runner = new QueuedRunner();
        Asked asked = new Asked();
        Model model = new Model(runner, asked);
        for (String typed : List.of("2", "25", "250", "2502", "25027", "250278")) {
            model.filterProperty().set(typed);
        }
        assertThat(model.searchingProperty().get()).as("Enter opens nothing until the answer is shown").isTrue();
        runner.runAll();
        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(asked.counts).as("only the last search reaches the database (with the count of all rows)")
                .containsExactly("250278", "");
        assertThat(model.countProperty().get()).isEqualTo("1 of 500,000 rows");

        model.refresh();
        runner.runAll();
        assertThat(asked.counts).as("a refresh asks at once").hasSize(4);
    }
}
