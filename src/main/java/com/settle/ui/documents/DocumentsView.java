package com.settle.ui.documents;

import com.settle.domain.Money;
import com.settle.domain.model.DocumentSummary;
import com.settle.ui.common.Columns;
import com.settle.ui.common.Lists;
import com.settle.ui.common.MoneyFormat;
import com.settle.ui.common.PageController;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of the invoices and debit memos list. */
public final class DocumentsView implements PageController {

    private final DocumentsViewModel model;
    private final MoneyFormat format;

    @FXML private TextField searchField;
    @FXML private Label countLabel;
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

    public DocumentsView(DocumentsViewModel model, MoneyFormat format) {
        this.model = model;
        this.format = format;
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
        Columns.text(statusColumn, DocumentSummary::status);
        Lists.bind(documentsTable, searchField, countLabel, model);
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void focus() {
        searchField.requestFocus();
    }
}
