package com.settle.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A form dialog's view model: the first problem with what is typed (naming the field; empty when the form
 * can be saved) and what the form gives when the clerk presses its main button.
 */
public interface FormModel<R> {

    ReadOnlyStringProperty errorProperty();

    R result();
}
