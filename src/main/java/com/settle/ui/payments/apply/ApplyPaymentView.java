package com.settle.ui.payments.apply;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.OpenDocument;
import com.settle.ui.common.AmountField;
import com.settle.ui.common.DialogFit;
import com.settle.ui.common.RuleConverter;
import com.settle.ui.common.ViewLoader;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;

/** Controller of the Apply this payment dialog's content; the rules are in {@link ApplyPaymentViewModel}. */
public final class ApplyPaymentView {

    private final ApplyPaymentViewModel model;
    private final MoneyText format;
    private final ViewLoader loader;
    private Runnable onReload = () -> { };

    @FXML private Label dateLabel;
    @FXML private DatePicker dateField;
    @FXML private Label unappliedCaption;
    @FXML private Label remainingCaption;
    @FXML private HBox errorBox;
    @FXML private ChoiceBox<ApplicationRule> ruleChoice;
    @FXML private HBox autoBox;
    @FXML private Button autoApplyButton;
    @FXML private CheckBox replaceBox;
    @FXML private CheckBox discountBox;
    @FXML private CheckBox writeOffBox;
    @FXML private Button explainButton;
    @FXML private TreeTableView<ApplyRow> documentsTree;
    @FXML private TreeTableColumn<ApplyRow, String> numberColumn;
    @FXML private TreeTableColumn<ApplyRow, String> dateColumn;
    @FXML private TreeTableColumn<ApplyRow, String> dueColumn;
    @FXML private TreeTableColumn<ApplyRow, Money> amountColumn;
    @FXML private TreeTableColumn<ApplyRow, Money> balanceColumn;
    @FXML private TreeTableColumn<ApplyRow, ApplyRow> applyColumn;
    @FXML private TreeTableColumn<ApplyRow, ApplyRow> fillColumn;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label documentsPlaceholder;
    @FXML private Label applyUnappliedValue;
    @FXML private Label totalValue;
    @FXML private Label remainingValue;
    @FXML private Label applyErrorLabel;
    @FXML private Button reloadButton;
    private AmountField autoAmount;
    private boolean focusFirstAmount = true;

    public ApplyPaymentView(ApplyPaymentViewModel model, MoneyText format, ViewLoader loader) {
        this.model = model;
        this.format = format;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        bindOffer(discountBox, model.residualOffers().discount());
        bindOffer(writeOffBox, model.residualOffers().writeOff());
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        ruleChoice.setItems(FXCollections.observableArrayList(ApplicationRule.values()));
        ruleChoice.setConverter(new RuleConverter());
        ruleChoice.valueProperty().bindBidirectional(model.ruleProperty());
        ruleChoice.setTooltip(new Tooltip("How document amounts and Auto-apply are spread over items"));
        autoAmount = new AmountField("Auto-apply amount", format.locale(), AmountParser.Sign.POSITIVE, false);
        autoAmount.setId("autoAmountField");
        autoAmount.setPromptText("all unapplied");
        autoAmount.setPrefColumnCount(10);
        autoBox.getChildren().add(autoAmount);
        autoApplyButton.setTooltip(new Tooltip("Spread the amount (or what is left to apply) by the rule over the"
                + " documents you typed nothing for (Alt+U)"));
        replaceBox.setTooltip(new Tooltip("Auto-apply replaces the amounts you typed, spreading over every open"
                + " document"));
        explainButton.setTooltip(new Tooltip("Show the order documents and items were taken in and the leftover"
                + " units (Alt+X)"));
        columns();
        loadingIndicator.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.loadedProperty().get(),
                model.loadedProperty()));
        model.totalProperty().addListener((o, a, b) -> totals());
        applyErrorLabel.textProperty().bind(model.errorProperty());
    }

    private void columns() {
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(number(c.getValue().getValue())));
        dateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(dates(c.getValue().getValue())));
        dueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().isDocument()
                ? format.date(c.getValue().getValue().document().dueDate()) : ""));
        amountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().isDocument()
                ? c.getValue().getValue().document().amount() : c.getValue().getValue().item().amount()));
        balanceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().balance()));
        for (TreeTableColumn<ApplyRow, Money> col : List.of(amountColumn, balanceColumn)) {
            col.getStyleClass().add("amount");
            col.setCellFactory(c -> new TreeTableCell<>() {
                @Override
                protected void updateItem(Money m, boolean empty) {
                    super.updateItem(m, empty);
                    setText(empty || m == null ? null : format.display(m));
                    getStyleClass().remove("negative");
                    if (m != null && m.isNegative()) {
                        getStyleClass().add("negative");
                    }
                }
            });
        }
        applyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        applyColumn.setCellFactory(c -> new AmountToApplyCell(format, model::fill));
        fillColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        fillColumn.setCellFactory(c -> new TreeTableCell<>() {
            private final Button fill = new Button("⇄");

            @Override
            protected void updateItem(ApplyRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.isDocument() || !row.balance().isPositive()) {
                    setGraphic(null);
                    return;
                }
                fill.setId("fill-" + row.document().number() + "-" + row.item().ordinal());
                fill.setFocusTraversable(false);
                fill.setTooltip(new Tooltip("Fill with the item's balance, or with what is left to apply (Ctrl+Enter in"
                        + " its amount)"));
                fill.setOnAction(e -> model.fill(row));
                setGraphic(fill);
            }
        });
    }

    private String number(ApplyRow r) {
        if (r.isDocument()) {
            return r.document().type().label() + "  " + r.document().number();
        }
        return "#" + r.item().ordinal() + "  " + r.item().chargeName();
    }

    private String dates(ApplyRow r) {
        if (r.isDocument()) {
            return format.date(r.document().documentDate());
        }
        OpenDocument.Item i = r.item();
        if (i.serviceStart() == null) {
            return "";
        }
        return format.date(i.serviceStart()) + " – " + format.date(i.serviceEnd());
    }

    /** Shows the loaded documents: one row each, their items added when a document is expanded. */
    public void populate() {
        TreeItem<ApplyRow> root = new TreeItem<>();
        for (ApplyRow doc : model.documents()) {
            TreeItem<ApplyRow> item = new TreeItem<>(doc) {
                private boolean filled;

                @Override
                public boolean isLeaf() {
                    return false;
                }

                {
                    expandedProperty().addListener((o, was, now) -> {
                        if (now && !filled) {
                            filled = true;
                            for (ApplyRow child : model.items(doc)) {
                                getChildren().add(new TreeItem<>(child));
                            }
                        }
                    });
                }
            };
            root.getChildren().add(item);
        }
        documentsTree.setRoot(root);
        totals();
        // The clerk starts in the first document's amount, not on a button.
        if (focusFirstAmount && !model.documents().isEmpty()) {
            String first = "#apply-" + model.documents().get(0).document().number();
            Platform.runLater(() -> {
                documentsTree.layout();
                Node field = documentsTree.lookup(first);
                if (field != null) {
                    field.requestFocus();
                }
            });
        }
    }

    private void totals() {
        if (model.unapplied() == null || model.totalProperty().get() == null
                || model.remainingProperty().get() == null) {
            return;
        }
        applyUnappliedValue.setText(format.display(model.unapplied()));
        totalValue.setText(format.display(model.totalProperty().get()));
        Money remaining = model.remainingProperty().get();
        remainingValue.setText(format.display(remaining));
        remainingValue.getStyleClass().remove("negative");
        if (remaining.isNegative()) {
            remainingValue.getStyleClass().add("negative");
        }
    }

    /**
     * Inside Receive payment: the payment's own date is the application's, what is available is the payment
     * amount, the window's one message line says what is wrong, and the focus stays where the clerk types;
     * {@code customerChosen} says whether there are documents to load yet.
     */
    public void forNewPayment(ObservableBooleanValue customerChosen) {
        // Until a customer is chosen nothing is loading: the table says what to do instead of spinning.
        loadingIndicator.visibleProperty().bind(Bindings.createBooleanBinding(() -> customerChosen.get()
                && !model.loadedProperty().get(), customerChosen, model.loadedProperty()));
        documentsPlaceholder.textProperty().bind(Bindings.when(customerChosen).then(documentsPlaceholder.getText())
                .otherwise("Choose a customer to see their open invoices and debit memos."));
        for (Node n : List.of(dateLabel, dateField, errorBox)) {
            n.setVisible(false);
            n.setManaged(false);
        }
        unappliedCaption.setText("Payment");
        remainingCaption.setText("Left over");
        autoAmount.setPromptText("all of the payment");
        numberColumn.setPrefWidth(220);
        dateColumn.setPrefWidth(165);
        focusFirstAmount = false;
    }

    /** A refusal from saving (the dialog stays open); {@code stale} offers to reload. */
    public void saveFailed(String message, boolean stale) {
        applyErrorLabel.textProperty().unbind();
        applyErrorLabel.setText(message);
        reloadButton.setVisible(stale);
        reloadButton.setManaged(stale);
    }

    public void setOnReload(Runnable onReload) {
        this.onReload = onReload;
    }

    @FXML
    private void reload() {
        reloadButton.setVisible(false);
        reloadButton.setManaged(false);
        applyErrorLabel.textProperty().bind(model.errorProperty());
        onReload.run();
    }

    @FXML
    private void autoApply() {
        model.autoApply(autoAmount.valueProperty().get(), replaceBox.isSelected());
        documentsTree.refresh();
    }

    @FXML
    private void explain() {
        ExplainViewModel explain = new ExplainViewModel(model.explain(), "How " + model.ruleProperty().get().label()
                + " made this split");
        var view = loader.load(ExplainView.class, new ExplainView(explain, format));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(documentsTree.getScene().getWindow());
        dialog.setTitle("Explain");
        dialog.setHeaderText(explain.header());
        dialog.setResizable(true);
        DialogFit.fit(dialog);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getStylesheets().addAll(view.root().getStylesheets());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Platform.runLater(() -> view.controller().table().requestFocus());
        dialog.showAndWait();
    }

    public TreeTableView<ApplyRow> tree() {
        return documentsTree;
    }

    /** A check box that shows an offer while there is one; ticking it accepts it. */
    private static void bindOffer(CheckBox box, ResidualOffer offer) {
        box.textProperty().bind(Bindings.concat("_", offer.textProperty()));
        box.visibleProperty().bind(offer.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        box.selectedProperty().bindBidirectional(offer.acceptedProperty());
    }
}
