package com.settle.ui.settings;

import static com.settle.ui.common.Permitted.enableUnless;
import static com.settle.ui.common.Permitted.firstReason;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.Permission;
import com.settle.domain.model.ReasonCodeRow;
import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.ui.common.Columns;
import com.settle.ui.common.Lists;
import com.settle.ui.common.PageController;
import com.settle.ui.common.Permitted;
import com.settle.ui.common.RuleConverter;
import com.settle.ui.settings.UsersViewModel.PermissionChoice;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/** Controller of the Settings page: the default application rule, users and roles, reason and accounting codes. */
public final class SettingsView implements PageController {

    private final SettingsViewModel model;
    private final UsersViewModel users;
    private final UserDialogs dialogs;
    private final CodesViewModel codes;
    private final CodeDialogs codeDialogs;

    @FXML private TabPane tabs;
    @FXML private Label backupLabel;
    @FXML private Button backupButton;
    @FXML private Button restoreButton;
    private Runnable backupNow = () -> { };
    private Runnable restoreBackup = () -> { };
    @FXML private TableView<ReasonCodeRow> reasonTable;
    @FXML private TableColumn<ReasonCodeRow, String> reasonCodeColumn;
    @FXML private TableColumn<ReasonCodeRow, String> reasonNameColumn;
    @FXML private TableColumn<ReasonCodeRow, String> reasonTypesColumn;
    @FXML private TableColumn<ReasonCodeRow, String> reasonDefaultColumn;
    @FXML private TableColumn<ReasonCodeRow, String> reasonStatusColumn;
    @FXML private TableColumn<ReasonCodeRow, String> reasonUseColumn;
    @FXML private Button addReasonButton;
    @FXML private Button editReasonButton;
    @FXML private Button activeReasonButton;
    @FXML private Button deleteReasonButton;
    @FXML private Label reasonMessageLabel;
    @FXML private TableView<AccountingCodeRow> accountingTable;
    @FXML private TableColumn<AccountingCodeRow, String> accountingCodeColumn;
    @FXML private TableColumn<AccountingCodeRow, String> accountingNameColumn;
    @FXML private TableColumn<AccountingCodeRow, String> accountingTypeColumn;
    @FXML private TableColumn<AccountingCodeRow, String> accountingDefaultColumn;
    @FXML private TableColumn<AccountingCodeRow, String> accountingStatusColumn;
    @FXML private TableColumn<AccountingCodeRow, String> accountingUseColumn;
    @FXML private Button addAccountingButton;
    @FXML private Button editAccountingButton;
    @FXML private Button activeAccountingButton;
    @FXML private Button deleteAccountingButton;
    @FXML private Label accountingMessageLabel;

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

    public SettingsView(SettingsViewModel model, UsersViewModel users, UserDialogs dialogs, CodesViewModel codes,
                        CodeDialogs codeDialogs) {
        this.codes = codes;
        this.codeDialogs = codeDialogs;
        this.model = model;
        this.users = users;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        ruleChoice.setItems(FXCollections.observableArrayList(ApplicationRule.values()));
        ruleChoice.setConverter(new RuleConverter());
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
        Lists.opensOnEnterOrDoubleClick(userTable, u -> editUser());
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
        permissionList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            PermissionChoice c = permissionList.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && c != null && users.mayManage()) {
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
        initializeCodes();
    }

    private void initializeCodes() {
        reasonTable.setItems(codes.reasons());
        reasonTable.setPlaceholder(new Label("No reason codes"));
        Columns.text(reasonCodeColumn, ReasonCodeRow::code);
        Columns.text(reasonNameColumn, ReasonCodeRow::name);
        Columns.text(reasonTypesColumn, r -> String.join(", ", r.types()));
        Columns.text(reasonDefaultColumn, r -> String.join(", ", r.defaultFor()));
        Columns.text(reasonStatusColumn, r -> r.active() ? "Active" : "Inactive");
        Columns.text(reasonUseColumn, r -> r.inUse() ? "Yes" : "");
        Lists.opensOnEnterOrDoubleClick(reasonTable, r -> editReason());
        reasonMessageLabel.textProperty().bind(codes.messageProperty());
        accountingTable.setItems(codes.accounting());
        accountingTable.setPlaceholder(new Label("No accounting codes"));
        Columns.text(accountingCodeColumn, AccountingCodeRow::code);
        Columns.text(accountingNameColumn, AccountingCodeRow::name);
        Columns.text(accountingTypeColumn, AccountingCodeRow::typeLabel);
        Columns.text(accountingDefaultColumn, r -> r.isDefault() ? "Default" : "");
        Columns.text(accountingStatusColumn, r -> r.active() ? "Active" : "Inactive");
        Columns.text(accountingUseColumn, r -> r.inUse() ? "Yes" : "");
        Lists.opensOnEnterOrDoubleClick(accountingTable, r -> editAccounting());
        accountingMessageLabel.textProperty().bind(codes.messageProperty());
        reasonTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> reasonActions(now));
        accountingTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> accountingActions(now));
        addReasonButton.setTooltip(new Tooltip("Add a reason code for one or more transaction types"));
        addAccountingButton.setTooltip(new Tooltip("Add an accounting code"));
        reasonActions(null);
        accountingActions(null);
    }

    /** Enables the reason code buttons for the selection, each disabled one saying why. */
    private void reasonActions(ReasonCodeRow r) {
        String why = codes.whyNot();
        String none = r == null ? "Select a reason code first." : "";
        enableUnless(editReasonButton, firstReason(why, none), "Change the name, types and defaults (Enter)");
        activeReasonButton.setText(r != null && !r.active() ? "Activate" : "Deactivate");
        enableUnless(activeReasonButton, firstReason(why, none, r != null && r.active() && !r.defaultFor().isEmpty()
                ? r.code() + " is the default for " + String.join(", ", r.defaultFor())
                + "; make another code the default first." : ""),
                r != null && !r.active() ? "Let new records use this code again" : "Keep the code for history; new"
                        + " records can no longer use it");
        enableUnless(deleteReasonButton, firstReason(why, none, r != null && r.inUse()
                ? r.code() + " is used by recorded transactions; deactivate it instead." : "",
                r != null && !r.defaultFor().isEmpty() ? r.code() + " is a default; make another code the default"
                        + " first." : ""), "Delete this unused code");
    }

    private void accountingActions(AccountingCodeRow r) {
        String why = codes.whyNot();
        String none = r == null ? "Select an accounting code first." : "";
        enableUnless(editAccountingButton, firstReason(why, none), "Change the name, type and default (Enter)");
        activeAccountingButton.setText(r != null && !r.active() ? "Activate" : "Deactivate");
        enableUnless(activeAccountingButton, firstReason(why, none, r != null && r.active() && r.isDefault()
                ? r.code() + " is the default " + r.type() + " code; clear its default first." : ""),
                r != null && !r.active() ? "Let new records use this code again" : "Keep the code for history; new"
                        + " records can no longer use it");
        enableUnless(deleteAccountingButton, firstReason(why, none, r != null && r.inUse()
                ? r.code() + " is used by recorded transactions; deactivate it instead." : ""),
                "Delete this unused code");
    }


    /** Adds a tab built elsewhere (Security); {@code onShown} runs each time it is selected. */
    public void addTab(String title, Node content, Runnable onShown) {
        Tab tab = new Tab(title, content);
        tab.setId(title.toLowerCase(Locale.ROOT) + "Tab");
        tab.setUserData(onShown);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                onShown.run();
            }
        });
        tabs.getTabs().add(tab);
    }

    /**
     * On a team server there is no file to back up or restore: the section says whose business backups are there
     * and how to take an offline copy, and its buttons go.
     */
    public void setServerBackups(String server) {
        backupLabel.setText("This company is on the team server " + server + ": its backups are the server's"
                + " business (the IT person's pg_dump or the server's own backups), and a restore is theirs too. For"
                + " an offline copy or an archive, export it to a company file: settle server export-file --to FILE"
                + " --server " + server);
        for (Button b : new Button[] {backupButton, restoreButton}) {
            b.setVisible(false);
            b.setManaged(false);
        }
    }

    /** Selects the tab with this title (Security after the file was protected there). */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** What Back up now and Restore do (the window's composition root owns the database file). */
    public void setBackupActions(Runnable backupNow, Runnable restore, String where) {
        this.backupNow = backupNow;
        this.restoreBackup = restore;
        backupLabel.setText("Settle backs up the database each time the window closes and keeps the last ten, in "
                + where + ". Restoring replaces the database with a backup; the current file is kept as a backup"
                + " first, so a restore can be undone.");
    }

    @FXML
    private void backupNow() {
        backupNow.run();
    }

    @FXML
    private void restore() {
        restoreBackup.run();
    }

    @FXML
    private void addReason() {
        codeDialogs.reasonCode(null).ifPresent(e -> codes.saveReason(e, true));
    }

    @FXML
    private void editReason() {
        ReasonCodeRow r = reasonTable.getSelectionModel().getSelectedItem();
        if (r != null && codes.whyNot().isEmpty()) {
            codeDialogs.reasonCode(r).ifPresent(e -> codes.saveReason(e, false));
        }
    }

    @FXML
    private void toggleReason() {
        ReasonCodeRow r = reasonTable.getSelectionModel().getSelectedItem();
        if (r != null) {
            codes.setReasonActive(r, !r.active());
        }
    }

    @FXML
    private void deleteReason() {
        ReasonCodeRow r = reasonTable.getSelectionModel().getSelectedItem();
        if (r != null) {
            codes.deleteReason(r);
        }
    }

    @FXML
    private void addAccounting() {
        codeDialogs.accountingCode(null).ifPresent(e -> codes.saveAccounting(e, true));
    }

    @FXML
    private void editAccounting() {
        AccountingCodeRow r = accountingTable.getSelectionModel().getSelectedItem();
        if (r != null && codes.whyNot().isEmpty()) {
            codeDialogs.accountingCode(r).ifPresent(e -> codes.saveAccounting(e, false));
        }
    }

    @FXML
    private void toggleAccounting() {
        AccountingCodeRow r = accountingTable.getSelectionModel().getSelectedItem();
        if (r != null) {
            codes.setAccountingActive(r, !r.active());
        }
    }

    @FXML
    private void deleteAccounting() {
        AccountingCodeRow r = accountingTable.getSelectionModel().getSelectedItem();
        if (r != null) {
            codes.deleteAccounting(r);
        }
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
        codes.load();
        applyPermissions();
        Permitted.guard(addReasonButton, codes.user(), Permission.SETTINGS_EDIT);
        Permitted.guard(restoreButton, codes.user(), Permission.SETTINGS_EDIT);
        Permitted.guard(addAccountingButton, codes.user(), Permission.SETTINGS_EDIT);
        reasonActions(reasonTable.getSelectionModel().getSelectedItem());
        accountingActions(accountingTable.getSelectionModel().getSelectedItem());
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        if (shown != null && shown.getUserData() instanceof Runnable added) {
            added.run();
        }
    }

    @Override
    public void focus() {
        ruleChoice.requestFocus();
    }
}
