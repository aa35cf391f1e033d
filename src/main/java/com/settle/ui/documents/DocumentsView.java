package com.settle.ui.documents;

import com.settle.csv.Exports;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.listing.DocumentListQuery;
import com.settle.domain.model.DocumentStanding;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.Permission;
import com.settle.ui.common.Columns;
import com.settle.ui.common.ListExporter;
import com.settle.ui.common.Lists;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.PageController;
import com.settle.ui.common.Permitted;
import com.settle.ui.credit.FxCreditDialogs;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
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

/** Controller of the invoices and debit memos list. */
public final class DocumentsView implements PageController {

    private final DocumentsViewModel model;
    private final MoneyText format;
    private final FxCreditDialogs dialogs;
    private final Consumer<String> notice;

    @FXML private Button transferButton;
    @FXML private Button newDocumentButton;
    @FXML private TextField accountFilter;
    @FXML private ChoiceBox<String> statusFilter;
    @FXML private CheckBox openFilter;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker toFilter;
    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private Button exportButton;
    @FXML private TableView<DocumentSummary> documentsTable;
    @FXML private TableColumn<DocumentSummary, String> typeColumn;
    @FXML private TableColumn<DocumentSummary, String> numberColumn;
    @FXML private TableColumn<DocumentSummary, String> accountColumn;
    @FXML private TableColumn<DocumentSummary, LocalDate> dateColumn;
    @FXML private TableColumn<DocumentSummary, LocalDate> dueColumn;
    @FXML private TableColumn<DocumentSummary, Integer> itemsColumn;
    @FXML private TableColumn<DocumentSummary, Money> amountColumn;
    @FXML private TableColumn<DocumentSummary, Money> balanceColumn;
    @FXML private TableColumn<DocumentSummary, String> statusColumn;

    private final ListExporter exporter;

    private final Navigator navigator;

    public DocumentsView(DocumentsViewModel model, MoneyText format, FxCreditDialogs dialogs,
                         Consumer<String> notice, ListExporter exporter,
                         Navigator navigator) {
        this.navigator = navigator;
        this.exporter = exporter;
        this.model = model;
        this.format = format;
        this.dialogs = dialogs;
        this.notice = notice;
    }

    @FXML
    private void initialize() {
        Columns.text(typeColumn, d -> d.type().label());
        Columns.text(numberColumn, DocumentSummary::number);
        Columns.text(accountColumn, d -> d.accountNumber() + "  " + d.accountName());
        Columns.date(dateColumn, DocumentSummary::documentDate, format);
        Columns.date(dueColumn, DocumentSummary::dueDate, format);
        Columns.number(itemsColumn, DocumentSummary::itemCount);
        Columns.money(amountColumn, DocumentSummary::amount, format);
        Columns.money(balanceColumn, DocumentSummary::balance, format);
        Columns.text(statusColumn, d -> d.standing().label());
        typeColumn.setUserData(DocumentListQuery.TYPE);
        numberColumn.setUserData(DocumentListQuery.NUMBER);
        accountColumn.setUserData(DocumentListQuery.ACCOUNT);
        dateColumn.setUserData(DocumentListQuery.DATE);
        dueColumn.setUserData(DocumentListQuery.DUE);
        amountColumn.setUserData(DocumentListQuery.AMOUNT);
        balanceColumn.setUserData(DocumentListQuery.BALANCE);
        statusColumn.setUserData(DocumentListQuery.STATUS);
        Lists.bind(documentsTable, searchField, countLabel, model);
        exporter.install(exportButton, model, Exports.DOCUMENTS, "documents.csv");
        accountFilter.textProperty().bindBidirectional(model.accountProperty());
        statusFilter.getItems().add(DocumentsViewModel.ALL);
        Arrays.stream(DocumentStanding.values()).map(DocumentStanding::label).forEach(statusFilter.getItems()::add);
        statusFilter.valueProperty().bindBidirectional(model.statusProperty());
        openFilter.selectedProperty().bindBidirectional(model.openOnlyProperty());
        fromFilter.valueProperty().bindBidirectional(model.fromProperty());
        toFilter.valueProperty().bindBidirectional(model.toProperty());
        newDocumentButton.setTooltip(new Tooltip("Enter a draft invoice or debit memo (Alt+N)"));
        Lists.opensOnEnterOrDoubleClick(documentsTable, d -> navigator.showDocument(d.number()));
        var selected = documentsTable.getSelectionModel().selectedItemProperty();
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.createStringBinding(() -> {
            String reason = DocumentsViewModel.whyNoTransfer(selected.get());
            return reason.isEmpty() ? "Move this invoice's negative balance to the account's credit balance"
                    + " (Alt+T)" : reason;
        }, selected));
        transferButton.setTooltip(why);
        transferButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !DocumentsViewModel.whyNoTransfer(selected.get()).isEmpty(), selected));
    }

    @FXML
    private void transfer() {
        DocumentSummary d = documentsTable.getSelectionModel().getSelectedItem();
        if (d == null || !DocumentsViewModel.whyNoTransfer(d).isEmpty()) {
            return;
        }
        dialogs.transferFromInvoice(d, (c, saved, refused) -> model.transferFromInvoice(c.invoiceNumber(), c.date(),
                c.reasonCode(), c.comment(), cba -> {
                    saved.run();
                    notice.accept(cba + ": " + format.display(d.balance().negate()) + " of " + d.number()
                            + " moved to the credit balance of " + d.accountNumber());
                }, refused));
    }

    @FXML
    private void newDocument() {
        navigator.newDocument(null);
    }

    @Override
    public void refresh() {
        Permitted.guard(newDocumentButton, model.user(), Permission.DOCUMENT_EDIT);
        Permitted.guard(transferButton, model.user(), Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE);
        model.refresh();
    }

    @Override
    public void focus() {
        searchField.requestFocus();
    }
}
