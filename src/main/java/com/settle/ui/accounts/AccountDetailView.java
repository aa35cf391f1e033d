package com.settle.ui.accounts;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountDetail;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.PaymentSummary;
import com.settle.domain.model.Permission;
import com.settle.ui.common.Columns;
import com.settle.ui.common.Lists;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.Permitted;
import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * Controller of an account's page: its contact and status, its figures (the credit balance links to its
 * history), and its invoices, debit memos and payments, each opening on Enter or double click.
 */
public final class AccountDetailView {

    private final AccountDetailViewModel model;
    private final MoneyText format;
    private final Navigator navigator;

    @FXML private VBox root;
    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private Button editButton;
    @FXML private Button newDocumentButton;
    @FXML private Button historyButton;
    @FXML private Label currencyValue;
    @FXML private Label contactValue;
    @FXML private Label termsValue;
    @FXML private Label emailValue;
    @FXML private Label phoneValue;
    @FXML private Label addressValue;
    @FXML private Label openValue;
    @FXML private Label unappliedValue;
    @FXML private Hyperlink creditLink;
    @FXML private Label infoLabel;
    @FXML private TableView<DocumentSummary> documentsTable;
    @FXML private TableColumn<DocumentSummary, String> docTypeColumn;
    @FXML private TableColumn<DocumentSummary, String> docNumberColumn;
    @FXML private TableColumn<DocumentSummary, LocalDate> docDateColumn;
    @FXML private TableColumn<DocumentSummary, LocalDate> docDueColumn;
    @FXML private TableColumn<DocumentSummary, Money> docAmountColumn;
    @FXML private TableColumn<DocumentSummary, Money> docBalanceColumn;
    @FXML private TableColumn<DocumentSummary, String> docStatusColumn;
    @FXML private TableView<PaymentSummary> paymentsTable;
    @FXML private TableColumn<PaymentSummary, String> payNumberColumn;
    @FXML private TableColumn<PaymentSummary, LocalDate> payDateColumn;
    @FXML private TableColumn<PaymentSummary, String> payMethodColumn;
    @FXML private TableColumn<PaymentSummary, Money> payAmountColumn;
    @FXML private TableColumn<PaymentSummary, Money> payUnappliedColumn;
    @FXML private TableColumn<PaymentSummary, String> payStatusColumn;

    public AccountDetailView(AccountDetailViewModel model, MoneyText format, Navigator navigator) {
        this.model = model;
        this.format = format;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        Columns.text(docTypeColumn, d -> d.type().label());
        Columns.text(docNumberColumn, DocumentSummary::number);
        Columns.date(docDateColumn, DocumentSummary::documentDate, format);
        Columns.date(docDueColumn, DocumentSummary::dueDate, format);
        Columns.money(docAmountColumn, DocumentSummary::amount, format);
        Columns.money(docBalanceColumn, DocumentSummary::balance, format);
        Columns.text(docStatusColumn, d -> d.standing().label());
        Columns.text(payNumberColumn, PaymentSummary::number);
        Columns.date(payDateColumn, PaymentSummary::effectiveDate, format);
        Columns.text(payMethodColumn, p -> p.method().label());
        Columns.money(payAmountColumn, PaymentSummary::amount, format);
        Columns.money(payUnappliedColumn, PaymentSummary::unapplied, format);
        Columns.text(payStatusColumn, p -> p.status().code());
        Lists.opensOnEnterOrDoubleClick(documentsTable, d -> navigator.showDocument(d.number()));
        Lists.opensOnEnterOrDoubleClick(paymentsTable, p -> navigator.showPayment(p.number()));
        editButton.setTooltip(new Tooltip("Change the name, contact or status (Alt+E)"));
        newDocumentButton.setTooltip(new Tooltip(
                "Enter a draft invoice or debit memo for this account (Alt+I)"));
        historyButton.setTooltip(new Tooltip("Every change to the credit balance (Alt+H)"));
        Lists.backOnEscape(root, this::back);
        titleLabel.textProperty().bind(model.titleProperty());
        infoLabel.textProperty().bind(model.infoProperty());
        model.detailProperty().addListener((o, a, d) -> show(d));
        Permitted.guard(editButton, model.user(), Permission.ACCOUNT_EDIT);
        Permitted.guard(newDocumentButton, model.user(), Permission.DOCUMENT_EDIT);
    }

    /** Loads the account in the background and shows it. */
    public void load(String accountNumber) {
        model.load(accountNumber);
    }

    private void show(AccountDetail d) {
        var a = d.summary();
        statusLabel.setText(a.status().code());
        statusLabel.getStyleClass().remove("canceled");
        if (!AccountDetailViewModel.isActive(d)) {
            statusLabel.getStyleClass().add("canceled");
        }
        currencyValue.setText(AccountDetailViewModel.currencyText(d));
        contactValue.setText(orDash(d.contactName()));
        emailValue.setText(orDash(d.email()));
        phoneValue.setText(orDash(d.phone()));
        addressValue.setText(orDash(d.address()));
        termsValue.setText(d.discountTerms() == null ? "none for early payment"
                : d.discountTerms().describe(format.locale()) + " of the document date");
        Columns.figure(openValue, a.openBalance(), format);
        Columns.figure(unappliedValue, a.unappliedPayments(), format);
        creditLink.setText(format.display(a.creditBalance()));
        documentsTable.setItems(FXCollections.observableArrayList(d.documents()));
        paymentsTable.setItems(FXCollections.observableArrayList(d.payments()));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** The account shown, or null while it loads. */
    public AccountDetail detail() {
        return model.detailProperty().get();
    }

    public void focus() {
        documentsTable.requestFocus();
    }

    @FXML
    private void back() {
        navigator.showAccounts();
    }

    @FXML
    private void edit() {
        model.edit();
    }

    @FXML
    private void newDocument() {
        navigator.newDocument(model.number());
    }

    @FXML
    private void statement() {
        navigator.statement(model.number());
    }

    @FXML
    private void history() {
        navigator.showCreditHistory(model.number());
    }
}
