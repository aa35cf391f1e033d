package com.settle.ui.accounts;

import com.settle.domain.Money;
import com.settle.domain.model.AccountSummary;
import com.settle.ui.common.Columns;
import com.settle.ui.common.Lists;
import com.settle.ui.common.MoneyFormat;
import com.settle.ui.common.PageController;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of the accounts list. */
public final class AccountsView implements PageController {

    private final AccountsViewModel model;
    private final MoneyFormat format;

    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private javafx.scene.control.Button exportButton;
    @FXML private TableView<AccountSummary> accountsTable;
    @FXML private TableColumn<AccountSummary, String> numberColumn;
    @FXML private TableColumn<AccountSummary, String> nameColumn;
    @FXML private TableColumn<AccountSummary, String> currencyColumn;
    @FXML private TableColumn<AccountSummary, String> statusColumn;
    @FXML private TableColumn<AccountSummary, Money> openBalanceColumn;
    @FXML private TableColumn<AccountSummary, Money> unappliedColumn;
    @FXML private TableColumn<AccountSummary, Money> creditBalanceColumn;

    private final com.settle.ui.common.ListExporter exporter;

    public AccountsView(AccountsViewModel model, MoneyFormat format, com.settle.ui.common.ListExporter exporter) {
        this.model = model;
        this.format = format;
        this.exporter = exporter;
    }

    @FXML
    private void initialize() {
        Columns.text(numberColumn, AccountSummary::number);
        Columns.text(nameColumn, AccountSummary::name);
        Columns.text(currencyColumn, AccountSummary::currencyCode);
        Columns.text(statusColumn, AccountSummary::status);
        Columns.money(openBalanceColumn, AccountSummary::openBalance, format);
        Columns.money(unappliedColumn, AccountSummary::unappliedPayments, format);
        Columns.money(creditBalanceColumn, AccountSummary::creditBalance, format);
        Lists.bind(accountsTable, searchField, countLabel, model);
        exporter.install(exportButton, accountsTable, com.settle.csv.Exports.ACCOUNTS, "accounts.csv");
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Searches the list for this text (an account number from a link elsewhere). */
    public void search(String text) {
        searchField.setText(text);
    }

    @Override
    public void focus() {
        searchField.requestFocus();
    }
}
