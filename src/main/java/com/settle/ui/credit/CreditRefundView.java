package com.settle.ui.credit;

import com.settle.domain.model.PaymentMethod;
import com.settle.ui.common.AmountField;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/** Controller of the Refund credit balance form: binds its fields to the view model. */
public final class CreditRefundView {

    private final CreditRefundViewModel model;
    private AmountField amountField;

    @FXML private Label amountLabel;
    @FXML private StackPane amountHolder;
    @FXML private DatePicker dateField;
    @FXML private ChoiceBox<PaymentMethod> methodField;
    @FXML private TextField referenceField;
    @FXML private TextField commentField;
    @FXML private Label errorLabel;

    public CreditRefundView(CreditRefundViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        amountField = new AmountField(model.amount());
        amountField.setId("amountField");
        amountHolder.getChildren().add(amountField);
        amountLabel.setLabelFor(amountField);
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        methodField.getItems().setAll(PaymentMethod.values());
        methodField.valueProperty().bindBidirectional(model.methodProperty());
        referenceField.textProperty().bindBidirectional(model.referenceProperty());
        commentField.textProperty().bindBidirectional(model.commentProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens: the amount. */
    public AmountField first() {
        return amountField;
    }
}
