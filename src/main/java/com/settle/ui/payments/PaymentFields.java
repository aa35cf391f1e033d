package com.settle.ui.payments;

import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.PaymentMethod;
import com.settle.ui.common.AmountField;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.SearchableComboBox;

/** The fields of a payment received (New payment, Receive payment), bound to its view model the one way. */
final class PaymentFields {

    /** The controls a payment form lays out, wherever it puts them. */
    record Controls(SearchableComboBox<AccountSummary> account, Label amountLabel, StackPane amountHolder,
                    DatePicker date, ChoiceBox<PaymentMethod> method, TextField reference, TextField comment) {
    }

    private PaymentFields() {
    }

    static void bind(Controls c, NewPaymentViewModel model) {
        AccountChoices.install(c.account(), model.accounts(), model.accountProperty());
        AmountField amountField = new AmountField(model.amount());
        amountField.setId("amountField");
        c.amountHolder().getChildren().add(amountField);
        c.amountLabel().setLabelFor(amountField);
        c.date().valueProperty().bindBidirectional(model.dateProperty());
        c.method().getItems().setAll(PaymentMethod.values());
        c.method().valueProperty().bindBidirectional(model.methodProperty());
        c.reference().textProperty().bindBidirectional(model.referenceProperty());
        c.comment().textProperty().bindBidirectional(model.commentProperty());
    }
}
