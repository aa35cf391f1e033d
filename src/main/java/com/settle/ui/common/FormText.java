package com.settle.ui.common;

import com.settle.domain.ValidationException;
import javafx.beans.property.StringProperty;

/** What the form view models share: an optional field's value, and a domain check's refusal as words. */
public final class FormText {

    private FormText() {
    }

    /** The trimmed text, or null when nothing is typed (the service then takes its default). */
    public static String optional(StringProperty text) {
        String s = text.get();
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The refusal of {@code check}, naming its field, or "" when it passes. */
    public static String refusal(Runnable check) {
        try {
            check.run();
            return "";
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }
}
