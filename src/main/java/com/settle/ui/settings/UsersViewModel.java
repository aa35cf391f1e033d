package com.settle.ui.settings;

import com.settle.domain.model.Permission;
import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.service.UserContext;
import com.settle.service.UserService;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings &gt; Users and roles: the users with their roles, the roles, and the permissions of the
 * selected role as check boxes. Changing anything needs USERS_MANAGE; without it the page is read-only
 * and says why.
 */
public final class UsersViewModel {

    /** One permission of the selected role, checked when the role grants it. */
    public record PermissionChoice(Permission permission, BooleanProperty granted) {
    }

    private record Snapshot(List<UserRow> users, List<RoleRow> roles) {
        static Snapshot of(UserService s) {
            return new Snapshot(s.users(), s.roles());
        }
    }

    private final TaskRunner runner;
    private final UserService service;
    private final UserContext user;
    private final Consumer<String> notice;
    private final ObservableList<UserRow> users = FXCollections.observableArrayList();
    private final ObservableList<RoleRow> roles = FXCollections.observableArrayList();
    private final ObservableList<PermissionChoice> permissions = FXCollections.observableArrayList();
    private final ObjectProperty<RoleRow> selectedRole = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signedIn = new ReadOnlyStringWrapper("");

    public UsersViewModel(TaskRunner runner, UserService service, UserContext user, Consumer<String> notice) {
        this.runner = runner;
        this.service = service;
        this.user = user;
        this.notice = notice;
        for (Permission p : Permission.values()) {
            permissions.add(new PermissionChoice(p, new SimpleBooleanProperty(false)));
        }
        selectedRole.addListener((o, old, now) -> showPermissions(now));
    }

    public void load() {
        runner.run("Loading users and roles", () -> Snapshot.of(service), r -> {
            show(r);
            signedIn.set("You work as " + user.displayName() + " (" + user.username() + ")."
                    + (mayManage() ? "" : " " + whyNot()));
        });
    }

    private void show(Snapshot snapshot) {
        List<UserRow> u = snapshot.users();
        List<RoleRow> ro = snapshot.roles();
        String keep = selectedRole.get() == null ? null : selectedRole.get().code();
        users.setAll(u);
        roles.setAll(ro);
        selectedRole.set(ro.stream().filter(r -> r.code().equals(keep)).findFirst()
                .orElse(ro.isEmpty() ? null : ro.get(0)));
        showPermissions(selectedRole.get());
    }

    private void showPermissions(RoleRow role) {
        for (PermissionChoice c : permissions) {
            c.granted().set(role != null && role.permissions().contains(c.permission().name()));
        }
    }

    /** Who works in the window. */
    public UserContext user() {
        return user;
    }

    public boolean mayManage() {
        return user.may(Permission.USERS_MANAGE);
    }

    /** The tooltip of a disabled change button: the permission it needs. */
    public String whyNot() {
        return user.whyNot(Permission.USERS_MANAGE);
    }

    public void addUser(String username, String displayName, Collection<String> roleCodes) {
        change("Adding the user", s -> s.addUser(username, displayName, roleCodes),
                "User " + username.strip() + " added");
    }

    public void editUser(String username, Collection<String> roleCodes, boolean active) {
        change("Saving the user", s -> {
            s.setRoles(username, roleCodes);
            return s.setActive(username, active);
        }, "User " + username + " saved");
    }

    public void addRole(String code, String name) {
        change("Adding the role", s -> s.addRole(code, name, Set.of()), "Role " + code.strip()
                + " added; tick its permissions and save them");
    }

    /** Saves the ticked permissions of the selected role. */
    public void savePermissions() {
        RoleRow role = selectedRole.get();
        if (role == null) {
            return;
        }
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        permissions.stream().filter(c -> c.granted().get()).forEach(c -> granted.add(c.permission()));
        change("Saving the role", s -> s.setPermissions(role.code(), granted),
                "Role " + role.code() + " now grants " + granted.size() + " permissions");
    }

    private interface Change {
        Object apply(UserService s);
    }

    private void change(String label, Change work, String done) {
        message.set("");
        runner.run(label, () -> {
            work.apply(service);
            return Snapshot.of(service);
        }, r -> {
            show(r);
            notice.accept(done);
        }, e -> {
            message.set(BackgroundExecutor.clerkMessage(e));
            showPermissions(selectedRole.get());
        });
    }

    public ObservableList<UserRow> users() {
        return users;
    }

    public ObservableList<RoleRow> roles() {
        return roles;
    }

    public ObservableList<PermissionChoice> permissions() {
        return permissions;
    }

    public ObjectProperty<RoleRow> selectedRoleProperty() {
        return selectedRole;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }
}
