package com.settle.ui.documents;

import static com.settle.ui.common.Permitted.enableUnless;
import static com.settle.ui.common.Permitted.firstReason;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentDetail.Activity;
import com.settle.domain.model.DocumentDetail.Item;
import com.settle.domain.model.Permission;
import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.Columns;
import com.settle.ui.common.Lists;
import com.settle.ui.common.Navigator;
import com.settle.ui.common.TaskRunner;
import com.settle.ui.credit.FxCreditDialogs;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    private final TaskRunner runner;
    private final Supplier<Services> services;
    private final MoneyText format;
    private final Navigator navigator;
    private final FxCreditDialogs dialogs;
    private final Consumer<String> notice;
    private DocumentDetail detail;
    private String number;

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

    public DocumentDetailView(TaskRunner runner, Supplier<Services> services, MoneyText format, Navigator navigator,
                              FxCreditDialogs dialogs, Consumer<String> notice) {
        this.runner = runner;
        this.services = services;
        this.format = format;
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.notice = notice;
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
                navigator.showCreditHistory(detail.summary().accountNumber());
            }
        });
        Lists.backOnEscape(root, this::back);
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
        this.number = documentNumber;
        titleLabel.setText(documentNumber);
        Services s = services.get();
        runner.run("Loading " + documentNumber, () -> s.documents().detail(documentNumber), this::show,
                e -> infoLabel.setText(BackgroundExecutor.clerkMessage(e)));
    }

    private void show(DocumentDetail d) {
        this.detail = d;
        var doc = d.summary();
        titleLabel.setText(doc.type().label() + " " + doc.number());
        statusLabel.setText(doc.status());
        statusLabel.getStyleClass().remove("canceled");
        if ("Canceled".equals(doc.status())) {
            statusLabel.getStyleClass().add("canceled");
        }
        accountLink.setText(doc.accountNumber() + "  " + doc.accountName());
        dateValue.setText(format.date(doc.documentDate()));
        dueValue.setText(format.date(doc.dueDate()));
        Columns.figure(amountValue, doc.amount(), format);
        Columns.figure(settledValue, "Posted".equals(doc.status()) ? doc.amount().minus(doc.balance())
                : Money.zero(doc.amount().currency()), format);
        Columns.figure(balanceValue, doc.balance(), format);
        infoLabel.setText(doc.itemCount() + (doc.itemCount() == 1 ? " item" : " items")
                + (d.comment() == null ? "" : ". " + d.comment()));
        itemsTable.setItems(FXCollections.observableArrayList(d.items()));
        activityTable.setItems(FXCollections.observableArrayList(d.activity()));
        DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(format.locale());
        List<String> history = new ArrayList<>();
        history.add("Entered as a draft " + at.format(d.createdAt().toLocalDateTime()));
        if (d.postedAt() != null) {
            history.add("posted " + at.format(d.postedAt().toLocalDateTime()));
        }
        if (d.canceledAt() != null) {
            history.add("canceled " + at.format(d.canceledAt().toLocalDateTime()));
        }
        historyLabel.setText("Status history: " + String.join(" · ", history));
        actions();
    }

    /** Each action enabled only when it can succeed; a disabled one says why in its tooltip. */
    private void actions() {
        var doc = detail.summary();
        var user = services.get().user();
        enableUnless(editButton, firstReason(user.whyNot(Permission.DOCUMENT_EDIT), "Draft".equals(doc.status()) ? ""
                        : doc.number() + " is " + doc.status().toLowerCase(Locale.ROOT)
                        + "; only a draft can be changed."),
                "Change the dates, comment and items of this draft (Alt+E)");
        enableUnless(postButton, firstReason(user.whyNot(Permission.DOCUMENT_POST), "Draft".equals(doc.status()) ? ""
                        : doc.number() + " is " + doc.status().toLowerCase(Locale.ROOT) + "; only a draft is posted."),
                "Post: its amounts and items are fixed from then on (Alt+P)");
        boolean untouched = doc.balance().compareTo(doc.amount()) == 0
                && detail.items().stream().allMatch(i -> i.balance().compareTo(i.amount()) == 0);
        enableUnless(cancelButton, firstReason(user.whyNot(Permission.DOCUMENT_CANCEL), "Canceled".equals(doc.status())
                        ? doc.number() + " is already canceled." : "", untouched ? "" : doc.number()
                        + " has payments or credit applied; unapply them first."),
                "Cancel: it stays in the books, out of every open list (Alt+L)");
        enableUnless(transferButton, firstReason(user.whyNot(Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE),
                DocumentsViewModel.whyNoTransfer(doc)),
                "Move the negative balance to the account's credit balance (Alt+T)");
    }


    /** The document shown, or null while it loads. */
    public DocumentDetail detail() {
        return detail;
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
        if (detail != null) {
            navigator.showAccount(detail.summary().accountNumber());
        }
    }

    @FXML
    private void editDraft() {
        if (detail != null) {
            navigator.editDraft(number);
        }
    }

    @FXML
    private void post() {
        if (detail == null || !dialogs.confirm("Post " + number, "Post " + number + " for "
                + format.display(detail.summary().amount()) + "? Its amounts and items are then fixed; a mistake is"
                + " corrected by cancelling it (while nothing is applied) or with a new document.")) {
            return;
        }
        Services s = services.get();
        runner.run("Posting " + number, () -> {
            s.documents().post(number);
            return null;
        }, v -> {
            notice.accept(number + " posted");
            load(number);
        }, e -> dialogs.refused("Post", BackgroundExecutor.clerkMessage(e)));
    }

    @FXML
    private void cancelDocument() {
        if (detail == null || !dialogs.confirm("Cancel " + number, "Cancel " + number + "? It stays in the books"
                + " as canceled and leaves every open list and total.")) {
            return;
        }
        Services s = services.get();
        runner.run("Cancelling " + number, () -> {
            s.documents().cancel(number);
            return null;
        }, v -> {
            notice.accept(number + " canceled");
            load(number);
        }, e -> dialogs.refused("Cancel", BackgroundExecutor.clerkMessage(e)));
    }

    @FXML
    private void transfer() {
        if (detail == null) {
            return;
        }
        var doc = detail.summary();
        Services s = services.get();
        dialogs.transferFromInvoice(doc).ifPresent(c -> runner.run("Transferring " + number
                + " to the credit balance", () -> s.creditApplications().transferFromInvoice(c.invoiceNumber(),
                c.date(), c.reasonCode(), null, c.comment()), cba -> {
                    notice.accept(cba + ": " + format.display(doc.balance().negate()) + " of " + number
                            + " moved to the credit balance of " + doc.accountNumber());
                    load(number);
                }, e -> dialogs.refused("Transfer to credit balance", BackgroundExecutor.clerkMessage(e))));
    }
}
