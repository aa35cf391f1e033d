package com.settle.ui.payments;

import com.settle.ui.common.AmountField;
import com.settle.ui.common.ReasonChooser;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** Controller of the Unapply form: binds its fields; the amount is fixed when everything is taken back. */
public final class UnapplyView {

    private final UnapplyViewModel model;

    @FXML private ChoiceBox<UnapplyViewModel.Scope> scopeChoice;
    @FXML private Label amountLabel;
    @FXML private StackPane amountHolder;
    @FXML private DatePicker dateField;
    @FXML private ComboBox<String> reasonField;
    @FXML private TextField commentField;
    @FXML private Label errorLabel;

    public UnapplyView(UnapplyViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        scopeChoice.getItems().setAll(model.scopes());
        scopeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnapplyViewModel.Scope s) {
                return s == null ? "" : s.label();
            }

            @Override
            public UnapplyViewModel.Scope fromString(String s) {
                return null;
            }
        });
        scopeChoice.valueProperty().bindBidirectional(model.scopeProperty());
        AmountField amountField = new AmountField(model.amount());
        amountField.setId("amountField");
        amountField.disableProperty().bind(model.amountEditableProperty().not());
        amountHolder.getChildren().add(amountField);
        amountLabel.setLabelFor(amountField);
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        ReasonChooser.install(reasonField, model.reasonCodes(), model.reasonProperty());
        commentField.textProperty().bindBidirectional(model.commentProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens: what to take back. */
    public ChoiceBox<UnapplyViewModel.Scope> first() {
        return scopeChoice;
    }
}
