package com.settle.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.InlineRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** A paged list reads only the pages asked for and keeps a bounded number of them. */
class PagedListTest {

    final List<int[]> reads = new ArrayList<>();

    /** Runs each piece of work only when the test says so, as a background thread would later. */
    private static final class Deferred implements TaskRunner {
        private final InlineRunner now = new InlineRunner();
        private final List<Runnable> later;

        Deferred(List<Runnable> later) {
            this.later = later;
        }

        @Override
        public <T> void run(String label, Callable<T> work, Consumer<T> ok) {
            run(label, work, ok, e -> { });
        }

        @Override
        public <T> void run(String label, Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
            later.add(() -> now.run(label, work, ok, failed));
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return now.busyProperty();
        }
    }

    private PagedList.Source<Integer> numbers(int size) {
        return (offset, limit) -> {
            reads.add(new int[] {offset, limit});
            return IntStream.range(offset, Math.min(size, offset + limit)).boxed().toList();
        };
    }

    @Test
    void onlyThePagesShownAreReadAndABoundedNumberIsKept() {
        PagedList<Integer> list = new PagedList<>(new InlineRunner(), "Loading numbers");
        list.reset(500_000, numbers(500_000));
        assertThat(list).hasSize(500_000);
        assertThat(reads).as("nothing read until a row is asked for").isEmpty();
        assertThat(list.get(0)).isZero();
        assertThat(list.get(PagedList.PAGE - 1)).isEqualTo(PagedList.PAGE - 1);
        assertThat(reads).hasSize(1);
        // Scrolling from top to bottom, a screen of 30 rows at a time.
        for (int top = 0; top < 500_000; top += 30) {
            for (int i = top; i < Math.min(500_000, top + 30); i++) {
                assertThat(list.get(i)).isEqualTo(i);
            }
            assertThat(list.pagesHeld()).isLessThanOrEqualTo(PagedList.PAGES_KEPT);
        }
        assertThat(list.rowsRead()).as("every row read once, none twice").isEqualTo(500_000);
        assertThat(list.get(499_999)).isEqualTo(499_999);
        assertThat(list.rowsRead()).as("the last page is still held").isEqualTo(500_000);
        assertThat(list.get(0)).isZero();
        assertThat(list.rowsRead()).as("the first page was let go, and is read again").isEqualTo(500_000
                + PagedList.PAGE);
    }

    @Test
    void aResetDropsEverythingAndAnAnswerToAnOlderQuestionIsIgnored() {
        List<Runnable> later = new ArrayList<>();
        TaskRunner deferred = new Deferred(later);
        PagedList<Integer> list = new PagedList<>(deferred, "Loading numbers");
        list.reset(1000, numbers(1000));
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                changes.add(c.wasUpdated() ? "updated " + c.getFrom() + "-" + c.getTo() : "replaced");
            }
        });
        assertThat(list.get(5)).as("not read yet").isNull();
        list.reset(10, (offset, limit) -> List.of(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10));
        later.remove(0).run();
        assertThat(changes).as("the old page arrived after the reset: dropped").containsExactly("replaced");
        assertThat(list.get(5)).isNull();
        later.remove(0).run();
        assertThat(list.get(5)).isEqualTo(-6);
        assertThat(changes).containsExactly("replaced", "updated 0-10");
    }

    @Test
    void aPageTheClerkScrolledPastBeforeItsTurnIsNotRead() {
        List<Runnable> later = new ArrayList<>();
        TaskRunner deferred = new Deferred(later);
        PagedList<Integer> list = new PagedList<>(deferred, "Loading numbers");
        list.reset(500_000, numbers(500_000));
        for (int page = 0; page < 10; page++) {
            assertThat(list.get(page * PagedList.PAGE)).isNull();
        }
        later.forEach(Runnable::run);
        assertThat(reads).as("only the last pages asked for").hasSize(PagedList.RECENT);
        assertThat(list.skipped()).isEqualTo(10 - PagedList.RECENT);
        assertThat(list.get(0)).as("asked again: read now").isNull();
        later.get(later.size() - 1).run();
        assertThat(list.get(0)).isZero();
    }
}
