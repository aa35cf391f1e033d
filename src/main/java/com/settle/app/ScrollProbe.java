package com.settle.app;

import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For {@code settle bench --scale}: with {@code -Dsettle.scroll.probe}, once the books are open, shows the
 * Payments list at 1024×700 and drags it from its top to its end in {@link #STEPS} steps (as a clerk dragging the
 * scroll bar), waiting at each step until the rows in view are shown; then the same with a plain table of as many
 * rows and columns, of the same row height, made in memory (the raw baseline: JavaFX itself). Prints, for each, the frames the FX thread drew, the
 * longest and the 99th percentile of the time between two frames, and the slowest wait for rows; then quits.
 */
final class ScrollProbe {

    static final String PROPERTY = "settle.scroll.probe";
    static final int STEPS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ScrollProbe.class);

    private ScrollProbe() {
    }

    static void attach(Stage stage, ObservableValue<Services> services) {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        services.addListener((o, a, b) -> {
            if (b != null && a == null) {
                Thread probe = new Thread(() -> run(stage), "scroll-probe");
                probe.setDaemon(true);
                probe.start();
            }
        });
    }

    private static void run(Stage stage) {
        try {
            onFx(() -> {
                stage.setWidth(1024);
                stage.setHeight(700);
                ((ButtonBase) stage.getScene().lookup("#navPayments")).fire();
                return null;
            });
            TableView<?> payments = until(() -> {
                TableView<?> t = (TableView<?>) stage.getScene().lookup("#paymentsTable");
                return t != null && !t.getItems().isEmpty() && t.getItems().get(0) != null ? t : null;
            });
            long checkedAfter = untilChecked();
            System.out.println("payments " + drag(payments) + " waitedForCheckMs=" + checkedAfter);
            int rows = onFx(() -> payments.getItems().size());
            int columns = onFx(() -> payments.getColumns().size());
            double rowHeight = onFx(payments::getFixedCellSize);
            TableView<Integer> plain = onFx(() -> {
                TableView<Integer> t = plainTable(rows, columns);
                t.setFixedCellSize(rowHeight);
                stage.setScene(new Scene(t));
                return t;
            });
            System.out.println("plain " + drag(plain));
        } catch (Exception e) {
            LOG.error("The scroll probe failed", e);
            System.out.println("failed " + e);
        } finally {
            System.out.flush();
            Platform.exit();
        }
    }

    /**
     * Waits (at most a minute) until the startup check of the books' totals is over: on two cores it takes one for a
     * few seconds after the books open, and the drag measures the list, not that check. How long it waited.
     */
    private static long untilChecked() throws InterruptedException {
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.MINUTES.toNanos(1);
        int quiet = 0;
        while (quiet < 4 && System.nanoTime() < end) {
            boolean checking = Thread.getAllStackTraces().keySet().stream().anyMatch(t ->
                    t.getName().equals(BackgroundExecutor.BESIDE_THREAD) && t.getState() == Thread.State.RUNNABLE);
            quiet = checking ? 0 : quiet + 1;
            Thread.sleep(50);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** The time between two frames, and the step of the drag it ended in. */
    private record Frame(long nanos, int step) {
    }

    /** Drags the table from top to end; the frames and waits seen. */
    private static String drag(TableView<?> table) throws Exception {
        List<Frame> gaps = Collections.synchronizedList(new ArrayList<>());
        int[] currentStep = {0};
        AnimationTimer frames = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(new Frame(now - last, currentStep[0]));
                }
                last = now;
            }
        };
        onFx(() -> {
            frames.start();
            return null;
        });
        int rows = onFx(() -> table.getItems().size());
        long slowestWait = 0;
        for (int step = 0; step <= STEPS; step++) {
            int row = (int) ((long) (rows - 1) * step / STEPS);
            long t0 = System.nanoTime();
            int thisStep = step;
            onFx(() -> {
                currentStep[0] = thisStep;
                table.scrollTo(row);
                return null;
            });
            until(() -> table.getItems().get(row) != null ? Boolean.TRUE : null);
            slowestWait = Math.max(slowestWait, System.nanoTime() - t0);
            Thread.sleep(20);
        }
        onFx(() -> {
            frames.stop();
            return null;
        });
        List<Frame> sorted = new ArrayList<>(gaps);
        sorted.sort(Comparator.comparingLong(Frame::nanos));
        Frame longest = sorted.isEmpty() ? new Frame(0, 0) : sorted.get(sorted.size() - 1);
        long p99 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)).nanos();
        List<Frame> over = gaps.stream().filter(g -> g.nanos() > TimeUnit.MILLISECONDS.toNanos(100)).toList();
        System.out.println("slow frames (step:ms) " + over.stream().map(g -> g.step() + ":" + g.nanos() / 1_000_000)
                .collect(Collectors.joining(",")));
        Runtime r = Runtime.getRuntime();
        return String.format(Locale.ROOT, "rows=%d steps=%d rowHeight=%.1f frames=%d over100=%d longest=%.1f longestStep=%d p99=%.1f slowestWait=%.1f heapMb=%d",
                rows, STEPS, table.getFixedCellSize(), sorted.size(), over.size(), longest.nanos() / 1e6, longest.step(),
                p99 / 1e6, slowestWait / 1e6,
                (r.totalMemory() - r.freeMemory()) >> 20);
    }

    /** As many rows as the list, each cell's text made when shown: what JavaFX costs without the books. */
    private static TableView<Integer> plainTable(int rows, int columns) {
        List<Integer> indexes = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            indexes.add(i);
        }
        TableView<Integer> table = new TableView<>(FXCollections.observableList(indexes));
        for (int c = 0; c < columns; c++) {
            int column = c;
            TableColumn<Integer, String> col = new TableColumn<>("Column " + c);
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(String.format(Locale.US, "%,d.%02d",
                    f.getValue() * 31L + column, column)));
            table.getColumns().add(col);
        }
        return table;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(work.call());
            } catch (Exception | Error e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(30, TimeUnit.SECONDS);
    }

    /** Asks on the FX thread every 5 ms until the answer is not null (at most 30 s). */
    private static <T> T until(Callable<T> question) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            T answer = onFx(question);
            if (answer != null) {
                return answer;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the screen did not show its rows within 30 s");
    }
}
