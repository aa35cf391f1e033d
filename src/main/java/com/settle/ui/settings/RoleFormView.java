package com.settle.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of the Add role form: binds its two fields and its error line. */
public final class RoleFormView {

    private final RoleFormViewModel model;

    @FXML private TextField codeField;
    @FXML private TextField nameField;
    @FXML private Label errorLabel;

    public RoleFormView(RoleFormViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(model.codeProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens. */
    public TextField first() {
        return codeField;
    }
}
