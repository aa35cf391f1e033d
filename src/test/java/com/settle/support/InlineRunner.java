package com.settle.support;

import com.settle.ui.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs view-model work at once on the calling thread, so view models are tested without a toolkit. */
public final class InlineRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    public Throwable lastFailure;

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess) {
        run(label, work, onSuccess, e -> lastFailure = e);
    }

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void failed(String label, Throwable e) {
        lastFailure = e;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
