package com.settle.ui.settings;

import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.ReasonCodeRow;
import com.settle.ui.common.FormDialog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The add and edit forms of Settings &gt; Reason codes and Accounting codes. */
public class CodeDialogs {

    /** What the reason code form gives. */
    public record ReasonEdit(String code, String name, List<String> types, List<String> defaults) {
    }

    /** What the accounting code form gives. */
    public record AccountingEdit(String code, String name, String type, boolean isDefault) {
    }

    private final Supplier<Window> owner;

    public CodeDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The form for a new reason code ({@code row} null) or for changing one. */
    public Optional<ReasonEdit> reasonCode(ReasonCodeRow row) {
        boolean isNew = row == null;
        FormDialog<ReasonEdit> form = new FormDialog<>(owner.get(), isNew ? "Add reason code" : "Edit reason code",
                isNew ? "A reason code explains an adjustment, refund, payment or unapplication"
                        : "Reason code " + row.code(), isNew ? "Add" : "Save");
        TextField code = form.field("_Code", new TextField(isNew ? "" : row.code()));
        code.setId("reasonCodeField");
        code.setDisable(!isNew);
        TextField name = form.field("_Name", new TextField(isNew ? "" : row.name()));
        name.setId("reasonNameField");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.addRow(0, new Label("Applies to"), new Label("Default for it"));
        List<CheckBox> types = new ArrayList<>();
        List<CheckBox> defaults = new ArrayList<>();
        int r = 1;
        for (String type : ReasonCodeRow.TRANSACTION_TYPES) {
            CheckBox applies = new CheckBox(type);
            applies.setId("type" + type);
            applies.setMnemonicParsing(false);
            applies.setSelected(!isNew && row.types().contains(type));
            CheckBox isDefault = new CheckBox("default");
            isDefault.setId("default" + type);
            isDefault.setSelected(!isNew && row.defaultFor().contains(type));
            isDefault.disableProperty().bind(applies.selectedProperty().not());
            applies.selectedProperty().addListener((o, was, now) -> {
                if (!now) {
                    isDefault.setSelected(false);
                }
            });
            types.add(applies);
            defaults.add(isDefault);
            grid.addRow(r++, applies, isDefault);
        }
        form.field("_Types", grid);
        form.note("A type has one default, used when a record names no reason code; making this code the default"
                + " replaces the previous one. A code in use is never deleted, only deactivated.");
        if (!isNew) {
            form.focusFirst(name);
        }
        form.validates(Bindings.createStringBinding(() -> code.getText().isBlank() ? "Code is required" : "",
                code.textProperty()));
        form.validates(Bindings.createStringBinding(() -> name.getText().isBlank() ? "Name is required" : "",
                name.textProperty()));
        form.validates(Bindings.createStringBinding(() -> types.stream().noneMatch(CheckBox::isSelected)
                ? "Types: tick at least one" : "", types.stream().map(CheckBox::selectedProperty)
                .toArray(Observable[]::new)));
        return form.build(() -> new ReasonEdit(code.getText().trim(), name.getText().trim(), ticked(types),
                ticked(defaults, types))).showAndWait();
    }

    /** The form for a new accounting code ({@code row} null) or for changing one. */
    public Optional<AccountingEdit> accountingCode(AccountingCodeRow row) {
        boolean isNew = row == null;
        FormDialog<AccountingEdit> form = new FormDialog<>(owner.get(),
                isNew ? "Add accounting code" : "Edit accounting code",
                isNew ? "An accounting code names the ledger account an item or adjustment posts to"
                        : "Accounting code " + row.code(), isNew ? "Add" : "Save");
        TextField code = form.field("_Code", new TextField(isNew ? "" : row.code()));
        code.setId("accountingCodeField");
        code.setDisable(!isNew);
        TextField name = form.field("_Name", new TextField(isNew ? "" : row.name()));
        name.setId("accountingNameField");
        ChoiceBox<String> type = form.field("_Type", new ChoiceBox<>());
        type.getItems().setAll(AccountingCodeRow.TYPES);
        type.setValue(isNew ? "Revenue" : row.type());
        type.setId("accountingTypeField");
        type.setDisable(!isNew && row.inUse());
        CheckBox isDefault = form.field("", new CheckBox("_Default for its type"));
        isDefault.setId("accountingDefaultField");
        isDefault.setSelected(!isNew && row.isDefault());
        form.note("Items name a Revenue code and adjustments a CustomerCashOnAccount code; one that names none"
                + " takes its type's default." + (!isNew && row.inUse() ? " This code is in use: its type stays." : ""));
        if (!isNew) {
            form.focusFirst(name);
        }
        form.validates(Bindings.createStringBinding(() -> code.getText().isBlank() ? "Code is required" : "",
                code.textProperty()));
        form.validates(Bindings.createStringBinding(() -> name.getText().isBlank() ? "Name is required" : "",
                name.textProperty()));
        return form.build(() -> new AccountingEdit(code.getText().trim(), name.getText().trim(), type.getValue(),
                isDefault.isSelected())).showAndWait();
    }

    private static List<String> ticked(List<CheckBox> boxes) {
        return boxes.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
    }

    private static List<String> ticked(List<CheckBox> defaults, List<CheckBox> types) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < defaults.size(); i++) {
            if (defaults.get(i).isSelected()) {
                out.add(types.get(i).getText());
            }
        }
        return out;
    }
}
