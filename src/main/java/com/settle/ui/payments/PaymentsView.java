package com.settle.ui.payments;

import com.settle.csv.Exports;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.PaymentSummary;
import com.settle.domain.model.Permission;
import com.settle.ui.common.Columns;
import com.settle.ui.common.ListExporter;
import com.settle.ui.common.Lists;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.PageController;
import com.settle.ui.common.Permitted;
import java.time.LocalDate;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** Controller of the payments list. */
public final class PaymentsView implements PageController {

    private final PaymentsViewModel model;
    private final MoneyText format;
    private final Navigator navigator;

    @FXML private TextField searchField;
    @FXML private TextField accountFilter;
    @FXML private ChoiceBox<String> statusFilter;
    @FXML private CheckBox unappliedFilter;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker toFilter;
    @FXML private Button newPaymentButton;
    @FXML private Button receivePaymentButton;
    @FXML private Label countLabel;
    @FXML private Button exportButton;
    @FXML private TableView<PaymentSummary> paymentsTable;
    @FXML private TableColumn<PaymentSummary, String> numberColumn;
    @FXML private TableColumn<PaymentSummary, String> accountColumn;
    @FXML private TableColumn<PaymentSummary, LocalDate> dateColumn;
    @FXML private TableColumn<PaymentSummary, String> methodColumn;
    @FXML private TableColumn<PaymentSummary, String> referenceColumn;
    @FXML private TableColumn<PaymentSummary, Money> amountColumn;
    @FXML private TableColumn<PaymentSummary, Money> appliedColumn;
    @FXML private TableColumn<PaymentSummary, Money> unappliedColumn;
    @FXML private TableColumn<PaymentSummary, String> statusColumn;

    private final ListExporter exporter;

    public PaymentsView(PaymentsViewModel model, MoneyText format, Navigator navigator,
                        ListExporter exporter) {
        this.exporter = exporter;
        this.model = model;
        this.format = format;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        Columns.text(numberColumn, PaymentSummary::number);
        Columns.text(accountColumn, p -> p.accountNumber() + "  " + p.accountName());
        Columns.date(dateColumn, PaymentSummary::effectiveDate, format);
        Columns.text(methodColumn, p -> p.method().label());
        Columns.text(referenceColumn, PaymentSummary::reference);
        Columns.money(amountColumn, PaymentSummary::amount, format);
        Columns.money(appliedColumn, PaymentSummary::applied, format);
        Columns.money(unappliedColumn, PaymentSummary::unapplied, format);
        Columns.text(statusColumn, p -> p.status().code());
        numberColumn.setUserData(PaymentListQuery.NUMBER);
        accountColumn.setUserData(PaymentListQuery.ACCOUNT);
        dateColumn.setUserData(PaymentListQuery.DATE);
        methodColumn.setUserData(PaymentListQuery.METHOD);
        referenceColumn.setUserData(PaymentListQuery.REFERENCE);
        amountColumn.setUserData(PaymentListQuery.AMOUNT);
        appliedColumn.setUserData(PaymentListQuery.APPLIED);
        unappliedColumn.setUserData(PaymentListQuery.UNAPPLIED);
        statusColumn.setUserData(PaymentListQuery.STATUS);
        Lists.bind(paymentsTable, searchField, countLabel, model);
        exporter.install(exportButton, model, Exports.PAYMENTS, "payments.csv");
        accountFilter.textProperty().bindBidirectional(model.accountProperty());
        statusFilter.getItems().add(PaymentsViewModel.ALL);
        Arrays.stream(PaymentStatus.values()).map(PaymentStatus::code).forEach(statusFilter.getItems()::add);
        statusFilter.valueProperty().bindBidirectional(model.statusProperty());
        unappliedFilter.selectedProperty().bindBidirectional(model.unappliedOnlyProperty());
        fromFilter.valueProperty().bindBidirectional(model.fromProperty());
        toFilter.valueProperty().bindBidirectional(model.toProperty());
        newPaymentButton.setTooltip(new Tooltip("Record a payment received, to apply later (Ctrl+N)"));
        receivePaymentButton.setTooltip(new Tooltip("Record a payment and apply it to the customer's open invoices"
                + " in one step (Ctrl+R)"));
        Lists.opensOnEnterOrDoubleClick(paymentsTable, p -> navigator.showPayment(p.number()));
    }

    @FXML
    private void receivePayment() {
        navigator.receivePayment();
    }

    @FXML
    private void newPayment() {
        navigator.newPayment();
    }

    @Override
    public void refresh() {
        Permitted.guard(newPaymentButton, model.user(), Permission.PAYMENT_CREATE);
        Permitted.guard(receivePaymentButton, model.user(), Permission.PAYMENT_CREATE);
        model.refresh();
    }

    @Override
    public void focus() {
        searchField.requestFocus();
    }
}
