package com.settle.ui.common;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs database and file work off the FX thread and hands the result back on it. View models
 * depend on this interface, so their tests can run the work inline.
 */
public interface TaskRunner {

    /** Long work that says how far it is (0 to 1) and stops when {@code canceled} turns true. */
    @FunctionalInterface
    interface Stoppable<T> {
        T call(DoubleConsumer progress, BooleanSupplier canceled) throws Exception;
    }

    /**
     * Like {@link #run(String, Callable, Consumer, Consumer)} for long work the clerk may stop: the status bar shows
     * its progress and a Cancel button. Canceled, neither callback runs and the status bar says so.
     */
    default <T> void runStoppable(String label, Stoppable<T> work, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure) {
        run(label, () -> work.call(p -> { }, () -> false), onSuccess, onFailure);
    }

    /**
     * @param label     what the status bar says while it runs ("Loading payments")
     * @param work      runs on a background thread
     * @param onSuccess runs on the FX thread with the result
     */
    <T> void run(String label, Callable<T> work, Consumer<T> onSuccess);

    /** Like {@link #run(String, Callable, Consumer)}, with {@code onFailure} on the FX thread instead of the status bar. */
    <T> void run(String label, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Like {@link #run(String, Callable, Consumer, Consumer)} for long work that nobody waits for (the check of the
     * books' totals at opening): it runs beside the screens' work, so no page waits behind it.
     */
    default <T> void runBeside(String label, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(label, work, onSuccess, onFailure);
    }

    /**
     * Like {@link #run(String, Callable, Consumer)}, with {@code ended} run first on the FX thread whether the work
     * succeeded or failed (a failure is then reported as that method reports it).
     */
    default <T> void runThen(String label, Callable<T> work, Consumer<T> onSuccess, Runnable ended) {
        run(label, work, r -> {
            ended.run();
            onSuccess.accept(r);
        }, e -> {
            ended.run();
            failed(label, e);
        });
    }

    /** Reports a failure of work run with {@link #run(String, Callable, Consumer)} (the status bar). */
    default void failed(String label, Throwable e) {
    }

    /** True while any work is running. */
    ReadOnlyBooleanProperty busyProperty();
}
