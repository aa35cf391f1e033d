package com.settle.ui.settings;

import com.settle.domain.model.AccountingCodeRow;
import javafx.fxml.FXML;
import javafx.util.StringConverter;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of the accounting code form: binds its fields to the view model. */
public final class AccountingCodeFormView {

    private final AccountingCodeFormViewModel model;

    @FXML private TextField codeField;
    @FXML private TextField nameField;
    @FXML private ChoiceBox<String> typeField;
    @FXML private CheckBox defaultField;
    @FXML private Label noteLabel;
    @FXML private Label errorLabel;

    public AccountingCodeFormView(AccountingCodeFormViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(model.codeProperty());
        codeField.setDisable(!model.isNew());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        typeField.getItems().setAll(AccountingCodeRow.TYPES);
        typeField.setConverter(new StringConverter<>() {
            @Override
            public String toString(String type) {
                return type == null ? "" : AccountingCodeRow.label(type);
            }

            @Override
            public String fromString(String label) {
                return AccountingCodeRow.TYPES.stream().filter(t -> AccountingCodeRow.label(t).equals(label))
                        .findFirst().orElse(label);
            }
        });
        typeField.valueProperty().bindBidirectional(model.typeProperty());
        typeField.setDisable(model.typeFixed());
        defaultField.selectedProperty().bindBidirectional(model.isDefaultProperty());
        noteLabel.setText(model.note());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens. */
    public Node first() {
        return model.isNew() ? codeField : nameField;
    }
}
