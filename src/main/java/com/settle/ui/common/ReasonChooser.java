package com.settle.ui.common;

import com.settle.domain.model.ReasonCodes;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A reason code field: a chooser of the active codes for the form's transaction type, shown with their names. */
public final class ReasonChooser {

    private ReasonChooser() {
    }

    public static void install(ComboBox<String> box, ReasonCodes codes, StringProperty reason) {
        box.setEditable(false);
        box.getItems().setAll(codes.options().stream().map(ReasonCodes.Option::code).toList());
        String current = reason.get();
        if (current != null && !current.isBlank() && !box.getItems().contains(current)) {
            box.getItems().add(current);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return codes.label(code);
            }

            @Override
            public String fromString(String label) {
                return codes.options().stream().filter(o -> o.label().equals(label)).map(ReasonCodes.Option::code)
                        .findFirst().orElse(label);
            }
        });
        box.setPromptText(codes.options().isEmpty() ? "No active reason code; add one in Settings" : "Choose a reason");
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(reason);
    }
}
