package com.settle.ui.settings;

import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.ui.common.FormHost;
import com.settle.ui.common.ViewLoader;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Opens the small forms of Settings &gt; Users and roles over the window: add a user and edit a user's roles
 * and status ({@code UserFormView}), add a role ({@code RoleFormView}).
 */
public class UserDialogs {

    /** What the Add user form gives. */
    public record NewUser(String username, String displayName, List<String> roles) {
    }

    /** What the Edit user form gives. */
    public record EditedUser(List<String> roles, boolean active) {
    }

    /** What the Add role form gives. */
    public record NewRole(String code, String name) {
    }

    private final Supplier<Window> owner;
    private final ViewLoader loader;

    public UserDialogs(Supplier<Window> owner, ViewLoader loader) {
        this.owner = owner;
        this.loader = loader;
    }

    public Optional<NewUser> addUser(List<RoleRow> roles) {
        return user(null, roles).map(f -> new NewUser(f.username(), f.displayName(), f.roles()));
    }

    public Optional<EditedUser> editUser(UserRow user, List<RoleRow> roles) {
        return user(user, roles).map(f -> new EditedUser(f.roles(), f.active()));
    }

    private Optional<UserFormViewModel.UserForm> user(UserRow user, List<RoleRow> roles) {
        UserFormViewModel model = new UserFormViewModel(user, roles);
        ViewLoader.View<UserFormView> view = loader.load(UserFormView.class, new UserFormView(model));
        return FormHost.showAndWait(owner.get(), view.root(), new FormHost.Words(model.title(), model.header(),
                model.okText()), model, view.controller().first());
    }

    public Optional<NewRole> addRole() {
        RoleFormViewModel model = new RoleFormViewModel();
        ViewLoader.View<RoleFormView> view = loader.load(RoleFormView.class, new RoleFormView(model));
        return FormHost.showAndWait(owner.get(), view.root(), new FormHost.Words("Add role",
                "Add a role; then tick what it may do and save its permissions", "Add role"), model,
                view.controller().first());
    }
}
