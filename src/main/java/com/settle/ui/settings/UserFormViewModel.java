package com.settle.ui.settings;

import com.settle.domain.ValidationException;
import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.domain.policy.UserPolicy;
import com.settle.ui.common.FormModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Add user and Edit user form: a new user's name (checked by the domain's rule, in the service's words),
 * the roles ticked (at least one) and, for an existing user, whether they may still work in the books.
 */
public final class UserFormViewModel implements FormModel<UserFormViewModel.UserForm> {

    /** What the form gives. */
    public record UserForm(String username, String displayName, List<String> roles, boolean active) {
    }

    /** One role the user may have, and whether it is ticked. */
    public record RoleTick(RoleRow role, BooleanProperty ticked) {
        public String label() {
            return role.code() + " (" + role.name() + ")";
        }
    }

    private final UserRow user;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final List<RoleTick> roles;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param user the user to change, or null for a new one (who starts as a Clerk) */
    public UserFormViewModel(UserRow user, List<RoleRow> roles) {
        this.user = user;
        List<String> ticked = user == null ? List.of("Clerk") : user.roles();
        this.roles = roles.stream().map(r -> new RoleTick(r, new SimpleBooleanProperty(ticked.contains(r.code()))))
                .toList();
        if (user != null) {
            active.set(user.active());
        }
        username.addListener(x -> check());
        this.roles.forEach(r -> r.ticked().addListener((Observable x) -> check()));
        check();
    }

    private void check() {
        String problem = "";
        if (isNew()) {
            try {
                UserPolicy.username(username.get());
            } catch (ValidationException e) {
                problem = e.getMessage();
            }
        }
        if (problem.isEmpty() && roles.stream().noneMatch(r -> r.ticked().get())) {
            problem = "Roles: tick at least one";
        }
        error.set(problem);
    }

    public boolean isNew() {
        return user == null;
    }

    public String title() {
        return isNew() ? "Add user" : "Edit user";
    }

    public String header() {
        return isNew() ? "Add a user: they work under their operating-system name"
                : "Roles and status of " + user.displayName() + " (" + user.username() + ")";
    }

    public String okText() {
        return isNew() ? "Add user" : "Save";
    }

    @Override
    public UserForm result() {
        return new UserForm(username.get(), displayName.get(), roles.stream().filter(r -> r.ticked().get())
                .map(r -> r.role().code()).toList(), active.get());
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public List<RoleTick> roles() {
        return roles;
    }
}
