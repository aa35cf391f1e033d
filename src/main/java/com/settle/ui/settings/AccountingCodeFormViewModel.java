package com.settle.ui.settings;

import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.policy.CodePolicy;
import com.settle.ui.common.FormModel;
import com.settle.ui.settings.CodeDialogs.AccountingEdit;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The accounting code form: code and name (checked as the service checks them), its type (fixed once the
 * code is in use) and whether it is its type's default.
 */
public final class AccountingCodeFormViewModel implements FormModel<AccountingEdit> {

    private final AccountingCodeRow row;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<String> type = new SimpleObjectProperty<>("Revenue");
    private final BooleanProperty isDefault = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param row the code to change, or null for a new one */
    public AccountingCodeFormViewModel(AccountingCodeRow row) {
        this.row = row;
        if (row != null) {
            code.set(row.code());
            name.set(row.name());
            type.set(row.type());
            isDefault.set(row.isDefault());
        }
        error.bind(Bindings.createStringBinding(() -> {
            try {
                CodePolicy.accountingCode(code.get(), name.get());
                return "";
            } catch (ValidationException e) {
                return e.getMessage();
            }
        }, code, name));
    }

    public boolean isNew() {
        return row == null;
    }

    /** A code in use keeps its type. */
    public boolean typeFixed() {
        return row != null && row.inUse();
    }

    public String title() {
        return isNew() ? "Add accounting code" : "Edit accounting code";
    }

    public String header() {
        return isNew() ? "An accounting code names the ledger account an item or adjustment posts to"
                : "Accounting code " + row.code();
    }

    public String okText() {
        return isNew() ? "Add" : "Save";
    }

    /** What the types mean, and why the type cannot change. */
    public String note() {
        return "Items name a Revenue code and adjustments a CustomerCashOnAccount code; one that names none takes"
                + " its type's default." + (typeFixed() ? " This code is in use: its type stays." : "");
    }

    @Override
    public AccountingEdit result() {
        return new AccountingEdit(code.get().trim(), name.get().trim(), type.get(), isDefault.get());
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    public BooleanProperty isDefaultProperty() {
        return isDefault;
    }
}
