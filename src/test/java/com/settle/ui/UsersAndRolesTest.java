package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.Permission;
import com.settle.domain.model.ReasonCodeRow;
import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.store.Backups;
import com.settle.support.TestBooks;
import com.settle.ui.common.Permitted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings, headless. Users and roles: an administrator adds a user, changes their roles, adds a
 * role and ticks its permissions; a viewer finds change buttons disabled with the permission named.
 */
@ExtendWith(ApplicationExtension.class)
class UsersAndRolesTest {

    @TempDir
    static Path folder;
    static int run;

    private AppContext context;
    private Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dir = folder.resolve("run" + (++run));
        try (TestBooks books = new TestBooks(dir).withCodes()) {
            books.account("Acme Logistics", "USD");
            books.admin().users().addUser("vi", "Vera Inspector", List.of("Viewer"));
        }
    }

    /** Opens the window as {@code user}. */
    private void open(FxRobot robot, String user) {
        context = new AppContext(dir.resolve("books.mv.db"), false, user, TestBooks.CLOCK, Locale.US);
        robot.interact(() -> context.start(stage));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<UserRow> users(FxRobot robot) {
        return (TableView<UserRow>) robot.lookup("#userTable").queryAs(TableView.class);
    }

    private static UserRow user(FxRobot robot, String username) {
        return users(robot).getItems().stream().filter(u -> u.username().equals(username)).findFirst().orElse(null);
    }

    private static void openSettings(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("Users and roles").tryQuery().isPresent());
        robot.clickOn("Users and roles");
        waitFor(() -> robot.lookup("#userTable").tryQuery().isPresent() && users(robot).getItems().size() == 3);
    }

    @Test
    void anAdministratorAddsAUserChangesRolesAndGrantsPermissions(FxRobot robot) throws Exception {
        open(robot, "admin");
        openSettings(robot);
        assertThat(robot.lookup("#userLabel").queryAs(Label.class).getText()).isEqualTo("Administrator (admin)");
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        waitFor(() -> robot.lookup("#usernameField").tryQuery().isPresent());
        robot.clickOn("#usernameField").write("bo");
        robot.clickOn("#displayNameField").write("Bo Lind");
        robot.type(KeyCode.ENTER);
        waitFor(() -> user(robot, "bo") != null);
        assertThat(user(robot, "bo").roles()).containsExactly("Clerk");
        assertThat(user(robot, "bo").displayName()).isEqualTo("Bo Lind");

        // Enter on the row opens Edit user: Viewer instead of Clerk.
        robot.interact(() -> users(robot).getSelectionModel().select(user(robot, "bo")));
        robot.clickOn("#userTable").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#roleViewer").tryQuery().isPresent());
        robot.clickOn("#roleViewer");
        robot.clickOn("#roleClerk");
        robot.clickOn("#okButton");
        waitFor(() -> user(robot, "bo") != null && user(robot, "bo").roles().equals(List.of("Viewer")));

        // A new role, then tick one permission and save.
        robot.clickOn("#addRoleButton");
        waitFor(() -> robot.lookup("#roleCodeField").tryQuery().isPresent());
        robot.clickOn("#roleCodeField").write("Refunders");
        robot.type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<RoleRow> roles = robot.lookup("#roleTable").queryAs(TableView.class);
        waitFor(() -> roles.getItems().stream().anyMatch(r -> r.code().equals("Refunders")));
        robot.clickOn("Refunders");
        waitFor(() -> robot.lookup("#permissionsLabel").queryAs(Label.class).getText().endsWith("Refunders"));
        @SuppressWarnings("unchecked")
        ListView<Object> permissions = robot.lookup("#permissionList").queryAs(ListView.class);
        robot.interact(() -> permissions.scrollTo(Permission.CREDIT_BALANCE_REFUND.ordinal()));
        Node refundBox = robot.lookup(".check-box-list-cell").match(c -> "Refund credit balance".equals(
                ((ListCell<?>) c).getText())).queryAs(ListCell.class).getGraphic();
        robot.clickOn(refundBox);
        robot.clickOn("#savePermissionsButton");
        waitFor(() -> roles.getItems().stream().anyMatch(r -> r.code().equals("Refunders")
                && r.permissions().equals(List.of("CREDIT_BALANCE_REFUND"))));
        try (TestBooks books = new TestBooks(dir)) {
            context.close();
            assertThat(books.admin().users().roles()).filteredOn(r -> r.code().equals("Refunders"))
                    .extracting(RoleRow::permissions).containsExactly(List.of("CREDIT_BALANCE_REFUND"));
        }
    }

    @Test
    void aViewerSeesChangesDisabledWithThePermissionNamed(FxRobot robot) throws Exception {
        open(robot, "vi");
        openSettings(robot);
        assertThat(robot.lookup("#userLabel").queryAs(Label.class).getText()).isEqualTo("Vera Inspector (vi)");
        Button add = robot.lookup("#addUserButton").queryAs(Button.class);
        assertThat(add.isDisabled()).isTrue();
        assertThat(add.getParent().getStyleClass()).contains(Permitted.HOLDER);
        assertThat(add.getTooltip().getText()).contains("\u201cManage users and roles\u201d (USERS_MANAGE)");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#applyAllButton").tryQuery().isPresent()
                && robot.lookup("#applyAllButton").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#applyAllButton").queryAs(Button.class).getTooltip().getText())
                .contains("\u201cApply credit balance\u201d (CREDIT_BALANCE_APPLY)");
    }

    @Test
    void anAdministratorManagesReasonCodesWithOneDefaultPerType(FxRobot robot) throws Exception {
        open(robot, "admin");
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("Reason codes").tryQuery().isPresent());
        robot.clickOn("Reason codes");
        @SuppressWarnings("unchecked")
        TableView<ReasonCodeRow> reasons = robot.lookup("#reasonTable").queryAs(TableView.class);
        waitFor(() -> reasons.getItems().size() == 9);
        robot.clickOn("#addReasonButton");
        waitFor(() -> robot.lookup("#reasonCodeField").tryQuery().isPresent());
        robot.clickOn("#reasonCodeField").write("Duplicate");
        robot.clickOn("#reasonNameField").write("Duplicate payment");
        robot.clickOn("#typeRefund");
        robot.clickOn("#defaultRefund");
        robot.type(KeyCode.ENTER); // on the ticked check box: Enter still means OK
        waitFor(() -> reasons.getItems().stream().anyMatch(r -> r.code().equals("Duplicate")
                && r.defaultFor().equals(List.of("Refund"))));
        assertThat(reasons.getItems()).filteredOn(r -> r.code().equals("Customer request"))
                .extracting(ReasonCodeRow::defaultFor).containsExactly(List.of());

        // The new default cannot be deactivated; the button says why.
        robot.interact(() -> reasons.getSelectionModel().select(reasons.getItems().stream()
                .filter(r -> r.code().equals("Duplicate")).findFirst().orElseThrow()));
        Button deactivate = robot.lookup("#activeReasonButton").queryAs(Button.class);
        assertThat(deactivate.isDisabled()).isTrue();
        assertThat(deactivate.getTooltip().getText()).contains("make another code the default first");

        // Goodwill is unused and no default: deactivate it, and it stays listed as Inactive.
        robot.interact(() -> reasons.getSelectionModel().select(reasons.getItems().stream()
                .filter(r -> r.code().equals("Goodwill")).findFirst().orElseThrow()));
        robot.clickOn("#activeReasonButton");
        waitFor(() -> reasons.getItems().stream().anyMatch(r -> r.code().equals("Goodwill") && !r.active()));
        try (TestBooks books = new TestBooks(dir)) {
            context.close();
            assertThat(books.admin().codes().reasonCodes()).filteredOn(r -> r.code().equals("Goodwill"))
                    .extracting(ReasonCodeRow::active).containsExactly(false);
        }
    }

    @Test
    void backUpNowAndRestoreFromSettingsReplaceTheBooksAndKeepTheReplacedFile(FxRobot robot) throws Exception {
        Path zip = dir.resolve("before-later.zip");
        try (TestBooks books = new TestBooks(dir)) {
            Backups.backup(books.database(), zip);
            books.account("Later Ltd", "EUR");
        }
        open(robot, "admin");
        context.setRestoreChooser(() -> zip);
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#backupButton").tryQuery().isPresent());
        Path backups = Backups.folder(dir.resolve("books.mv.db"));
        robot.clickOn("#backupButton");
        waitFor(() -> Backups.list(backups, "manual").size() == 1);

        robot.clickOn("#restoreButton");
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // Yes
        waitFor(() -> robot.lookup("#noticeLabel").queryAs(Label.class).getText().contains("Restored"));
        assertThat(robot.lookup("#noticeLabel").queryAs(Label.class).getText())
                .endsWith("  Restored before-later.zip; the books balance");
        assertThat(Backups.list(backups, "before-restore")).hasSize(1);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<AccountSummary> accounts =
                robot.lookup("#accountsTable").queryAs(TableView.class);
        waitFor(() -> accounts.getItems().size() == 1);
        assertThat(accounts.getItems().get(0).name()).isEqualTo("Acme Logistics");
    }

    @Test
    void aRefusedRestoreSaysWhyAndTheWindowGoesOnWithTheSameBooks(FxRobot robot) throws Exception {
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        try (TestBooks books = new TestBooks(dir)) {
            books.account("Acme", "USD");
        }
        open(robot, "admin");
        context.setRestoreChooser(() -> notABackup);
        waitFor(() -> robot.lookup("#homeTotals").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<AccountSummary> before = robot.lookup("#accountsTable").queryAs(TableView.class);
        waitFor(() -> !before.getItems().isEmpty());
        int accounts = before.getItems().size();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#restoreButton").tryQuery().isPresent());
        robot.clickOn("#restoreButton");
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // Yes
        waitFor(() -> robot.lookup(".dialog-pane .content").tryQuery()
                .map(n -> ((Label) n).getText().contains("left untouched")).orElse(false));
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .startsWith("Cannot restore from " + notABackup + ": it is not a zip file.");
        robot.type(KeyCode.ENTER); // OK
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<AccountSummary> after = robot.lookup("#accountsTable").queryAs(TableView.class);
        waitFor(() -> after.getItems().size() == accounts);
        assertThat(Backups.list(Backups.folder(dir.resolve("books.mv.db")),
                "before-restore")).isEmpty();
    }
}
