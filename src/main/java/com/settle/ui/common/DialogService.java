package com.settle.ui.common;

/** Alerts behind an interface, so view models are tested without windows. */
public interface DialogService {

    void information(String title, String header, String text);

    void error(String title, String header, String text);

    /** A text to read, and perhaps copy, in a box that can be resized (an explanation, a report). */
    default void text(String title, String header, String text) {
        information(title, header, text);
    }

    /** Yes or No before money moves: true for Yes (the default button, Enter), false for No (Escape). */
    default boolean confirm(String title, String question) {
        return ask(title, question, null, "Yes");
    }

    /** A warning with a question: true when the clerk chose {@code yes}, false for Close. */
    default boolean ask(String title, String header, String text, String yes) {
        return ask(title, header, text, yes, "Close");
    }

    /**
     * The same with the other answer named {@code no} ("Keep Editing"): true for {@code yes} (the default button,
     * Enter), false for {@code no} (Escape, or closing the question).
     */
    boolean ask(String title, String header, String text, String yes, String no);

    /**
     * A question with several answers: 0 for {@code usual} (the default button, also what Escape and closing
     * the dialog choose), 1 for the first of {@code others}, and so on.
     */
    int choose(String title, String header, String text, String usual, String... others);
}
