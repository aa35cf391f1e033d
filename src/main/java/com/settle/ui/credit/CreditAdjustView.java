package com.settle.ui.credit;

import com.settle.domain.model.AdjustmentType;
import com.settle.ui.common.AmountField;
import com.settle.ui.common.ReasonChooser;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/** Controller of the Adjust balance form: binds its fields to the view model. */
public final class CreditAdjustView {

    private final CreditAdjustViewModel model;
    private AmountField amountField;

    @FXML private ChoiceBox<AdjustmentType> typeField;
    @FXML private Label amountLabel;
    @FXML private StackPane amountHolder;
    @FXML private DatePicker dateField;
    @FXML private ComboBox<String> reasonField;
    @FXML private TextField accountingField;
    @FXML private TextField commentField;
    @FXML private Label errorLabel;

    public CreditAdjustView(CreditAdjustViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        typeField.getItems().setAll(AdjustmentType.values());
        typeField.valueProperty().bindBidirectional(model.typeProperty());
        amountField = new AmountField(model.amount());
        amountField.setId("amountField");
        amountHolder.getChildren().add(amountField);
        amountLabel.setLabelFor(amountField);
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        ReasonChooser.install(reasonField, model.reasonCodes(), model.reasonProperty());
        accountingField.textProperty().bindBidirectional(model.accountingProperty());
        commentField.textProperty().bindBidirectional(model.commentProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens: the amount. */
    public AmountField first() {
        return amountField;
    }
}
