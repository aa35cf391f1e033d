package com.settle.ui.accounts;

import com.settle.domain.model.AccountStatus;
import com.settle.domain.model.DiscountTerms;
import com.settle.ui.common.AmountField;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of the New account / Edit account form: binds the fields to the view model. */
public final class AccountFormView {

    private final AccountFormViewModel model;

    @FXML private TextField nameField;
    @FXML private TextField currencyField;
    @FXML private Label currencyNote;
    @FXML private TextField contactField;
    @FXML private TextField emailField;
    @FXML private TextField phoneField;
    @FXML private TextField addressField;
    @FXML private TextField discountPercentField;
    @FXML private TextField discountDaysField;
    @FXML private Label statusLabel;
    @FXML private ChoiceBox<AccountStatus> statusField;
    @FXML private Label errorLabel;

    public AccountFormView(AccountFormViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        currencyField.textProperty().bindBidirectional(model.currencyProperty());
        contactField.textProperty().bindBidirectional(model.contactProperty());
        emailField.textProperty().bindBidirectional(model.emailProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        addressField.textProperty().bindBidirectional(model.addressProperty());
        discountPercentField.textProperty().bindBidirectional(model.discountPercentProperty());
        discountDaysField.textProperty().bindBidirectional(model.discountDaysProperty());
        statusField.getItems().setAll(AccountStatus.values());
        statusField.valueProperty().bindBidirectional(model.statusProperty());
        currencyField.setDisable(model.currencyLocked());
        currencyNote.setText(model.currencyNote());
        show(currencyNote, model.currencyLocked());
        show(statusLabel, !model.isNew());
        show(statusField, !model.isNew());
        errorLabel.textProperty().bind(model.errorProperty());
        AmountField.showError(currencyField, model.currencyErrorProperty().get());
        model.currencyErrorProperty().addListener((o, a, b) -> AmountField.showError(currencyField, b));
        model.termsErrorProperty().addListener((o, a, b) -> {
            AmountField.showError(discountPercentField, b.startsWith(DiscountTerms.PERCENT) ? b : "");
            AmountField.showError(discountDaysField, b.startsWith(DiscountTerms.DAYS) ? b : "");
        });
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The field that has the focus when the form opens. */
    public TextField first() {
        return nameField;
    }
}
