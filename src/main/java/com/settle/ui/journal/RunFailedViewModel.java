package com.settle.ui.journal;

import com.settle.domain.ValidationException;
import com.settle.ui.common.FormModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Mark failed: the note saying what went wrong with a journal run (required, at most 255 characters). */
public final class RunFailedViewModel implements FormModel<String> {

    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public RunFailedViewModel() {
        StringBinding problem = Bindings.createStringBinding(() -> {
            String n = note.get() == null ? "" : note.get().strip();
            return n.isEmpty() ? "Note is required when a run failed: say what went wrong"
                    : n.length() > 255 ? "Note is longer than 255 characters" : "";
        }, note);
        error.bind(problem);
    }

    public StringProperty noteProperty() {
        return note;
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public String result() {
        if (!error.get().isEmpty()) {
            throw new ValidationException("Note", error.get().substring("Note ".length()));
        }
        return note.get().strip();
    }
}
