package com.settle.ui.documents;

import com.settle.domain.AmountParser;
import com.settle.domain.LineAmount;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentType;
import com.settle.service.DocumentService;
import com.settle.service.DocumentService.ItemCommand;
import com.settle.service.DocumentService.NewDocumentCommand;
import com.settle.ui.common.AmountField;
import com.settle.ui.common.FormDialog;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The entry form of a new invoice or debit memo: account, dates, comment and its items (charge,
 * description, service period, quantity, unit price, accounting code). Each item's amount is quantity ×
 * unit price rounded once to the currency, shown as it will be stored; a bad number is marked at its
 * field and named in the form's error line, and Save stays disabled until everything is valid.
 */
public class DocumentEntryDialog {

    private final Supplier<Window> owner;
    private final MoneyText format;
    private final Clock clock;

    public DocumentEntryDialog(Supplier<Window> owner, MoneyText format, Clock clock) {
        this.owner = owner;
        this.format = format;
        this.clock = clock;
    }

    /** One item's fields. */
    private final class ItemRow {
        final TextField charge = new TextField();
        final TextField description = new TextField();
        final DatePicker start = new DatePicker();
        final DatePicker end = new DatePicker();
        final TextField quantity = new TextField("1");
        final TextField unitPrice = new TextField();
        final Label amount = new Label();
        final ChoiceBox<String> code = new ChoiceBox<>();
        final Button remove = new Button("✕");
        int line;

        ItemRow(List<String> codes) {
            code.getItems().add("");
            code.getItems().addAll(codes);
            code.setValue("");
            quantity.setPrefColumnCount(5);
            unitPrice.setPrefColumnCount(8);
            charge.setPrefColumnCount(12);
            description.setPrefColumnCount(12);
            start.setPrefWidth(125);
            end.setPrefWidth(125);
            quantity.setAlignment(Pos.CENTER_RIGHT);
            unitPrice.setAlignment(Pos.CENTER_RIGHT);
            amount.setMinWidth(110);
            amount.setAlignment(Pos.CENTER_RIGHT);
            amount.getStyleClass().add("figure");
            remove.setFocusTraversable(false);
        }

        void number(int n) {
            line = n;
            charge.setId("chargeField" + n);
            description.setId("descriptionField" + n);
            start.setId("serviceStartField" + n);
            end.setId("serviceEndField" + n);
            quantity.setId("quantityField" + n);
            unitPrice.setId("unitPriceField" + n);
            amount.setId("itemAmount" + n);
            code.setId("accountingCodeField" + n);
            remove.setId("removeItem" + n);
            remove.setTooltip(new Tooltip("Remove item " + n));
        }

        String field() {
            return "Item " + line;
        }
    }

    /**
     * Opens the form; {@code preselected} is the account's number when opened from an account's page.
     *
     * @param mayPost whether the user may post (the "Post it now" box is disabled otherwise)
     */
    public Optional<NewDocumentCommand> open(List<AccountSummary> accounts, String preselected, List<String> codes,
                                             boolean mayPost) {
        return open(accounts, preselected, codes, mayPost, null);
    }

    /** The same form filled with a draft to change; its type and account stay. */
    public Optional<NewDocumentCommand> edit(DocumentDetail draft, List<AccountSummary> accounts,
                                             List<String> codes, boolean mayPost) {
        return open(accounts, draft.summary().accountNumber(), codes, mayPost, draft);
    }

    private Optional<NewDocumentCommand> open(List<AccountSummary> accounts, String preselected, List<String> codes,
                                              boolean mayPost, DocumentDetail draft) {
        FormDialog<NewDocumentCommand> form = new FormDialog<>(owner.get(), draft == null
                ? "New invoice or debit memo" : "Edit draft " + draft.summary().number(),
                "Enter a draft; post it when it is right (its amounts are then fixed)", "Save");
        AmountParser parser = AmountParser.forLocale(format.locale());
        IntegerProperty revision = new SimpleIntegerProperty();
        ChoiceBox<DocumentType> type = form.field("T_ype", new ChoiceBox<>());
        type.getItems().setAll(DocumentType.values());
        type.setValue(DocumentType.INVOICE);
        type.setId("typeChoice");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType t) {
                return t == null ? "" : t.label();
            }

            @Override
            public DocumentType fromString(String s) {
                return null;
            }
        });
        var account = form.field("_Account", new SearchableComboBox<AccountSummary>());
        account.setId("accountChoice");
        account.getItems().addAll(accounts.stream().filter(a -> "Active".equals(a.status())).toList());
        account.setConverter(new StringConverter<>() {
            @Override
            public String toString(AccountSummary a) {
                return a == null ? "" : a.number() + "  " + a.name() + "  (" + a.currencyCode() + ")";
            }

            @Override
            public AccountSummary fromString(String s) {
                return accounts.stream().filter(a -> toString(a).equals(s)).findFirst().orElse(null);
            }
        });
        accounts.stream().filter(a -> a.number().equals(preselected)).findFirst().ifPresent(account::setValue);
        if (draft != null) {
            type.setValue(draft.summary().type());
            type.setDisable(true);
            account.setDisable(true);
        }
        account.valueProperty().addListener((o, a, b) -> revision.set(revision.get() + 1));
        DatePicker date = form.field("Document _date", new DatePicker(LocalDate.now(clock)));
        date.setId("documentDateField");
        DatePicker due = form.field("D_ue date", new DatePicker(LocalDate.now(clock).plusDays(30)));
        due.setId("dueDateField");
        date.valueProperty().addListener((o, a, b) -> {
            if (a != null && b != null && due.getValue() != null && due.getValue().equals(a.plusDays(30))) {
                due.setValue(b.plusDays(30));
            }
        });
        if (draft != null) {
            date.setValue(draft.summary().documentDate());
            due.setValue(draft.summary().dueDate());
        }
        TextField comment = form.field("_Comment", new TextField(draft == null || draft.comment() == null ? ""
                : draft.comment()));
        comment.setId("commentField");
        comment.setPromptText("optional, up to 255 characters");

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        List<ItemRow> rows = new ArrayList<>();
        Label total = new Label();
        total.setId("documentTotal");
        total.getStyleClass().add("figure");
        Runnable[] layout = new Runnable[1];
        Button add = new Button("_Add item");
        add.setMnemonicParsing(true);
        add.setId("addItemButton");
        add.setTooltip(new Tooltip("Add another item (Alt+A)"));
        Runnable addRow = () -> {
            ItemRow r = new ItemRow(codes);
            for (Observable field : List.of(r.charge.textProperty(), r.description.textProperty(),
                    r.quantity.textProperty(), r.unitPrice.textProperty(), r.start.valueProperty(),
                    r.end.valueProperty())) {
                field.addListener(x -> revision.set(revision.get() + 1));
            }
            r.remove.setOnAction(e -> {
                rows.remove(r);
                layout[0].run();
                revision.set(revision.get() + 1);
            });
            rows.add(r);
            layout[0].run();
            revision.set(revision.get() + 1);
        };
        layout[0] = () -> {
            grid.getChildren().clear();
            String[] heads = {"Charge", "Description", "Service start", "Service end", "Quantity", "Unit price",
                    "Amount", "Accounting code", ""};
            for (int c = 0; c < heads.length; c++) {
                Label h = new Label(heads[c]);
                h.getStyleClass().add("figure-label");
                grid.add(h, c, 0);
            }
            for (int i = 0; i < rows.size(); i++) {
                ItemRow r = rows.get(i);
                r.number(i + 1);
                r.remove.setDisable(rows.size() == 1);
                grid.addRow(i + 1, r.charge, r.description, r.start, r.end, r.quantity, r.unitPrice, r.amount, r.code,
                        r.remove);
            }
            Platform.runLater(() -> {
                if (grid.getScene() != null && grid.getScene().getWindow() != null) {
                    grid.getScene().getWindow().sizeToScene();
                }
            });
        };
        add.setOnAction(e -> {
            addRow.run();
            rows.get(rows.size() - 1).charge.requestFocus();
        });
        if (draft == null) {
            addRow.run();
        } else {
            var plain = NumberFormat.getNumberInstance(format.locale());
            plain.setGroupingUsed(false);
            plain.setMaximumFractionDigits(6);
            for (var item : draft.items()) {
                addRow.run();
                ItemRow r = rows.get(rows.size() - 1);
                r.charge.setText(item.chargeName());
                r.description.setText(item.description() == null ? "" : item.description());
                r.start.setValue(item.serviceStart());
                r.end.setValue(item.serviceEnd());
                r.quantity.setText(plain.format(item.quantity()));
                r.unitPrice.setText(plain.format(item.unitPrice()));
                if (item.accountingCode() != null) {
                    if (!r.code.getItems().contains(item.accountingCode())) {
                        r.code.getItems().add(item.accountingCode());
                    }
                    r.code.setValue(item.accountingCode());
                }
            }
        }
        HBox foot = new HBox(12, add, new Label("Total"), total);
        foot.setAlignment(Pos.CENTER_LEFT);
        form.field("_Items", new VBox(6, grid, foot));
        CheckBox post = form.field("", new CheckBox("_Post it now: amounts and items are then fixed"));
        post.setId("postNowField");
        post.setDisable(!mayPost);
        if (!mayPost) {
            post.setTooltip(new Tooltip("Your roles do not allow posting; save it as a draft for someone who may."));
        }
        form.note("Each amount is quantity × unit price, rounded once to the currency's minor units (half up).");

        // One pass over the form: the first problem (naming its field) and each item's amount as it will be stored.
        form.validates(Bindings.createStringBinding(() -> {
            String first = "";
            AccountSummary a = account.getValue();
            Money sum = null;
            for (ItemRow r : rows) {
                String problem = "";
                r.amount.setText("");
                BigDecimal q = null;
                BigDecimal p = null;
                try {
                    q = parser.number(r.field() + " quantity", r.quantity.getText());
                    if (q.signum() <= 0) {
                        throw new ValidationException(r.field() + " quantity", "must be greater than zero");
                    }
                    if (q.stripTrailingZeros().scale() > DocumentService.QUANTITY_DECIMALS) {
                        throw new ValidationException(r.field() + " quantity", "'" + r.quantity.getText().strip()
                                + "' has more than " + DocumentService.QUANTITY_DECIMALS + " decimals");
                    }
                    AmountField.showError(r.quantity, "");
                } catch (ValidationException e) {
                    AmountField.showError(r.quantity, e.getMessage());
                    problem = e.getMessage();
                    q = null;
                }
                try {
                    p = parser.number(r.field() + " unit price", r.unitPrice.getText());
                    if (p.stripTrailingZeros().scale() > DocumentService.UNIT_PRICE_DECIMALS) {
                        throw new ValidationException(r.field() + " unit price", "'" + r.unitPrice.getText().strip()
                                + "' has more than " + DocumentService.UNIT_PRICE_DECIMALS + " decimals");
                    }
                    AmountField.showError(r.unitPrice, "");
                } catch (ValidationException e) {
                    // An untouched empty price is not marked red yet; Save stays disabled all the same.
                    AmountField.showError(r.unitPrice, r.unitPrice.getText().isBlank() ? "" : e.getMessage());
                    problem = problem.isEmpty() ? e.getMessage() : problem;
                    p = null;
                }
                if (q != null && p != null && a != null) {
                    Money m = LineAmount.of(q, p, a.openBalance().currency());
                    r.amount.setText(format.display(m));
                    r.amount.getStyleClass().remove("negative");
                    if (m.amount().signum() < 0) {
                        r.amount.getStyleClass().add("negative");
                    }
                    sum = sum == null ? m : sum.plus(m);
                }
                if (r.charge.getText().isBlank()) {
                    problem = problem.isEmpty() ? r.field() + " charge is required" : problem;
                }
                if (r.start.getValue() != null && r.end.getValue() != null
                        && r.end.getValue().isBefore(r.start.getValue())) {
                    problem = problem.isEmpty() ? r.field() + " service end is before the service start" : problem;
                }
                if (first.isEmpty()) {
                    first = problem;
                }
            }
            total.setText(sum == null ? "" : format.display(sum));
            if (a == null) {
                return "Account is required";
            }
            if (date.getValue() == null) {
                return "Document date is required";
            }
            if (due.getValue() == null) {
                return "Due date is required";
            }
            if (due.getValue().isBefore(date.getValue())) {
                return "Due date " + format.date(due.getValue()) + " is before the document date";
            }
            return first;
        }, revision, date.valueProperty(), due.valueProperty()));
        form.focusFirst(account.getValue() != null ? rows.get(0).charge : account);
        var dialog = form.build(() -> new NewDocumentCommand(type.getValue(), account.getValue().number(),
                date.getValue(), due.getValue(), blankToNull(comment.getText()), post.isSelected(),
                rows.stream().map(r -> new ItemCommand(r.charge.getText().strip(), blankToNull(r.description.getText()),
                        r.start.getValue(), r.end.getValue(), parser.number("Quantity", r.quantity.getText()),
                        parser.number("Unit price", r.unitPrice.getText()), blankToNull(r.code.getValue()))).toList()));
        dialog.setResizable(true);
        return dialog.showAndWait();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
