package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.app.AppContext;
import com.settle.service.Protection;
import com.settle.support.TestBooks;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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

/** A protected file in the window: the sign-in dialog first, the one refusal, then the books. */
@ExtendWith(ApplicationExtension.class)
class SignInWindowTest {

    private static final String PASSWORD = "window password 1";

    @TempDir
    static Path folder;

    private AppContext context;

    @BeforeAll
    static void protectedBooks() {
        try (TestBooks books = new TestBooks(folder)) {
            books.account("Acme", "USD");
        }
        Protection.protect(folder.resolve("books.mv.db"), "admin", PASSWORD.toCharArray());
    }

    @Start
    void start(Stage stage) {
        context = new AppContext(folder.resolve("books.mv.db"), false, "admin", TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aWrongPasswordIsRefusedInWordsAndTheRightOneOpensTheBooks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInPassword").tryQuery().isPresent());
        assertThat(robot.lookup("#navigation").query().isDisabled()).isTrue();
        robot.clickOn("#signInPassword").write("not the password");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInMessage").queryLabeled().getText()
                .equals(Protection.REFUSED));
        assertThat(robot.lookup("#signInPassword").queryTextInputControl().getText()).isEmpty();

        robot.clickOn("#signInPassword").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInPassword").tryQuery().isEmpty()
                && !robot.lookup("#navigation").query().isDisabled());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#progressBar").query().isVisible());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#userLabel").queryLabeled().getText()
                .contains("admin"));
        assertThat(robot.lookup("#protectionLabel").queryLabeled().getText()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#progressBar").query().isVisible());

        // Settings > Security: protected, the chain head, and a new password for the signed-in user.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Security").tryQuery().isPresent());
        robot.clickOn("Security");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#chainHead").queryLabeled().getText()
                .matches("[0-9a-f]{12} .*"));
        assertThat(robot.lookup("#protectionStatus").queryLabeled().getText()).startsWith("Protected:");
        robot.clickOn("#newPassword").write("a new window password");
        robot.clickOn("#newPasswordAgain").write("a new window password");
        robot.clickOn("#changePasswordButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#securityMessage").queryLabeled()
                .getText().startsWith("New password saved"));
        assertThat(Protection.signIn(folder.resolve("books.mv.db"), "admin", "a new window password".toCharArray())
                .username()).isEqualTo("admin");
        assertThatThrownBy(() -> Protection.signIn(folder.resolve("books.mv.db"), "admin", PASSWORD.toCharArray()))
                .hasMessage(Protection.REFUSED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#progressBar").query().isVisible());
    }
}
