package com.settle.ui.credit;

import com.settle.csv.Exports;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.listing.CreditAccountListQuery;
import com.settle.domain.model.CreditAccount;
import com.settle.domain.model.Permission;
import com.settle.ui.common.Columns;
import com.settle.ui.common.ListExporter;
import com.settle.ui.common.Lists;
import com.settle.ui.common.PageController;
import com.settle.ui.common.Permitted;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** Controller of the Credit balances page: the accounts, the work queue, and the batch run. */
public final class CreditBalancesView implements PageController {

    private final CreditBalancesViewModel model;
    private final MoneyText format;
    private final Consumer<String> openHistory;
    private final Runnable applyAll;

    @FXML private TextField searchField;
    @FXML private CheckBox queueFilter;
    @FXML private Button applyAllButton;
    @FXML private Label countLabel;
    @FXML private Button exportButton;
    @FXML private TableView<CreditAccount> creditTable;
    @FXML private TableColumn<CreditAccount, String> numberColumn;
    @FXML private TableColumn<CreditAccount, String> nameColumn;
    @FXML private TableColumn<CreditAccount, Money> creditColumn;
    @FXML private TableColumn<CreditAccount, Integer> invoicesColumn;
    @FXML private TableColumn<CreditAccount, Money> invoiceBalanceColumn;

    /**
     * @param openHistory opens an account's credit balance history
     * @param applyAll    starts the batch run (preview first)
     */
    private final ListExporter exporter;

    public CreditBalancesView(CreditBalancesViewModel model, MoneyText format, Consumer<String> openHistory,
                              Runnable applyAll, ListExporter exporter) {
        this.exporter = exporter;
        this.model = model;
        this.format = format;
        this.openHistory = openHistory;
        this.applyAll = applyAll;
    }

    @FXML
    private void initialize() {
        Columns.text(numberColumn, CreditAccount::number);
        Columns.text(nameColumn, CreditAccount::name);
        Columns.money(creditColumn, CreditAccount::creditBalance, format);
        Columns.number(invoicesColumn, CreditAccount::openInvoices);
        Columns.money(invoiceBalanceColumn, CreditAccount::openInvoiceBalance, format);
        numberColumn.setUserData(CreditAccountListQuery.NUMBER);
        nameColumn.setUserData(CreditAccountListQuery.NAME);
        creditColumn.setUserData(CreditAccountListQuery.CREDIT);
        invoicesColumn.setUserData(CreditAccountListQuery.INVOICES);
        invoiceBalanceColumn.setUserData(CreditAccountListQuery.INVOICE_BALANCE);
        Lists.bind(creditTable, searchField, countLabel, model);
        exporter.install(exportButton, model, Exports.CREDIT_BALANCES, "credit-balances.csv");
        queueFilter.selectedProperty().bindBidirectional(model.queueOnlyProperty());
        applyAllButton.setTooltip(new Tooltip("Apply every queued account's credit to its oldest open invoices;"
                + " shows a preview first"));
        Lists.opensOnEnterOrDoubleClick(creditTable, a -> openHistory.accept(a.number()));
    }

    /** Keeps only the work queue: accounts with a credit balance and an open invoice. */
    public void showQueue() {
        queueFilter.setSelected(true);
    }

    @FXML
    private void open() {
        CreditAccount selected = creditTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openHistory.accept(selected.number());
        }
    }

    @FXML
    private void applyAll() {
        applyAll.run();
    }

    @Override
    public void refresh() {
        Permitted.guard(applyAllButton, model.user(),
                Permission.CREDIT_BALANCE_APPLY);
        model.refresh();
    }

    @Override
    public void focus() {
        searchField.requestFocus();
    }
}
