package com.settle.ui.journal;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of the Mark failed form. */
public final class RunFailedView {

    private final RunFailedViewModel model;

    @FXML private TextField noteField;
    @FXML private Label errorLabel;

    public RunFailedView(RunFailedViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        noteField.textProperty().bindBidirectional(model.noteProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** Where the clerk starts typing. */
    public TextField first() {
        return noteField;
    }
}
