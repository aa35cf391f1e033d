package com.settle.ui.common;

import com.settle.domain.ClerkRefusal;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one background executor for database work: a single thread (one clerk, one database), each
 * job a {@link Task}; the status bar binds to its message, progress and busy flag. Failures are
 * logged with their stack trace and shown as one sentence.
 */
public final class BackgroundExecutor implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);
    /** The name of the thread for long work nobody waits for (the startup check). */
    public static final String BESIDE_THREAD = "settle-check";

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settle-db");
        t.setDaemon(true);
        return t;
    });
    /** Long work nobody waits for, on a thread of its own so that the pages' reads never queue behind it. */
    private final ExecutorService beside = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, BESIDE_THREAD);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private int running;
    private final ReadOnlyBooleanWrapper stoppable = new ReadOnlyBooleanWrapper(false);
    private Task<?> stoppableTask;

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess) {
        run(label, work, onSuccess, e -> failed(label, e));
    }

    @Override
    public void failed(String label, Throwable e) {
        error.set(label + " failed: " + clerkMessage(e));
    }

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(label, new Task<T>() {
            @Override
            protected T call() throws Exception {
                updateMessage(label + "…");
                return work.call();
            }
        }, onSuccess, onFailure);
    }

    @Override
    public <T> void runBeside(String label, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            LOG.error("{} failed", label, task.getException());
            onFailure.accept(task.getException());
        });
        beside.submit(task);
    }

    @Override
    public <T> void runStoppable(String label, Stoppable<T> work, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(label + "… (Cancel stops it)");
                updateProgress(0, 1);
                return work.call(f -> updateProgress(f, 1), this::isCancelled);
            }
        };
        submitStoppable(label, task, onSuccess, onFailure);
    }

    /**
     * Runs a task that reports its own progress and message and that the clerk may stop with the status bar's
     * Cancel, which calls the task's {@code cancel(false)}: a task that must finish its own way when stopped (put
     * back what it closed, then end normally) overrides it.
     */
    public <T> void submitStoppable(String label, Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        stoppableTask = task;
        stoppable.set(true);
        submit(label, task, r -> {
            stopped(task);
            onSuccess.accept(r);
        }, e -> {
            stopped(task);
            onFailure.accept(e);
        });
    }

    private void stopped(Task<?> task) {
        if (stoppableTask == task) {
            stoppableTask = null;
            stoppable.set(false);
        }
    }

    /** Stops the work started by {@link #runStoppable} (it stops at its next step; nothing it did is kept). */
    public void cancel() {
        Task<?> task = stoppableTask;
        if (task != null) {
            stopped(task);
            task.cancel(false);
        }
    }

    /** True while work the clerk may stop runs. */
    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable.getReadOnlyProperty();
    }

    /** Runs a task that reports its own progress (0..1) and message. */
    public <T> void submit(String label, Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running++;
        busy.set(true);
        error.set("");
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            done();
            onSuccess.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            done();
            notice(label + " was canceled; nothing was changed.");
        });
        task.setOnFailed(e -> {
            done();
            Throwable ex = task.getException();
            if (isExpected(ex)) {
                LOG.info("{} refused: {}", label, ex.getMessage());
            } else {
                LOG.error("{} failed", label, ex);
            }
            onFailure.accept(ex);
        });
        executor.submit(task);
    }

    private void done() {
        running--;
        if (running == 0) {
            busy.set(false);
            message.unbind();
            progress.unbind();
            message.set("");
            progress.set(0);
        }
    }

    private static boolean isExpected(Throwable e) {
        return e instanceof ClerkRefusal;
    }

    /** One sentence for the clerk; the stack trace is in the log. */
    public static String clerkMessage(Throwable e) {
        if (isExpected(e)) {
            return e.getMessage();
        }
        return "an unexpected error occurred (" + e.getClass().getSimpleName() + "). The details are in the log file.";
    }

    /** Tells the clerk that something was saved (shown in the status bar until the next job). */
    public void notice(String text) {
        notice.set(LocalTime.now().withNano(0) + "  " + text);
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last failure, as one sentence; empty when the last job succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
        beside.shutdownNow();
    }
}
