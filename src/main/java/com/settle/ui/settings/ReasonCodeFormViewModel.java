package com.settle.ui.settings;

import com.settle.domain.ValidationException;
import com.settle.domain.model.ReasonCodeRow;
import com.settle.domain.policy.CodePolicy;
import com.settle.ui.common.FormModel;
import com.settle.ui.settings.CodeDialogs.ReasonEdit;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The reason code form: code and name (checked as the service checks them), the transaction types it applies
 * to and those it is the default for. A default needs its type ticked.
 */
public final class ReasonCodeFormViewModel implements FormModel<ReasonEdit> {

    /** One transaction type: whether the code applies to it and whether it is its default. */
    public record TypeTick(String type, BooleanProperty applies, BooleanProperty isDefault) {
    }

    private final ReasonCodeRow row;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final List<TypeTick> types;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param row the code to change, or null for a new one */
    public ReasonCodeFormViewModel(ReasonCodeRow row) {
        this.row = row;
        if (row != null) {
            code.set(row.code());
            name.set(row.name());
        }
        types = ReasonCodeRow.TRANSACTION_TYPES.stream().map(t -> new TypeTick(t,
                new SimpleBooleanProperty(row != null && row.types().contains(t)),
                new SimpleBooleanProperty(row != null && row.defaultFor().contains(t)))).toList();
        for (TypeTick t : types) {
            t.applies().addListener((o, was, now) -> {
                if (!now) {
                    t.isDefault().set(false);
                }
            });
            t.applies().addListener((Observable x) -> check());
        }
        code.addListener(x -> check());
        name.addListener(x -> check());
        check();
    }

    private void check() {
        try {
            CodePolicy.reasonCode(code.get(), name.get(), types.stream().filter(t -> t.applies().get())
                    .map(TypeTick::type).toList());
            error.set("");
        } catch (ValidationException e) {
            error.set(e.getMessage());
        }
    }

    public boolean isNew() {
        return row == null;
    }

    public String title() {
        return isNew() ? "Add reason code" : "Edit reason code";
    }

    public String header() {
        return isNew() ? "A reason code explains an adjustment, refund, payment or unapplication"
                : "Reason code " + row.code();
    }

    public String okText() {
        return isNew() ? "Add" : "Save";
    }

    @Override
    public ReasonEdit result() {
        return new ReasonEdit(code.get().trim(), name.get().trim(), types.stream().filter(t -> t.applies().get())
                .map(TypeTick::type).toList(), types.stream().filter(t -> t.isDefault().get()).map(TypeTick::type)
                .toList());
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

    public List<TypeTick> types() {
        return types;
    }
}
