package com.settle.ui.credit;

import javafx.beans.property.StringProperty;

/** What the credit balance forms share: an optional text field's value. */
final class CreditForms {

    private CreditForms() {
    }

    /** The trimmed text, or null when nothing is typed (the service then takes its default). */
    static String value(StringProperty text) {
        String s = text.get();
        return s == null || s.isBlank() ? null : s.strip();
    }
}
