package com.settle.ui.payments;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.Overpayment;
import com.settle.domain.model.PaymentMethod;
import com.settle.ui.common.ViewLoader;
import com.settle.ui.payments.apply.ApplyPaymentView;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.SearchableComboBox;

/** Controller of the Receive payment window; the rules are in {@link ReceivePaymentViewModel}. */
public final class ReceivePaymentView {

    private final ReceivePaymentViewModel model;
    private final MoneyText format;
    private final ViewLoader loader;

    @FXML private SearchableComboBox<AccountSummary> accountChoice;
    @FXML private Label amountLabel;
    @FXML private StackPane amountHolder;
    @FXML private DatePicker dateField;
    @FXML private ChoiceBox<PaymentMethod> methodField;
    @FXML private TextField referenceField;
    @FXML private TextField commentField;
    @FXML private StackPane applyHolder;
    @FXML private Label overpaymentLabel;
    @FXML private ChoiceBox<Overpayment> overpaymentChoice;
    @FXML private Label errorLabel;

    public ReceivePaymentView(ReceivePaymentViewModel model, MoneyText format, ViewLoader loader) {
        this.model = model;
        this.format = format;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        PaymentFields.bind(new PaymentFields.Controls(accountChoice, amountLabel, amountHolder, dateField, methodField,
                referenceField, commentField), model.payment());
        ViewLoader.View<ApplyPaymentView> apply = loader.load(ApplyPaymentView.class,
                new ApplyPaymentView(model.apply(), format, loader));
        apply.controller().forNewPayment(model.payment().accountProperty().isNotNull());
        ((Region) apply.root()).setPrefSize(940, 330);
        ((Region) apply.root()).setMinHeight(200);
        applyHolder.getChildren().add(apply.root());
        model.documentsShownProperty().addListener((o, a, b) -> apply.controller().populate());
        overpaymentChoice.getItems().setAll(Overpayment.values());
        overpaymentChoice.valueProperty().bindBidirectional(model.overpaymentProperty());
        model.apply().remainingProperty().addListener((o, a, b) -> leftover(b));
        errorLabel.textProperty().bind(model.errorProperty());
        leftover(null);
    }

    private void leftover(Money left) {
        boolean over = left != null && left.isPositive();
        overpaymentChoice.setDisable(!over);
        overpaymentLabel.setText(over ? "The customer paid " + format.display(left) + " more than the documents"
                + " take; _left over:" : "Nothing _left over:");
    }

    /** The field that has the focus when the window opens: the customer. */
    public SearchableComboBox<AccountSummary> first() {
        return accountChoice;
    }
}
