package com.settle.ui.common;

import java.util.function.Consumer;

/**
 * How a form's result is saved while its dialog waits: in the background, then {@code saved} (the dialog
 * closes) or {@code refused} with the reason in words (the dialog stays open with every entry kept).
 * Called on the FX thread; both callbacks run on it.
 */
@FunctionalInterface
public interface Saving<R> {

    void save(R result, Runnable saved, Consumer<String> refused);
}
