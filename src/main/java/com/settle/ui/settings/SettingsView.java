package com.settle.ui.settings;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.Permission;
import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.ui.common.Columns;
import com.settle.ui.common.PageController;
import com.settle.ui.common.Permitted;
import com.settle.ui.settings.UsersViewModel.PermissionChoice;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;

/** Controller of the Settings page: the default application rule, and users and roles. */
public final class SettingsView implements PageController {

    private final SettingsViewModel model;
    private final UsersViewModel users;
    private final UserDialogs dialogs;

    @FXML private ChoiceBox<ApplicationRule> ruleChoice;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;
    @FXML private Label signedInLabel;
    @FXML private TableView<UserRow> userTable;
    @FXML private TableColumn<UserRow, String> usernameColumn;
    @FXML private TableColumn<UserRow, String> displayNameColumn;
    @FXML private TableColumn<UserRow, String> userRolesColumn;
    @FXML private TableColumn<UserRow, String> activeColumn;
    @FXML private TableView<RoleRow> roleTable;
    @FXML private TableColumn<RoleRow, String> roleCodeColumn;
    @FXML private TableColumn<RoleRow, String> roleNameColumn;
    @FXML private Label permissionsLabel;
    @FXML private ListView<PermissionChoice> permissionList;
    @FXML private Button addUserButton;
    @FXML private Button editUserButton;
    @FXML private Button addRoleButton;
    @FXML private Button savePermissionsButton;
    @FXML private Label usersMessageLabel;

    public SettingsView(SettingsViewModel model, UsersViewModel users, UserDialogs dialogs) {
        this.model = model;
        this.users = users;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        ruleChoice.setItems(FXCollections.observableArrayList(ApplicationRule.values()));
        ruleChoice.setConverter(new com.settle.ui.common.RuleConverter());
        ruleChoice.valueProperty().bindBidirectional(model.ruleProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        saveButton.disableProperty().bind(model.messageProperty().isNotEmpty());

        signedInLabel.textProperty().bind(users.signedInProperty());
        userTable.setItems(users.users());
        Columns.text(usernameColumn, UserRow::username);
        Columns.text(displayNameColumn, UserRow::displayName);
        Columns.text(userRolesColumn, u -> String.join(", ", u.roles()));
        Columns.text(activeColumn, u -> u.active() ? "Active" : "Inactive");
        userTable.setPlaceholder(new Label("No users"));
        com.settle.ui.common.Lists.opensOnEnterOrDoubleClick(userTable, u -> editUser());
        roleTable.setItems(users.roles());
        Columns.text(roleCodeColumn, RoleRow::code);
        Columns.text(roleNameColumn, RoleRow::name);
        roleTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                users.selectedRoleProperty().set(now);
            }
        });
        users.selectedRoleProperty().addListener((o, old, now) -> {
            if (now != null && roleTable.getSelectionModel().getSelectedItem() != now) {
                roleTable.getSelectionModel().select(now);
            }
            permissionsLabel.setText(now == null ? "_Permissions" : "_Permissions of " + now.code());
        });
        permissionList.setItems(users.permissions());
        permissionList.setCellFactory(CheckBoxListCell.forListView(PermissionChoice::granted,
                new StringConverter<>() {
                    @Override
                    public String toString(PermissionChoice c) {
                        return c == null ? "" : c.permission().label();
                    }

                    @Override
                    public PermissionChoice fromString(String s) {
                        return null; // the cells are not edited as text
                    }
                }));
        // Space ticks or unticks the selected permission, so the list works from the keyboard.
        permissionList.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            PermissionChoice c = permissionList.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && c != null && users.mayManage()) {
                c.granted().set(!c.granted().get());
                e.consume();
            }
        });
        usersMessageLabel.textProperty().bind(users.messageProperty());
        editUserButton.disableProperty().bind(userTable.getSelectionModel().selectedItemProperty().isNull());
        savePermissionsButton.disableProperty().bind(users.selectedRoleProperty().isNull());
        addUserButton.setTooltip(new Tooltip("Add a user with one or more roles"));
        editUserButton.setTooltip(new Tooltip("Change the selected user's roles, or stop them working (Enter)"));
        addRoleButton.setTooltip(new Tooltip("Add a role; then tick what it may do"));
        savePermissionsButton.setTooltip(new Tooltip("Save the ticked permissions of the selected role"));
    }

    /** Change buttons are disabled without USERS_MANAGE, with the permission named in their tooltips. */
    private void applyPermissions() {
        var user = users.user();
        boolean may = true;
        for (Button b : List.of(addUserButton, editUserButton, addRoleButton, savePermissionsButton)) {
            may &= Permitted.guard(b, user, Permission.USERS_MANAGE);
        }
        permissionList.setMouseTransparent(!may);
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void addUser() {
        dialogs.addUser(users.roles()).ifPresent(u -> users.addUser(u.username(), u.displayName(), u.roles()));
    }

    @FXML
    private void editUser() {
        UserRow row = userTable.getSelectionModel().getSelectedItem();
        if (row == null || !users.mayManage()) {
            return;
        }
        dialogs.editUser(row, users.roles()).ifPresent(u -> users.editUser(row.username(), u.roles(), u.active()));
    }

    @FXML
    private void addRole() {
        dialogs.addRole().ifPresent(r -> users.addRole(r.code(), r.name()));
    }

    @FXML
    private void savePermissions() {
        users.savePermissions();
    }

    @Override
    public void refresh() {
        model.load();
        users.load();
        applyPermissions();
    }

    @Override
    public void focus() {
        ruleChoice.requestFocus();
    }
}
