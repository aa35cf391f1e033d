package com.settle.ui.settings;

import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.ui.common.FormDialog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The small forms of Settings &gt; Users and roles: add a user, edit a user's roles and status, add a role. */
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

    public UserDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    public Optional<NewUser> addUser(List<RoleRow> roles) {
        FormDialog<NewUser> form = new FormDialog<>(owner.get(), "Add user",
                "Add a user: they work under their operating-system name", "Add user");
        TextField username = form.field("_Username", new TextField());
        username.setId("usernameField");
        username.setPromptText("as they sign in to the computer");
        TextField display = form.field("_Display name", new TextField());
        display.setId("displayNameField");
        display.setPromptText("shown in the history (default: the username)");
        List<CheckBox> boxes = roleBoxes(form, roles, List.of("Clerk"));
        form.validates(Bindings.createStringBinding(() -> username.getText().isBlank()
                ? "Username is required" : "", username.textProperty()));
        form.validates(noRole(boxes));
        return form.build(() -> new NewUser(username.getText(), display.getText(), checked(boxes))).showAndWait();
    }

    public Optional<EditedUser> editUser(UserRow user, List<RoleRow> roles) {
        FormDialog<EditedUser> form = new FormDialog<>(owner.get(), "Edit user",
                "Roles and status of " + user.displayName() + " (" + user.username() + ")", "Save");
        List<CheckBox> boxes = roleBoxes(form, roles, user.roles());
        CheckBox active = form.field("", new CheckBox("_Active: may work in this database"));
        active.setId("activeField");
        active.setSelected(user.active());
        form.note("An inactive user's history stays, signed with their name.");
        form.validates(noRole(boxes));
        return form.build(() -> new EditedUser(checked(boxes), active.isSelected())).showAndWait();
    }

    public Optional<NewRole> addRole() {
        FormDialog<NewRole> form = new FormDialog<>(owner.get(), "Add role",
                "Add a role; then tick what it may do and save its permissions", "Add role");
        TextField code = form.field("_Role", new TextField());
        code.setId("roleCodeField");
        code.setPromptText("e.g. Refunds");
        TextField name = form.field("_Name", new TextField());
        name.setId("roleNameField");
        form.validates(Bindings.createStringBinding(() -> code.getText().isBlank() ? "Role is required" : "",
                code.textProperty()));
        return form.build(() -> new NewRole(code.getText(), name.getText())).showAndWait();
    }

    private static List<CheckBox> roleBoxes(FormDialog<?> form, List<RoleRow> roles, List<String> ticked) {
        VBox box = new VBox(4);
        List<CheckBox> boxes = new ArrayList<>();
        for (RoleRow r : roles) {
            CheckBox c = new CheckBox(r.code() + " (" + r.name() + ")");
            c.setUserData(r.code());
            c.setId("role" + r.code());
            c.setMnemonicParsing(false);
            c.setSelected(ticked.contains(r.code()));
            boxes.add(c);
            box.getChildren().add(c);
        }
        form.field("R_oles", box);
        return boxes;
    }

    private static ObservableStringValue noRole(List<CheckBox> boxes) {
        return Bindings.createStringBinding(() -> boxes.stream().noneMatch(CheckBox::isSelected)
                ? "Roles: tick at least one" : "", boxes.stream().map(CheckBox::selectedProperty)
                .toArray(Observable[]::new));
    }

    private static List<String> checked(List<CheckBox> boxes) {
        return boxes.stream().filter(CheckBox::isSelected).map(c -> (String) c.getUserData()).toList();
    }
}
