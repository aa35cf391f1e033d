package com.settle.ui.accounts;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountDetail;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.PaymentSummary;
import com.settle.domain.model.Permission;
import com.settle.service.AccountService;
import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.Columns;
import com.settle.ui.common.Lists;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.Permitted;
import com.settle.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    private final TaskRunner runner;
    private final Supplier<Services> services;
    private final MoneyText format;
    private final Navigator navigator;
    private final AccountDialogs dialogs;
    private final Consumer<String> notice;
    private AccountDetail detail;
    private String number;

    @FXML private VBox root;
    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private Button editButton;
    @FXML private Button newDocumentButton;
    @FXML private Button historyButton;
    @FXML private Label currencyValue;
    @FXML private Label contactValue;
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

    public AccountDetailView(TaskRunner runner, Supplier<Services> services, MoneyText format, Navigator navigator,
                             AccountDialogs dialogs, Consumer<String> notice) {
        this.runner = runner;
        this.services = services;
        this.format = format;
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.notice = notice;
    }

    @FXML
    private void initialize() {
        Columns.text(docTypeColumn, d -> d.type().label());
        Columns.text(docNumberColumn, DocumentSummary::number);
        Columns.date(docDateColumn, DocumentSummary::documentDate, format);
        Columns.date(docDueColumn, DocumentSummary::dueDate, format);
        Columns.money(docAmountColumn, DocumentSummary::amount, format);
        Columns.money(docBalanceColumn, DocumentSummary::balance, format);
        Columns.text(docStatusColumn, DocumentSummary::status);
        Columns.text(payNumberColumn, PaymentSummary::number);
        Columns.date(payDateColumn, PaymentSummary::effectiveDate, format);
        Columns.text(payMethodColumn, p -> p.method().label());
        Columns.money(payAmountColumn, PaymentSummary::amount, format);
        Columns.money(payUnappliedColumn, PaymentSummary::unapplied, format);
        Columns.text(payStatusColumn, PaymentSummary::status);
        Lists.opensOnEnterOrDoubleClick(documentsTable, d -> navigator.showDocument(d.number()));
        Lists.opensOnEnterOrDoubleClick(paymentsTable, p -> navigator.showPayment(p.number()));
        editButton.setTooltip(new Tooltip("Change the name, contact or status (Alt+E)"));
        newDocumentButton.setTooltip(new Tooltip(
                "Enter a draft invoice or debit memo for this account (Alt+I)"));
        historyButton.setTooltip(new Tooltip("Every change to the credit balance (Alt+H)"));
        Lists.backOnEscape(root, this::back);
    }

    /** Loads the account in the background and shows it. */
    public void load(String accountNumber) {
        this.number = accountNumber;
        Services s = services.get();
        titleLabel.setText(accountNumber);
        runner.run("Loading account " + accountNumber, () -> s.accounts().detail(accountNumber), this::show,
                e -> infoLabel.setText(BackgroundExecutor.clerkMessage(e)));
        Permitted.guard(editButton, s.user(), Permission.ACCOUNT_EDIT);
        Permitted.guard(newDocumentButton, s.user(), Permission.DOCUMENT_EDIT);
    }

    private void show(AccountDetail d) {
        this.detail = d;
        var a = d.summary();
        titleLabel.setText(a.number() + "  " + a.name());
        statusLabel.setText(a.status());
        statusLabel.getStyleClass().remove("canceled");
        if (!"Active".equals(a.status())) {
            statusLabel.getStyleClass().add("canceled");
        }
        currencyValue.setText(a.currencyCode() + (d.currencyLocked() ? "  (fixed: the account has activity)" : ""));
        contactValue.setText(orDash(d.contactName()));
        emailValue.setText(orDash(d.email()));
        phoneValue.setText(orDash(d.phone()));
        addressValue.setText(orDash(d.address()));
        Columns.figure(openValue, a.openBalance(), format);
        Columns.figure(unappliedValue, a.unappliedPayments(), format);
        creditLink.setText(format.display(a.creditBalance()));
        infoLabel.setText(d.documents().size() + " invoices and debit memos, " + d.payments().size()
                + " payments. Created " + format.date(d.createdAt().toLocalDate()) + ".");
        documentsTable.setItems(FXCollections.observableArrayList(d.documents()));
        paymentsTable.setItems(FXCollections.observableArrayList(d.payments()));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** The account shown, or null while it loads. */
    public AccountDetail detail() {
        return detail;
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
        if (detail == null) {
            return;
        }
        Services s = services.get();
        dialogs.account(detail).ifPresent(f -> runner.run("Saving account " + number, () -> {
            s.accounts().update(number, new AccountService.UpdateAccountCommand(f.name(), f.currency(), f.contact(),
                    f.email(), f.phone(), f.address(), f.status()));
            return null;
        }, v -> {
            notice.accept("Account " + number + " saved");
            load(number);
        }, e -> infoLabel.setText(BackgroundExecutor.clerkMessage(e))));
    }

    @FXML
    private void newDocument() {
        navigator.newDocument(number);
    }

    @FXML
    private void history() {
        navigator.showCreditHistory(number);
    }
}
