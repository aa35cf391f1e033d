package com.settle.ui.settings;

import com.settle.domain.ValidationException;
import com.settle.domain.policy.UserPolicy;
import com.settle.ui.common.FormModel;
import com.settle.ui.settings.UserDialogs.NewRole;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Add role form: the role's code (the domain's rule, in the service's words) and its name. */
public final class RoleFormViewModel implements FormModel<NewRole> {

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public RoleFormViewModel() {
        error.bind(Bindings.createStringBinding(() -> {
            try {
                UserPolicy.roleCode(code.get());
                return "";
            } catch (ValidationException e) {
                return e.getMessage();
            }
        }, code));
    }

    @Override
    public NewRole result() {
        return new NewRole(code.get(), name.get());
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
}
