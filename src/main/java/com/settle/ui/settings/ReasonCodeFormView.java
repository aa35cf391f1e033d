package com.settle.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Controller of the reason code form: binds its fields and a pair of tick boxes per transaction type. */
public final class ReasonCodeFormView {

    private final ReasonCodeFormViewModel model;

    @FXML private TextField codeField;
    @FXML private TextField nameField;
    @FXML private GridPane typesGrid;
    @FXML private Label errorLabel;

    public ReasonCodeFormView(ReasonCodeFormViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(model.codeProperty());
        codeField.setDisable(!model.isNew());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        int row = 1;
        for (ReasonCodeFormViewModel.TypeTick t : model.types()) {
            CheckBox applies = new CheckBox(t.type());
            applies.setId("type" + t.type());
            applies.setMnemonicParsing(false);
            applies.selectedProperty().bindBidirectional(t.applies());
            CheckBox isDefault = new CheckBox("default");
            isDefault.setId("default" + t.type());
            isDefault.selectedProperty().bindBidirectional(t.isDefault());
            isDefault.disableProperty().bind(t.applies().not());
            typesGrid.addRow(row++, applies, isDefault);
        }
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens. */
    public Node first() {
        return model.isNew() ? codeField : nameField;
    }
}
