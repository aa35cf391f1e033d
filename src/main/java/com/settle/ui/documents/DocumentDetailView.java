package com.settle.ui.documents;


import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentDetail.Activity;
import com.settle.domain.model.DocumentDetail.Item;
import com.settle.domain.model.DocumentStatus;
import com.settle.ui.common.Columns;
import com.settle.ui.common.Lists;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.Permitted;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Controller of an invoice's or debit memo's page: header figures, items with amount and balance, the
 * payments and credit applied to it (reversals as negative lines), its status history, and Post, Cancel
 * and Transfer to credit balance, each disabled with the reason when it cannot succeed.
 */
public final class DocumentDetailView {

    private final DocumentDetailViewModel model;
    private final MoneyText format;
    private final Navigator navigator;

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private Hyperlink accountLink;
    @FXML private Button editButton;
    @FXML private Button postButton;
    @FXML private Button transferButton;
    @FXML private Button cancelButton;
    @FXML private Label dateValue;
    @FXML private Label dueValue;
    @FXML private Label amountValue;
    @FXML private Label settledValue;
    @FXML private Label balanceValue;
    @FXML private Label infoLabel;
    @FXML private TableView<Item> itemsTable;
    @FXML private TableColumn<Item, Integer> ordinalColumn;
    @FXML private TableColumn<Item, String> chargeColumn;
    @FXML private TableColumn<Item, String> descriptionColumn;
    @FXML private TableColumn<Item, String> periodColumn;
    @FXML private TableColumn<Item, String> quantityColumn;
    @FXML private TableColumn<Item, String> unitPriceColumn;
    @FXML private TableColumn<Item, Money> itemAmountColumn;
    @FXML private TableColumn<Item, Money> itemBalanceColumn;
    @FXML private TableColumn<Item, String> codeColumn;
    @FXML private TableView<Activity> activityTable;
    @FXML private TableColumn<Activity, LocalDate> activityDateColumn;
    @FXML private TableColumn<Activity, String> activityKindColumn;
    @FXML private TableColumn<Activity, String> activitySourceColumn;
    @FXML private TableColumn<Activity, Money> activityAmountColumn;
    @FXML private Label historyLabel;

    public DocumentDetailView(DocumentDetailViewModel model, MoneyText format, Navigator navigator) {
        this.model = model;
        this.format = format;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        Columns.number(ordinalColumn, Item::ordinal);
        Columns.text(chargeColumn, Item::chargeName);
        Columns.text(descriptionColumn, Item::description);
        Columns.text(periodColumn, i -> i.serviceStart() == null && i.serviceEnd() == null ? ""
                : (i.serviceStart() == null ? "" : format.date(i.serviceStart())) + " – "
                + (i.serviceEnd() == null ? "" : format.date(i.serviceEnd())));
        Columns.text(quantityColumn, i -> plain(i.quantity()));
        Columns.text(unitPriceColumn, i -> price(i.unitPrice(), i.amount()));
        quantityColumn.getStyleClass().add("amount");
        unitPriceColumn.getStyleClass().add("amount");
        Columns.money(itemAmountColumn, Item::amount, format);
        Columns.money(itemBalanceColumn, Item::balance, format);
        Columns.text(codeColumn, Item::accountingCode);
        Columns.date(activityDateColumn, Activity::date, format);
        Columns.text(activityKindColumn, Activity::kind);
        Columns.text(activitySourceColumn, Activity::source);
        Columns.money(activityAmountColumn, a -> a.reversal() ? a.amount().negate() : a.amount(), format);
        itemsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        activityTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Lists.opensOnEnterOrDoubleClick(activityTable, a -> {
            if (a.source().startsWith("P-")) {
                navigator.showPayment(a.source());
            } else {
                navigator.showCreditHistory(model.detailProperty().get().summary().accountNumber());
            }
        });
        Lists.backOnEscape(root, this::back);
        titleLabel.textProperty().bind(model.titleProperty());
        infoLabel.textProperty().bind(model.infoProperty());
        model.detailProperty().addListener((o, a, d) -> show(d));
        guard(editButton, DocumentAction.EDIT);
        guard(postButton, DocumentAction.POST);
        guard(cancelButton, DocumentAction.CANCEL);
        guard(transferButton, DocumentAction.TRANSFER);
    }

    /** Enabled only when the action can succeed; a disabled one says why in its tooltip. */
    private void guard(Button button, DocumentAction action) {
        var why = model.whyNotProperty(action);
        Permitted.enableUnless(button, why.get(), action.hint());
        why.addListener((o, a, b) -> Permitted.enableUnless(button, b, action.hint()));
    }

    /** A unit price with at least the currency's decimals (489.10, not 489.1) and up to six. */
    private String price(BigDecimal n, Money of) {
        NumberFormat f = NumberFormat.getNumberInstance(format.locale());
        f.setMaximumFractionDigits(6);
        f.setMinimumFractionDigits(Math.max(0, of.currency().getDefaultFractionDigits()));
        return n == null ? "" : f.format(n.stripTrailingZeros());
    }

    private String plain(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(format.locale());
        f.setMaximumFractionDigits(6);
        return n == null ? "" : f.format(n.stripTrailingZeros());
    }

    /** Loads the document in the background and shows it. */
    public void load(String documentNumber) {
        model.load(documentNumber);
    }

    private void show(DocumentDetail d) {
        var doc = d.summary();
        statusLabel.setText(doc.standing().label());
        statusLabel.getStyleClass().remove("canceled");
        if (doc.status() == DocumentStatus.CANCELED) {
            statusLabel.getStyleClass().add("canceled");
        }
        accountLink.setText(doc.accountNumber() + "  " + doc.accountName());
        dateValue.setText(format.date(doc.documentDate()));
        dueValue.setText(format.date(doc.dueDate()));
        Columns.figure(amountValue, doc.amount(), format);
        Columns.figure(settledValue, DocumentDetailViewModel.settled(doc), format);
        Columns.figure(balanceValue, doc.balance(), format);
        itemsTable.setItems(FXCollections.observableArrayList(d.items()));
        activityTable.setItems(FXCollections.observableArrayList(d.activity()));
        historyLabel.setText(model.statusHistory(d));
    }

    /** The document shown, or null while it loads. */
    public DocumentDetail detail() {
        return model.detailProperty().get();
    }

    public void focus() {
        itemsTable.requestFocus();
    }

    @FXML
    private void back() {
        navigator.showDocuments();
    }

    @FXML
    private void openAccount() {
        if (detail() != null) {
            navigator.showAccount(detail().summary().accountNumber());
        }
    }

    @FXML
    private void editDraft() {
        if (detail() != null) {
            navigator.editDraft(model.number());
        }
    }

    @FXML
    private void post() {
        model.post();
    }

    @FXML
    private void cancelDocument() {
        model.cancel();
    }

    @FXML
    private void transfer() {
        model.transfer();
    }
}
