package com.settle.ui.payments;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.PaymentSummary;
import com.settle.ui.common.Columns;
import com.settle.ui.common.Lists;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.PageController;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/** Controller of the payment detail page: header figures, applications, activity, the actions menu. */
public final class PaymentDetailView implements PageController {

    /** A row of the applications tree: an application, or one of its item lines. */
    public record Row(String what, String detail, Money applied, Money reversed, boolean line, String document) {
        Money net() {
            return applied.minus(reversed);
        }
    }

    private final PaymentDetailViewModel model;
    private final MoneyText format;
    private final Navigator navigator;
    private final Map<PaymentAction, KeyCombination> keys = new EnumMap<>(PaymentAction.class);

    @FXML private VBox root;
    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private Hyperlink accountLink;
    @FXML private MenuButton actionsButton;
    @FXML private MenuItem applyItem;
    @FXML private MenuItem unapplyItem;
    @FXML private MenuItem refundItem;
    @FXML private MenuItem transferItem;
    @FXML private MenuItem cancelItem;
    @FXML private Label amountValue;
    @FXML private Label appliedValue;
    @FXML private Label unappliedValue;
    @FXML private Label refundedValue;
    @FXML private Label transferredValue;
    @FXML private Label infoLabel;
    @FXML private TreeTableView<Row> applicationsTree;
    @FXML private TreeTableColumn<Row, String> whatColumn;
    @FXML private TreeTableColumn<Row, String> detailColumn;
    @FXML private TreeTableColumn<Row, Money> appliedColumn;
    @FXML private TreeTableColumn<Row, Money> reversedColumn;
    @FXML private TreeTableColumn<Row, Money> netColumn;
    @FXML private TableView<PaymentDetailViewModel.Activity> activityTable;
    @FXML private TableColumn<PaymentDetailViewModel.Activity, LocalDate> activityDateColumn;
    @FXML private TableColumn<PaymentDetailViewModel.Activity, String> activityKindColumn;
    @FXML private TableColumn<PaymentDetailViewModel.Activity, String> activityNumberColumn;
    @FXML private TableColumn<PaymentDetailViewModel.Activity, Money> activityAmountColumn;
    @FXML private TableColumn<PaymentDetailViewModel.Activity, String> activityDetailsColumn;

    public PaymentDetailView(PaymentDetailViewModel model, MoneyText format, Navigator navigator) {
        this.model = model;
        this.format = format;
        this.navigator = navigator;
        keys.put(PaymentAction.APPLY, new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(PaymentAction.UNAPPLY, new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(PaymentAction.REFUND, new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(PaymentAction.TRANSFER, new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(PaymentAction.CANCEL, new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
    }

    @FXML
    private void initialize() {
        Map<PaymentAction, MenuItem> items = Map.of(PaymentAction.APPLY, applyItem, PaymentAction.UNAPPLY, unapplyItem,
                PaymentAction.REFUND, refundItem, PaymentAction.TRANSFER, transferItem, PaymentAction.CANCEL,
                cancelItem);
        items.forEach((action, item) -> {
            item.setAccelerator(keys.get(action));
            item.disableProperty().bind(model.whyNotProperty(action).isNotEmpty());
        });
        // A disabled menu item shows no tooltip, so the reason goes into its text instead. The items'
        // accelerators work from anywhere on the page (JavaFX registers them with the scene).
        model.detailProperty().addListener((o, a, d) -> items.forEach((action, item) -> {
            String why = model.whyNotProperty(action).get();
            item.setText(action.label() + "…" + (why.isEmpty() ? "" : "  — " + why));
        }));
        actionsButton.setTooltip(new Tooltip("Actions (Ctrl+Shift+A apply, U unapply,"
                + " R refund, T transfer)"));
        Lists.backOnEscape(root, this::back);
        treeColumns();
        Columns.date(activityDateColumn, PaymentDetailViewModel.Activity::date, format);
        Columns.text(activityKindColumn, PaymentDetailViewModel.Activity::kind);
        Columns.text(activityNumberColumn, PaymentDetailViewModel.Activity::number);
        Columns.money(activityAmountColumn, PaymentDetailViewModel.Activity::amount, format);
        Columns.text(activityDetailsColumn, PaymentDetailViewModel.Activity::details);
        activityTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        applicationsTree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.detailProperty().addListener((o, a, d) -> show(d));
        // Enter or a double click on an application's line opens the invoice or debit memo it paid.
        applicationsTree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openDocument(applicationsTree.getSelectionModel().getSelectedItem());
            }
        });
        applicationsTree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openDocument(applicationsTree.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void openDocument(TreeItem<Row> item) {
        if (item != null && item.getValue() != null && item.getValue().document() != null) {
            navigator.showDocument(item.getValue().document());
        }
    }

    private void treeColumns() {
        whatColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().what()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().detail()));
        appliedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().applied()));
        reversedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().reversed()));
        netColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().net()));
        for (TreeTableColumn<Row, Money> col : List.of(appliedColumn, reversedColumn, netColumn)) {
            col.getStyleClass().add("amount");
            col.setCellFactory(c -> new TreeTableCell<>() {
                @Override
                protected void updateItem(Money item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("zero", "reversed");
                    setText(empty || item == null ? null : format.display(item));
                    Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    if (item != null && item.isZero()) {
                        getStyleClass().add("zero");
                    }
                    if (row != null && row.line() && row.net().isZero() && col == appliedColumn) {
                        getStyleClass().add("reversed");
                    }
                }
            });
        }
    }

    private void show(PaymentDetail d) {
        if (d == null) {
            return;
        }
        PaymentSummary p = d.summary();
        titleLabel.setText("Payment " + p.number());
        statusLabel.setText(p.status().code());
        statusLabel.getStyleClass().remove("canceled");
        if (p.status() != PaymentStatus.PROCESSED) {
            statusLabel.getStyleClass().add("canceled");
        }
        accountLink.setText(p.accountNumber() + "  " + p.accountName());
        accountLink.setOnAction(e -> navigator.showAccount(p.accountNumber()));
        figure(amountValue, p.amount());
        figure(appliedValue, p.applied());
        figure(unappliedValue, p.unapplied());
        figure(refundedValue, p.refunded());
        figure(transferredValue, p.transferred());
        infoLabel.setText("Effective " + format.date(p.effectiveDate()) + "  ·  " + p.method().label()
                + (p.reference() == null ? "" : "  ·  reference " + p.reference())
                + (d.comment() == null ? "" : "  ·  " + d.comment()));
        TreeItem<Row> top = new TreeItem<>();
        for (PaymentDetail.ApplicationView a : d.applications()) {
            TreeItem<Row> app = new TreeItem<>(new Row(format.date(a.effectiveDate()) + "  " + d.applicationName(a.id()),
                    a.rule() + " · " + a.createdBy(), a.amount(), a.reversed(), false, null));
            for (PaymentDetail.LineView l : a.lines()) {
                app.getChildren().add(new TreeItem<>(new Row(l.documentNumber() + " #" + l.ordinal(),
                        l.chargeName(), l.amount(), l.reversed(), true, l.documentNumber())));
            }
            app.setExpanded(true);
            top.getChildren().add(app);
        }
        applicationsTree.setRoot(top);
        activityTable.setItems(FXCollections.observableArrayList(PaymentDetailViewModel.activity(d)));
    }

    private void figure(Label label, Money value) {
        Columns.figure(label, value, format);
    }

    public void load(String number) {
        model.load(number);
    }

    @FXML
    private void back() {
        navigator.showPayments();
    }

    @FXML
    private void apply() {
        model.apply();
    }

    @FXML
    private void unapply() {
        model.unapply();
    }

    @FXML
    private void refund() {
        model.refund();
    }

    @FXML
    private void transfer() {
        model.transfer();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void saveReceipt() {
        receipt(false);
    }

    @FXML
    private void printReceipt() {
        receipt(true);
    }

    private void receipt(boolean print) {
        PaymentDetail d = model.detailProperty().get();
        if (d != null) {
            navigator.receipt(d.summary().number(), print);
        }
    }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public void focus() {
        actionsButton.requestFocus();
    }
}
