package com.settle.ui.documents;

import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DocumentType;
import com.settle.ui.common.AmountField;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * Controller of the document entry form: binds the header fields to the view model and lays out one row of
 * fields per item as the view model adds and removes them.
 */
public final class DocumentEntryView {

    private static final String[] HEADS = {"Charge", "Description", "Service start", "Service end", "Quantity",
        "Unit price", "Amount", "Accounting code", ""};

    private final DocumentEntryViewModel model;

    @FXML private ChoiceBox<DocumentType> typeChoice;
    @FXML private SearchableComboBox<AccountSummary> accountChoice;
    @FXML private DatePicker dateField;
    @FXML private DatePicker dueField;
    @FXML private TextField commentField;
    @FXML private GridPane itemsGrid;
    @FXML private Label totalLabel;
    @FXML private CheckBox postNowField;
    @FXML private Label errorLabel;

    public DocumentEntryView(DocumentEntryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        typeChoice.getItems().setAll(DocumentType.values());
        typeChoice.setConverter(converter(t -> t.label()));
        typeChoice.valueProperty().bindBidirectional(model.typeProperty());
        accountChoice.getItems().setAll(model.accounts());
        accountChoice.setConverter(converter(a -> a.number() + "  " + a.name() + "  (" + a.currencyCode() + ")"));
        accountChoice.valueProperty().bindBidirectional(model.accountProperty());
        typeChoice.setDisable(model.isDraft());
        accountChoice.setDisable(model.isDraft());
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        dueField.valueProperty().bindBidirectional(model.dueProperty());
        commentField.textProperty().bindBidirectional(model.commentProperty());
        postNowField.selectedProperty().bindBidirectional(model.postNowProperty());
        postNowField.setDisable(!model.mayPost());
        if (!model.mayPost()) {
            postNowField.setTooltip(new Tooltip("Your roles do not allow posting; save it as a draft for someone"
                    + " who may."));
        }
        totalLabel.textProperty().bind(model.totalProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        model.items().addListener((ListChangeListener<ItemEntry>) c -> layoutItems());
        layoutItems();
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void layoutItems() {
        itemsGrid.getChildren().clear();
        for (int c = 0; c < HEADS.length; c++) {
            Label h = new Label(HEADS[c]);
            h.getStyleClass().add("figure-label");
            itemsGrid.add(h, c, 0);
        }
        List<ItemEntry> items = model.items();
        for (int i = 0; i < items.size(); i++) {
            itemsGrid.addRow(i + 1, row(items.get(i), i + 1, items.size() > 1));
        }
        Platform.runLater(() -> {
            if (itemsGrid.getScene() != null && itemsGrid.getScene().getWindow() != null) {
                itemsGrid.getScene().getWindow().sizeToScene();
            }
        });
    }

    /** The fields of one item, bound to it, with the ids tests and shortcuts find them by. */
    private Node[] row(ItemEntry e, int n, boolean removable) {
        TextField charge = text(e.chargeProperty().get(), 9, "chargeField" + n);
        charge.textProperty().bindBidirectional(e.chargeProperty());
        TextField description = text("", 9, "descriptionField" + n);
        description.textProperty().bindBidirectional(e.descriptionProperty());
        DatePicker start = new DatePicker();
        start.setId("serviceStartField" + n);
        start.setPrefWidth(118);
        start.valueProperty().bindBidirectional(e.startProperty());
        DatePicker end = new DatePicker();
        end.setId("serviceEndField" + n);
        end.setPrefWidth(118);
        end.valueProperty().bindBidirectional(e.endProperty());
        TextField quantity = text("", 5, "quantityField" + n);
        quantity.setAlignment(Pos.CENTER_RIGHT);
        quantity.textProperty().bindBidirectional(e.quantityProperty());
        marks(quantity, e.quantityErrorProperty().get());
        e.quantityErrorProperty().addListener((o, a, b) -> marks(quantity, b));
        TextField price = text("", 8, "unitPriceField" + n);
        price.setAlignment(Pos.CENTER_RIGHT);
        price.textProperty().bindBidirectional(e.unitPriceProperty());
        marks(price, e.unitPriceErrorProperty().get());
        e.unitPriceErrorProperty().addListener((o, a, b) -> marks(price, b));
        Label amount = new Label();
        amount.setId("itemAmount" + n);
        amount.setMinWidth(90);
        amount.setAlignment(Pos.CENTER_RIGHT);
        amount.getStyleClass().add("figure");
        amount.textProperty().bind(e.amountProperty());
        negative(amount, e.negativeProperty().get());
        e.negativeProperty().addListener((o, a, b) -> negative(amount, b));
        ChoiceBox<String> code = new ChoiceBox<>();
        code.setId("accountingCodeField" + n);
        code.getItems().setAll(model.codes(e));
        code.valueProperty().bindBidirectional(e.codeProperty());
        Button remove = new Button("✕");
        remove.setId("removeItem" + n);
        remove.setFocusTraversable(false);
        remove.setDisable(!removable);
        remove.setTooltip(new Tooltip("Remove item " + n));
        remove.setOnAction(x -> model.remove(e));
        return new Node[] {charge, description, start, end, quantity, price, amount, code, remove};
    }

    private static TextField text(String value, int columns, String id) {
        TextField f = new TextField(value);
        f.setPrefColumnCount(columns);
        f.setId(id);
        return f;
    }

    private static void marks(TextField field, String problem) {
        AmountField.showError(field, problem);
    }

    private static void negative(Label amount, boolean negative) {
        amount.getStyleClass().remove("negative");
        if (negative) {
            amount.getStyleClass().add("negative");
        }
    }

    @FXML
    private void addItem() {
        model.addItem();
        Platform.runLater(() -> {
            Node charge = itemsGrid.lookup("#chargeField" + model.items().size());
            if (charge != null) {
                charge.requestFocus();
            }
        });
    }

    /** The field that has the focus when the form opens: the account, or the first charge once it is chosen. */
    public Node first() {
        return model.accountProperty().get() == null ? accountChoice : itemsGrid.lookup("#chargeField1");
    }
}
