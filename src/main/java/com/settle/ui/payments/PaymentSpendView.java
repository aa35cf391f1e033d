package com.settle.ui.payments;

import com.settle.domain.model.PaymentMethod;
import com.settle.ui.common.AmountField;
import com.settle.ui.common.ReasonChooser;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/** Controller of the Refund and Transfer to credit balance forms: binds the fields the kind uses. */
public final class PaymentSpendView {

    private final PaymentSpendViewModel model;
    private AmountField amountField;

    @FXML private Label amountLabel;
    @FXML private StackPane amountHolder;
    @FXML private Label dateLabel;
    @FXML private DatePicker dateField;
    @FXML private Label methodLabel;
    @FXML private ChoiceBox<PaymentMethod> methodField;
    @FXML private Label referenceLabel;
    @FXML private TextField referenceField;
    @FXML private ComboBox<String> reasonField;
    @FXML private Label accountingLabel;
    @FXML private TextField accountingField;
    @FXML private TextField commentField;
    @FXML private Label errorLabel;

    public PaymentSpendView(PaymentSpendViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        amountField = new AmountField(model.amount());
        amountField.setId("amountField");
        amountHolder.getChildren().add(amountField);
        amountLabel.setLabelFor(amountField);
        dateLabel.setText(model.kind() == PaymentSpendViewModel.Kind.REFUND ? "Refund _date" : "_Date");
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        methodField.getItems().setAll(PaymentMethod.values());
        methodField.valueProperty().bindBidirectional(model.methodProperty());
        referenceField.textProperty().bindBidirectional(model.referenceProperty());
        ReasonChooser.install(reasonField, model.reasonCodes(), model.reasonProperty());
        accountingField.textProperty().bindBidirectional(model.accountingProperty());
        commentField.textProperty().bindBidirectional(model.commentProperty());
        boolean refund = model.kind() == PaymentSpendViewModel.Kind.REFUND;
        for (Node n : new Node[] {methodLabel, methodField, referenceLabel, referenceField}) {
            show(n, refund);
        }
        show(accountingLabel, !refund);
        show(accountingField, !refund);
        errorLabel.textProperty().bind(model.errorProperty());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The field that has the focus when the form opens: the amount. */
    public AmountField first() {
        return amountField;
    }
}
