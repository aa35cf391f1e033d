package com.settle.ui.payments;

import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.PaymentMethod;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.SearchableComboBox;

/** Controller of the New payment form: the account list is searchable by number or name. */
public final class NewPaymentView {

    private final NewPaymentViewModel model;

    @FXML private SearchableComboBox<AccountSummary> accountChoice;
    @FXML private Label amountLabel;
    @FXML private StackPane amountHolder;
    @FXML private DatePicker dateField;
    @FXML private ChoiceBox<PaymentMethod> methodField;
    @FXML private TextField referenceField;
    @FXML private TextField commentField;
    @FXML private Label errorLabel;

    public NewPaymentView(NewPaymentViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        PaymentFields.bind(new PaymentFields.Controls(accountChoice, amountLabel, amountHolder, dateField, methodField,
                referenceField, commentField), model);
        errorLabel.textProperty().bind(model.errorProperty());
    }

    /** The field that has the focus when the form opens: the account. */
    public SearchableComboBox<AccountSummary> first() {
        return accountChoice;
    }
}
