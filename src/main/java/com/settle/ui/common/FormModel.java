package com.settle.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A form dialog's view model: the first problem with what is typed (naming the field; empty when the form
 * can be saved) and what the form gives when the clerk presses its main button.
 */
public interface FormModel<R> {

    ReadOnlyStringProperty errorProperty();

    R result();

    /**
     * The one-line question asked before the form's result moves money or changes the books ("Refund $20.00 of
     * P-… to Acme?"), or null when the main button needs no second step.
     */
    default String confirmation() {
        return null;
    }
}
