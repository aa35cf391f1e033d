package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.service.AccountService;
import com.settle.service.Protection;
import com.settle.service.Services;
import com.settle.store.Backups;
import com.settle.store.Database;
import com.settle.store.jooq.Tables;
import com.settle.support.TestBooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings &gt; Security &gt; Protect this file: the form refuses a short or unrepeated password and an
 * unticked warning without touching the file; then the file is encrypted, reopened signed in, and the
 * recovery key shown once opens it.
 */
@ExtendWith(ApplicationExtension.class)
class ProtectWindowTest {

    private static final String OS_USER = System.getProperty("user.name");
    private static final String PASSWORD = "a long window password";

    @TempDir
    static Path folder;

    private static Path file;
    private AppContext context;

    @BeforeAll
    static void plainBooksWithAnOldBackup() {
        file = folder.resolve("books.mv.db");
        try (Database db = Database.open(file)) {
            Services.singlePerson(db.dsl(), OS_USER, TestBooks.CLOCK).accounts().create(
                    new AccountService.NewAccountCommand("Acme", "USD", null, null, null, null));
            Backups.backup(db, Backups.next(file, "manual"));
        }
    }

    @Start
    void start(Stage stage) {
        context = new AppContext(file, false, OS_USER, TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theFileIsProtectedFromTheWindowAndTheRecoveryKeyOpensIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#protectionLabel").queryLabeled()
                .getText().startsWith("Unprotected"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Security").tryQuery().isPresent());
        robot.clickOn("Security");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#protectFileButton").tryQuery()
                .filter(n -> n.isVisible()).isPresent());
        robot.clickOn("#protectFileButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#protectPassword").tryQuery().isPresent());
        assertThat(robot.lookup("#protectAdministrator").queryLabeled().getText()).isEqualTo(OS_USER);

        // A short password, then an unrepeated one, then no tick: each refused in words, the file untouched.
        robot.clickOn("#protectPassword").write("short");
        robot.clickOn("#protectPasswordAgain").write("short");
        robot.clickOn("#protectButton");
        assertThat(robot.lookup("#protectMessage").queryLabeled().getText()).startsWith("Password has 5 characters");
        robot.doubleClickOn("#protectPassword").eraseText(5).write(PASSWORD);
        robot.doubleClickOn("#protectPasswordAgain").eraseText(5).write(PASSWORD + "!");
        robot.clickOn("#protectButton");
        assertThat(robot.lookup("#protectMessage").queryLabeled().getText()).startsWith("Repeat the password differs");
        robot.clickOn("#protectPasswordAgain").type(KeyCode.END).type(KeyCode.BACK_SPACE);
        robot.clickOn("#protectButton");
        assertThat(robot.lookup("#protectMessage").queryLabeled().getText()).startsWith("The box \"I understand\" is not ticked");
        assertThat(Protection.isProtected(file)).isFalse();

        // Enter on the tick box protects, as Enter anywhere in the dialog (it does not untick the box).
        robot.clickOn("#protectUnderstood");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#recoveryKey").queryLabeled().getText()
                .isEmpty());
        String recoveryKey = robot.lookup("#recoveryKey").queryLabeled().getText();
        assertThat(recoveryKey).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){7}");
        assertThat(Protection.isProtected(file)).isTrue();
        assertThat(robot.lookup("#plainBackupsWarning").queryLabeled().getText())
                .contains("(1 backup in " + Backups.folder(file)).contains("not protected");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#protectionLabel").queryLabeled()
                .getText().isEmpty());

        // Done waits for the tick that the key is written down.
        Button done = robot.lookup("#protectDoneButton").queryButton();
        assertThat(done.isDisabled()).isTrue();
        robot.clickOn("#recoveryKeyWrittenDown");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recoveryKey").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#protectionStatus").queryLabeled()
                .getText().startsWith("Protected:"));

        // The books go on: the account is there, and the file opens with the password and with the key.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#progressBar").query().isVisible());
        context.close();
        Protection.SignedIn byPassword = Protection.signIn(file, OS_USER, PASSWORD.toCharArray());
        try (Database db = Database.open(file, Database.Mode.EXISTING, byPassword.key())) {
            assertThat(new Services(db.dsl(), OS_USER, TestBooks.CLOCK, byPassword.keyring()).accounts().count())
                    .isEqualTo(1);
        }
        Protection.SignedIn byKey = Protection.recover(file, OS_USER, recoveryKey);
        try (Database db = Database.open(file, Database.Mode.EXISTING, byKey.key())) {
            assertThat(db.dsl().fetchCount(Tables.ACCOUNT)).isEqualTo(1);
        }
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("Acme");
    }
}
