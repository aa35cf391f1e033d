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

/** Controller of the accounts list: New account, and Enter or double click opens an account's page. */
public final class AccountsView implements PageController {

    private final AccountsViewModel model;
    private final MoneyFormat format;

    @FXML private TextField searchField;
    @FXML private javafx.scene.control.Button newAccountButton;
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

    private final com.settle.ui.common.Navigator navigator;
    private final AccountDialogs dialogs;
    private final com.settle.ui.common.TaskRunner runner;
    private final java.util.function.Supplier<com.settle.service.Services> services;

    public AccountsView(AccountsViewModel model, MoneyFormat format, com.settle.ui.common.ListExporter exporter,
                        com.settle.ui.common.Navigator navigator, AccountDialogs dialogs,
                        com.settle.ui.common.TaskRunner runner,
                        java.util.function.Supplier<com.settle.service.Services> services) {
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.runner = runner;
        this.services = services;
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
        newAccountButton.setTooltip(new javafx.scene.control.Tooltip("Create a customer account (Alt+N)"));
        Lists.opensOnEnterOrDoubleClick(accountsTable, a -> navigator.showAccount(a.number()));
    }

    @FXML
    private void newAccount() {
        var s = services.get();
        dialogs.account(null).ifPresent(f -> runner.run("Creating the account", () -> s.accounts().create(
                new com.settle.service.AccountService.NewAccountCommand(f.name(), f.currency(), f.contact(),
                        f.email(), f.phone(), f.address())), navigator::showAccount));
    }

    @Override
    public void refresh() {
        com.settle.ui.common.Permitted.guard(newAccountButton, model.user(),
                com.settle.domain.model.Permission.ACCOUNT_EDIT);
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
