package com.settle.ui.accounts;

import com.settle.csv.Exports;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.listing.AccountListQuery;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.Permission;
import com.settle.ui.common.Columns;
import com.settle.ui.common.ListExporter;
import com.settle.ui.common.Lists;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.PageController;
import com.settle.ui.common.Permitted;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** Controller of the accounts list: New account, and Enter or double click opens an account's page. */
public final class AccountsView implements PageController {

    private final AccountsViewModel model;
    private final MoneyText format;

    @FXML private TextField searchField;
    @FXML private Button newAccountButton;
    @FXML private Label countLabel;
    @FXML private Button exportButton;
    @FXML private TableView<AccountSummary> accountsTable;
    @FXML private TableColumn<AccountSummary, String> numberColumn;
    @FXML private TableColumn<AccountSummary, String> nameColumn;
    @FXML private TableColumn<AccountSummary, String> currencyColumn;
    @FXML private TableColumn<AccountSummary, String> statusColumn;
    @FXML private TableColumn<AccountSummary, Money> openBalanceColumn;
    @FXML private TableColumn<AccountSummary, Money> unappliedColumn;
    @FXML private TableColumn<AccountSummary, Money> creditBalanceColumn;

    private final ListExporter exporter;

    private final Navigator navigator;

    public AccountsView(AccountsViewModel model, MoneyText format, ListExporter exporter, Navigator navigator) {
        this.navigator = navigator;
        this.model = model;
        this.format = format;
        this.exporter = exporter;
    }

    @FXML
    private void initialize() {
        Columns.text(numberColumn, AccountSummary::number);
        Columns.text(nameColumn, AccountSummary::name);
        Columns.text(currencyColumn, AccountSummary::currencyCode);
        Columns.text(statusColumn, a -> a.status().code());
        Columns.money(openBalanceColumn, AccountSummary::openBalance, format);
        Columns.money(unappliedColumn, AccountSummary::unappliedPayments, format);
        Columns.money(creditBalanceColumn, AccountSummary::creditBalance, format);
        numberColumn.setUserData(AccountListQuery.NUMBER);
        nameColumn.setUserData(AccountListQuery.NAME);
        currencyColumn.setUserData(AccountListQuery.CURRENCY);
        statusColumn.setUserData(AccountListQuery.STATUS);
        openBalanceColumn.setUserData(AccountListQuery.OPEN);
        unappliedColumn.setUserData(AccountListQuery.UNAPPLIED);
        creditBalanceColumn.setUserData(AccountListQuery.CREDIT);
        Lists.bind(accountsTable, searchField, countLabel, model);
        exporter.install(exportButton, model, Exports.ACCOUNTS, "accounts.csv");
        newAccountButton.setTooltip(new Tooltip("Create a customer account (Alt+N)"));
        Lists.opensOnEnterOrDoubleClick(accountsTable, a -> navigator.showAccount(a.number()));
    }

    @FXML
    private void newAccount() {
        model.newAccount(navigator::showAccount);
    }

    @Override
    public void refresh() {
        Permitted.guard(newAccountButton, model.user(), Permission.ACCOUNT_EDIT);
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
