package com.settle.ui.credit;

import com.settle.domain.model.PlannedCredit;
import com.settle.ui.common.AmountField;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** Controller of the Apply to invoice form: binds its fields to the view model. */
public final class CreditApplyView {

    private final CreditApplyViewModel model;
    private AmountField amountField;

    @FXML private ComboBox<PlannedCredit> invoiceField;
    @FXML private Label amountLabel;
    @FXML private StackPane amountHolder;
    @FXML private DatePicker dateField;
    @FXML private Label errorLabel;

    public CreditApplyView(CreditApplyViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        invoiceField.getItems().setAll(model.choices());
        invoiceField.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlannedCredit p) {
                return model.label(p);
            }

            @Override
            public PlannedCredit fromString(String s) {
                return null;
            }
        });
        invoiceField.valueProperty().bindBidirectional(model.invoiceProperty());
        amountField = new AmountField(model.amount());
        amountField.setId("amountField");
        amountHolder.getChildren().add(amountField);
        amountLabel.setLabelFor(amountField);
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens: the amount. */
    public AmountField first() {
        return amountField;
    }
}
